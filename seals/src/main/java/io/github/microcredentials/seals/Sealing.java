package io.github.microcredentials.seals;

import java.util.Objects;
import java.util.Set;

/** Rules both sealers share. */
final class Sealing {

    /** The algorithms seals are created with; the others are for verification only. */
    static final Set<SealAlgorithm> CREATABLE = Set.of(SealAlgorithm.RS256, SealAlgorithm.PS256, SealAlgorithm.ES256);

    private Sealing() {
    }

    static SealAlgorithm creatable(SealAlgorithm algorithm) {
        if (!CREATABLE.contains(Objects.requireNonNull(algorithm, "algorithm"))) {
            throw new IllegalArgumentException(algorithm + " is accepted when verifying only; seal with RS256, PS256 or ES256");
        }
        return algorithm;
    }

    static SealLevel creatable(SealLevel level) {
        if (Objects.requireNonNull(level, "level") != SealLevel.BASELINE_B && level != SealLevel.BASELINE_T) {
            throw new IllegalArgumentException(level + " is not created here: extend a BASELINE-T seal with the EU DSS library or your QTSP");
        }
        return level;
    }
}
