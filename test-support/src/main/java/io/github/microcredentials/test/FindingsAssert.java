package io.github.microcredentials.test;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Severity;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the findings of one rule, reached through {@link ReportAssert#hasFinding(String)}.
 * Each narrowing step keeps the findings that match and fails when none does.
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {

    private final ReportAssert report;
    private final String selection;

    FindingsAssert(ReportAssert report, String selection, List<Finding> findings) {
        super(List.copyOf(findings), FindingsAssert.class);
        this.report = report;
        this.selection = selection;
    }

    /**
     * Keeps the findings at a location.
     *
     * @param pointer the JSON Pointer, for example {@code "/learningOutcomes/0"}
     * @return assertions on the findings there
     */
    public FindingsAssert at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(f -> f.pointer().equals(pointer), "at " + (pointer.isEmpty() ? "/" : pointer));
    }

    /**
     * Keeps the findings of a severity.
     *
     * @param severity the severity
     * @return assertions on the findings of that severity
     */
    public FindingsAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(f -> f.severity() == severity, "with severity " + severity);
    }

    /**
     * Keeps the findings whose message contains a text.
     *
     * @param text the text, in the report's language
     * @return assertions on those findings
     */
    public FindingsAssert withMessageContaining(String text) {
        Objects.requireNonNull(text, "text");
        return narrow(f -> f.message().contains(text), "with a message containing \"" + text + "\"");
    }

    /**
     * Keeps the findings whose offending value is the given one.
     *
     * @param value the value, as the finding gives it
     * @return assertions on those findings
     */
    public FindingsAssert withValue(String value) {
        Objects.requireNonNull(value, "value");
        return narrow(f -> f.value().filter(value::equals).isPresent(), "with the value \"" + value + "\"");
    }

    /**
     * Verifies that exactly this many findings are selected.
     *
     * @param expected the number
     * @return this assertion
     */
    public FindingsAssert hasCount(int expected) {
        if (actual.size() != expected) {
            report.fail("Expecting " + expected + " findings " + selection + ", but there are " + actual.size()
                    + ":\n" + FindingList.describe(actual));
        }
        return this;
    }

    /**
     * Returns to the assertions on the whole report.
     *
     * @return the report assertions
     */
    public ReportAssert and() {
        return report;
    }

    private FindingsAssert narrow(Predicate<Finding> test, String condition) {
        List<Finding> kept = actual.stream().filter(test).toList();
        if (kept.isEmpty()) {
            report.fail("Expecting a finding " + selection + " " + condition + ", but the findings " + selection
                    + " are:\n" + FindingList.describe(actual));
        }
        return new FindingsAssert(report, selection + " " + condition, kept);
    }
}
