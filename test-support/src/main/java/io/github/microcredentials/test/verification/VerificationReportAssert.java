package io.github.microcredentials.test.verification;

import io.github.microcredentials.signing.Indication;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.VerificationReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link VerificationReport}. Failure messages give the indication and every
 * failure with its code, location and message.
 */
public final class VerificationReportAssert extends AbstractAssert<VerificationReportAssert, VerificationReport> {

    VerificationReportAssert(VerificationReport actual) {
        super(actual, VerificationReportAssert.class);
    }

    /**
     * Verifies that the credential verified: indication {@code VALID}, no failure.
     *
     * @return this assertion
     */
    public VerificationReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            fail("Expecting the credential to verify, but it did not");
        }
        return this;
    }

    /**
     * Verifies that the credential did not verify, and that one reason is the given code.
     *
     * @param code the failure code expected among the failures of the credential and its proofs
     * @return this assertion
     */
    public VerificationReportAssert isInvalidBecause(FailureCode code) {
        isNotNull();
        Objects.requireNonNull(code, "code");
        if (actual.isValid()) {
            fail("Expecting the credential not to verify because of " + code + ", but it verified");
        }
        if (actual.allFailures().stream().noneMatch(f -> f.code() == code)) {
            fail("Expecting the credential not to verify because of " + code + ", but the reasons are others");
        }
        return this;
    }

    /**
     * Verifies the indication.
     *
     * @param indication the expected indication
     * @return this assertion
     */
    public VerificationReportAssert hasIndication(Indication indication) {
        isNotNull();
        if (actual.indication() != Objects.requireNonNull(indication, "indication")) {
            fail("Expecting the indication " + indication + ", but it is " + actual.indication());
        }
        return this;
    }

    private void fail(String reason) {
        failWithMessage("%s", reason + "\nIndication: " + actual.indication() + "\nFailures:\n" + describe(actual.allFailures()));
    }

    static String describe(List<Failure> failures) {
        if (failures.isEmpty()) {
            return "  []";
        }
        return failures.stream().map(f -> f.code() + " at " + (f.location().isEmpty() ? "/" : f.location()) + ": "
                + f.message()).collect(Collectors.joining(",\n   ", "  [", "]"));
    }
}
