package io.github.microcredentials.test.verification;

import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.seals.SealReport;

/**
 * Entry point of the assertions on verification results.
 *
 * <pre>{@code
 * import static io.github.microcredentials.test.verification.VerificationAssertions.assertThat;
 *
 * assertThat(verifier.verify(signed)).isValid();
 * assertThat(verifier.verify(tampered)).isInvalidBecause(FailureCode.SIGNATURE_INVALID);
 * }</pre>
 */
public final class VerificationAssertions {

    private VerificationAssertions() {
    }

    /**
     * Starts assertions on the result of a Data Integrity or VC-JWT verification.
     *
     * @param result the verification report
     * @return the assertions
     */
    public static VerificationReportAssert assertThat(VerificationReport result) {
        return new VerificationReportAssert(result);
    }

    /**
     * Starts assertions on the result of a seal verification.
     *
     * @param result the seal report
     * @return the assertions
     */
    public static SealReportAssert assertThat(SealReport result) {
        return new SealReportAssert(result);
    }
}
