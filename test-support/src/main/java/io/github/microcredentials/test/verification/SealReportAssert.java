package io.github.microcredentials.test.verification;

import io.github.microcredentials.seals.SealProblem;
import io.github.microcredentials.seals.SealReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link SealReport}. Failure messages give every problem and warning with its
 * code, location and message.
 */
public final class SealReportAssert extends AbstractAssert<SealReportAssert, SealReport> {

    SealReportAssert(SealReport actual) {
        super(actual, SealReportAssert.class);
    }

    /**
     * Verifies that the seal verified: intact, chain trusted, no problem.
     *
     * @return this assertion
     */
    public SealReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            fail("Expecting the seal to verify, but it did not");
        }
        return this;
    }

    /**
     * Verifies that the seal did not verify, and that one reason is the given code.
     *
     * @param code the problem code expected among the seal's problems
     * @return this assertion
     */
    public SealReportAssert isInvalidBecause(SealProblem.Code code) {
        isNotNull();
        Objects.requireNonNull(code, "code");
        if (actual.isValid()) {
            fail("Expecting the seal not to verify because of " + code + ", but it verified");
        }
        if (actual.problems().stream().noneMatch(p -> p.code() == code)) {
            fail("Expecting the seal not to verify because of " + code + ", but the reasons are others");
        }
        return this;
    }

    /**
     * Verifies that a warning of the given code was raised (warnings do not make a seal fail).
     *
     * @param code the warning's code, for example {@code NOT_BASELINE}
     * @return this assertion
     */
    public SealReportAssert hasWarning(SealProblem.Code code) {
        isNotNull();
        if (actual.warnings().stream().noneMatch(p -> p.code() == Objects.requireNonNull(code, "code"))) {
            fail("Expecting a warning " + code + ", but there is none");
        }
        return this;
    }

    private void fail(String reason) {
        failWithMessage("%s", reason + "\nProblems:\n" + describe(actual.problems()) + "\nWarnings:\n"
                + describe(actual.warnings()));
    }

    private static String describe(List<SealProblem> problems) {
        if (problems.isEmpty()) {
            return "  []";
        }
        return problems.stream().map(p -> p.code() + " at " + (p.location().isEmpty() ? "/" : p.location()) + ": "
                + p.message()).collect(Collectors.joining(",\n   ", "  [", "]"));
    }
}
