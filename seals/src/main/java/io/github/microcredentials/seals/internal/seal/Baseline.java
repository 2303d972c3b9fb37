package io.github.microcredentials.seals.internal.seal;

import java.util.Optional;

/**
 * The ETSI baseline level a seal reaches, computed from what the verification found in it (never
 * from the problems it reported).
 */
public enum Baseline {
    /** Signed certificate reference and signing time. */
    B,
    /** And a signature time-stamp. */
    T,
    /** And validation data (certificates and revocation values). */
    LT,
    /** And archive time-stamps. */
    LTA;

    /**
     * What a seal carries that the levels depend on.
     *
     * @param signingTime a readable claimed signing time
     * @param certificateReference a signed reference to the signing certificate
     * @param signatureTimestamp a signature time-stamp
     * @param validationData the validation data of LT
     * @param archiveTimestamp an archive time-stamp
     */
    public record Evidence(boolean signingTime, boolean certificateReference, boolean signatureTimestamp,
            boolean validationData, boolean archiveTimestamp) {

        /**
         * The level when each level needs the one before it (XAdES, EN 319 132-1): LTA only over LT,
         * LT only over T.
         *
         * @return the level, or empty when not even B
         */
        public Optional<Baseline> nested() {
            if (!signingTime || !certificateReference) {
                return Optional.empty();
            }
            if (!signatureTimestamp) {
                return Optional.of(B);
            }
            if (!validationData) {
                return Optional.of(T);
            }
            return Optional.of(archiveTimestamp ? LTA : LT);
        }

        /**
         * The level of the highest-level property present (JAdES, as DSS classifies JAdES seals: an
         * archive time-stamp makes LTA, validation data LT, a signature time-stamp T).
         *
         * @return the level, or empty when not even B
         */
        public Optional<Baseline> highest() {
            if (!signingTime || !certificateReference) {
                return Optional.empty();
            }
            if (archiveTimestamp) {
                return Optional.of(LTA);
            }
            if (validationData) {
                return Optional.of(LT);
            }
            return Optional.of(signatureTimestamp ? T : B);
        }
    }
}
