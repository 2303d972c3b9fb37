package io.github.microcredentials.test;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a validation {@link Report}. Every failure message lists all findings of the
 * report, with rule id, severity, JSON Pointer, message and a link to the rule's page.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Verifies that the report conforms: no finding is an error.
     *
     * @return this assertion
     */
    public ReportAssert conforms() {
        isNotNull();
        List<Finding> errors = actual.findings(Severity.ERROR);
        if (!errors.isEmpty()) {
            fail("Expecting the report to conform (no ERROR finding), but it has " + count(errors.size(), "error"));
        }
        return this;
    }

    /**
     * Verifies that the report does not conform: some finding is an error.
     *
     * @return this assertion
     */
    public ReportAssert doesNotConform() {
        isNotNull();
        if (actual.conforms()) {
            fail("Expecting the report not to conform, but it has no ERROR finding");
        }
        return this;
    }

    /**
     * Verifies that the report has no findings at all, of any severity.
     *
     * @return this assertion
     */
    public ReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            fail("Expecting the report to have no findings, but it has " + actual.findings().size());
        }
        return this;
    }

    /**
     * Verifies that the report has at least one finding of a rule, and narrows the following
     * assertions to those findings.
     *
     * @param ruleId the rule id, for example {@code "CR-M6"}
     * @return assertions on the findings of that rule
     */
    public FindingsAssert hasFinding(String ruleId) {
        isNotNull();
        Objects.requireNonNull(ruleId, "ruleId");
        List<Finding> ofRule = actual.findings(ruleId);
        if (ofRule.isEmpty()) {
            fail("Expecting a finding of rule " + ruleId + ", but there is none");
        }
        return new FindingsAssert(this, ruleId, ofRule);
    }

    /**
     * Verifies that no finding is of a rule.
     *
     * @param ruleId the rule id
     * @return this assertion
     */
    public ReportAssert doesNotHaveFinding(String ruleId) {
        isNotNull();
        if (!actual.findings(Objects.requireNonNull(ruleId, "ruleId")).isEmpty()) {
            fail("Expecting no finding of rule " + ruleId + ", but there are " + actual.findings(ruleId).size());
        }
        return this;
    }

    /**
     * Verifies that every finding is of one of the given rules (the report may also have none).
     *
     * @param ruleIds the rule ids that may have findings
     * @return this assertion
     */
    public ReportAssert hasNoFindingsOtherThan(String... ruleIds) {
        isNotNull();
        Set<String> allowed = Set.copyOf(Arrays.asList(ruleIds));
        List<Finding> others = actual.findings().stream().filter(f -> !allowed.contains(f.ruleId())).toList();
        if (!others.isEmpty()) {
            fail("Expecting no findings other than of " + Arrays.toString(ruleIds) + ", but found "
                    + count(others.size(), "other finding") + ":\n" + FindingList.describe(others));
        }
        return this;
    }

    /** Fails with the reason followed by every finding of the report. */
    void fail(String reason) {
        String text = reason + "\nFindings of the report (" + actual.findings().size()
                + (actual.isTruncated() ? ", truncated" : "") + "):\n" + FindingList.describe(actual.findings());
        failWithMessage("%s", text);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
