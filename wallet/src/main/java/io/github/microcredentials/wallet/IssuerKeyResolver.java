package io.github.microcredentials.wallet;

import io.github.microcredentials.signing.VerificationKey;
import java.util.Optional;

/**
 * Finds the issuer key a verifier trusts for an SD-JWT whose header has no {@code x5c}, or checks
 * the leaf of one when no trust anchors are configured: from configuration, a JWT VC Issuer Metadata
 * document fetched by the caller, or a DID resolver.
 */
@FunctionalInterface
public interface IssuerKeyResolver {

    /**
     * The key of an issuer.
     *
     * @param issuer the {@code iss} claim (empty string when absent)
     * @param keyId the {@code kid} header, if any
     * @return the trusted key, or empty when the issuer or key is unknown
     */
    Optional<VerificationKey> resolve(String issuer, Optional<String> keyId);
}
