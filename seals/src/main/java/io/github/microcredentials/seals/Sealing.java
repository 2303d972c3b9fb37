package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Rules both sealers share. */
final class Sealing {

    /** The algorithms seals are created with; the others are for verification only. */
    static final Set<SignatureAlgorithm> CREATABLE = Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.PS256, SignatureAlgorithm.ES256);

    private Sealing() {
    }

    static SignatureAlgorithm creatable(SignatureAlgorithm algorithm) {
        if (!CREATABLE.contains(Objects.requireNonNull(algorithm, "algorithm"))) {
            throw new IllegalArgumentException(algorithm + " is accepted when verifying only; seal with RS256, PS256 or ES256");
        }
        return algorithm;
    }

    /**
     * The signer a sealer signs with: the given one, or the same key with the sealer's algorithm.
     *
     * @throws IllegalArgumentException if the signer has no certificate chain, or cannot sign with the algorithm
     */
    static Signer sealSigner(Signer signer, Optional<SignatureAlgorithm> algorithm) {
        List<X509Certificate> chain = Objects.requireNonNull(signer, "signer").certificateChain();
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs a signer with its certificate chain (seal certificate first): "
                    + "Signers.pkcs12, pem(key, certificates), keyStore, pkcs11, jca or remote(service, chain); "
                    + signer + " has none");
        }
        return algorithm.isPresent() ? Signers.withAlgorithm(signer, algorithm.get()) : signer;
    }

    /**
     * The algorithm a signer seals with.
     *
     * @throws IllegalArgumentException for EdDSA, which seals do not use
     */
    static SignatureAlgorithm sealAlgorithm(Signer signer) {
        if (signer.algorithm() == SignatureAlgorithm.EDDSA) {
            throw new IllegalArgumentException("seals sign with RSA or ECDSA keys, not Ed25519");
        }
        return signer.algorithm();
    }

    static SealLevel creatable(SealLevel level) {
        if (Objects.requireNonNull(level, "level") != SealLevel.BASELINE_B && level != SealLevel.BASELINE_T) {
            throw new IllegalArgumentException(level + " is not created here: extend a BASELINE-T seal with the EU DSS library or your QTSP");
        }
        return level;
    }
}
