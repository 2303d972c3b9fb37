package io.github.microcredentials.status;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.status.internal.DataIntegrityListVerifier;

/**
 * Verifies the proof of a status list credential (Bitstring Status List §3.2: "ensure that all
 * proofs verify"). The list's dates and issuer are checked by the {@link StatusChecker} itself.
 */
@FunctionalInterface
public interface StatusListVerifier {

    /**
     * Verifies the proofs.
     *
     * @param listCredential the status list credential, UTF-8 JSON
     * @return the outcome
     */
    Outcome verify(byte[] listCredential);

    /**
     * Verifies W3C Data Integrity proofs with the given verifier (configure its key resolver as for
     * the credentials themselves). Only the proofs count here: the list's validity period is
     * checked by the status checker with its own clock.
     *
     * @param verifier the verifier
     * @return the status list verifier
     */
    static StatusListVerifier dataIntegrity(DataIntegrityVerifier verifier) {
        return new DataIntegrityListVerifier(verifier);
    }

    /**
     * The outcome of a proof check.
     *
     * @param verified whether every proof verified
     * @param detail why not, or how (the suites)
     */
    record Outcome(boolean verified, String detail) {

        /**
         * A successful check.
         *
         * @param detail how it was verified
         * @return the outcome
         */
        public static Outcome verified(String detail) {
            return new Outcome(true, detail);
        }

        /**
         * A failed check.
         *
         * @param reason why
         * @return the outcome
         */
        public static Outcome failed(String reason) {
            return new Outcome(false, reason);
        }
    }
}
