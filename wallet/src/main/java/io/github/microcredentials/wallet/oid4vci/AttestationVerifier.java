package io.github.microcredentials.wallet.oid4vci;

import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.internal.Json;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks the attestations HAIP 1.0 has wallets present, against trust anchors the issuer configures:
 * <ul>
 *   <li>the <b>wallet attestation</b> (OAuth 2.0 Attestation-Based Client Authentication): the
 *       {@code OAuth-Client-Attestation} JWT ({@code typ} {@code oauth-client-attestation+jwt}, signed by the
 *       wallet provider with an {@code x5c} chain to a trust anchor; {@code sub} the client ID, {@code exp},
 *       {@code cnf.jwk}) and its {@code OAuth-Client-Attestation-PoP} ({@code typ}
 *       {@code oauth-client-attestation-pop+jwt}, signed by the {@code cnf} key; {@code aud} the authorization
 *       server, a recent {@code iat}, a {@code jti} not seen before), at the pushed authorization request and
 *       token endpoints;</li>
 *   <li>the <b>key attestation</b> (OpenID4VCI 1.0 Appendix D): the {@code key_attestation} header of a key
 *       proof ({@code typ} {@code key-attestation+jwt}, {@code x5c} to a trust anchor, {@code iat}, optional
 *       {@code exp}, {@code attested_keys} listing the proof's key).</li>
 * </ul>
 * An attestation that is presented is always checked; whether one is required is configured. Immutable
 * configuration; the replay memory is thread-safe.
 */
public final class AttestationVerifier {

    private static final Duration POP_WINDOW = Duration.ofMinutes(5);

    private final Set<TrustAnchor> walletProviders;
    private final Set<TrustAnchor> keyAttesters;
    private final boolean requireWalletAttestation;
    private final boolean requireKeyAttestation;
    private final Clock clock;
    private final Map<String, Instant> jtis = new ConcurrentHashMap<>();

    private AttestationVerifier(Builder b) {
        this.walletProviders = anchors(b.walletProviders);
        this.keyAttesters = anchors(b.keyAttesters);
        this.requireWalletAttestation = b.requireWalletAttestation;
        this.requireKeyAttestation = b.requireKeyAttestation;
        this.clock = b.clock;
    }

    private static Set<TrustAnchor> anchors(List<X509Certificate> certificates) {
        Set<TrustAnchor> set = new LinkedHashSet<>();
        certificates.forEach(c -> set.add(new TrustAnchor(c, null)));
        return Set.copyOf(set);
    }

    /**
     * A builder; without configuration, nothing is required and every presented attestation fails (no anchors).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the Token and PAR endpoints require a wallet attestation. */
    boolean requiresWalletAttestation() {
        return requireWalletAttestation;
    }

    /**
     * Checks the wallet attestation of a request when it is presented or required.
     *
     * @param request the request with the attestation headers
     * @param audience the authorization server's issuer identifier
     * @param clientId the {@code client_id} of the request, or {@code null}
     * @return the attested client ID, or {@code null} when none was presented and none is required
     * @throws IssuanceException {@code invalid_client} (401)
     */
    @Nullable String checkClientAttestation(ResourceRequest request, String audience, @Nullable String clientId)
            throws IssuanceException {
        if (request.clientAttestation() == null && request.clientAttestationPop() == null) {
            if (requireWalletAttestation) {
                throw invalidClient("a wallet attestation (OAuth-Client-Attestation and its PoP) is required");
            }
            return null;
        }
        if (request.clientAttestation() == null || request.clientAttestationPop() == null) {
            throw invalidClient("the wallet attestation and its proof of possession come together");
        }
        Instant now = clock.instant();
        Jwts.Parsed attestation;
        Jwts.Parsed pop;
        VerificationKey providerKey;
        VerificationKey instanceKey;
        try {
            attestation = Jwts.parse(request.clientAttestation());
            pop = Jwts.parse(request.clientAttestationPop());
            providerKey = Jwts.trustedX5c(attestation, walletProviders, now);
            if (!(attestation.claims().get("cnf") instanceof Map<?, ?> cnf) || !(cnf.get("jwk") instanceof Map<?, ?> jwk) || jwk.containsKey("d")) {
                throw new IllegalArgumentException("the attestation has no public cnf.jwk");
            }
            instanceKey = VerificationKey.fromJwk(Json.writeString(jwk));
        } catch (IllegalArgumentException e) {
            throw invalidClient("the wallet attestation cannot be used: " + e.getMessage());
        }
        if (!"oauth-client-attestation+jwt".equals(attestation.header().get("typ")) || !Jwts.verify(attestation, providerKey)) {
            throw invalidClient("the wallet attestation's typ or signature is wrong");
        }
        if (!(attestation.claims().get("sub") instanceof String sub) || (clientId != null && !clientId.equals(sub))) {
            throw invalidClient("the wallet attestation's sub is not the client_id");
        }
        if (!(attestation.claims().get("exp") instanceof Long exp) || exp < now.getEpochSecond()) {
            throw invalidClient("the wallet attestation has expired or has no exp");
        }
        if (!"oauth-client-attestation-pop+jwt".equals(pop.header().get("typ")) || !Jwts.verify(pop, instanceKey)) {
            throw invalidClient("the attestation PoP's typ is wrong or it is not signed with the attested key");
        }
        if (!audience.equals(pop.claims().get("aud"))) {
            throw invalidClient("the attestation PoP's aud is not " + audience);
        }
        if (!(pop.claims().get("iat") instanceof Long iat) || Math.abs(iat - now.getEpochSecond()) > POP_WINDOW.toSeconds()) {
            throw invalidClient("the attestation PoP's iat is missing or not recent");
        }
        jtis.values().removeIf(e -> e.isBefore(now));
        if (!(pop.claims().get("jti") instanceof String jti) || jtis.putIfAbsent(sub + ":" + jti, now.plus(POP_WINDOW.multipliedBy(2))) != null) {
            throw invalidClient("the attestation PoP's jti is missing or was used before");
        }
        return sub;
    }

    /**
     * Checks the {@code key_attestation} of a key proof's header, when present or required.
     *
     * @param header the key proof's header
     * @param proofKey the key the proof is signed with, which must be attested
     * @throws IssuanceException {@code invalid_proof}
     */
    void checkKeyAttestation(Map<String, Object> header, VerificationKey proofKey) throws IssuanceException {
        Object value = header.get("key_attestation");
        if (value == null) {
            if (requireKeyAttestation) {
                throw invalidProof("a key attestation is required in the proof's key_attestation header");
            }
            return;
        }
        Instant now = clock.instant();
        Jwts.Parsed attestation;
        VerificationKey attester;
        try {
            attestation = Jwts.parse(value);
            attester = Jwts.trustedX5c(attestation, keyAttesters, now);
        } catch (IllegalArgumentException e) {
            throw invalidProof("the key attestation cannot be used: " + e.getMessage());
        }
        if (!"key-attestation+jwt".equals(attestation.header().get("typ")) || !Jwts.verify(attestation, attester)) {
            throw invalidProof("the key attestation's typ or signature is wrong");
        }
        Map<String, Object> claims = attestation.claims();
        if (!(claims.get("iat") instanceof Long iat) || iat > now.getEpochSecond() + 60) {
            throw invalidProof("the key attestation's iat is missing or in the future");
        }
        if (claims.containsKey("exp") && (!(claims.get("exp") instanceof Long exp) || exp < now.getEpochSecond())) {
            throw invalidProof("the key attestation has expired");
        }
        if (!(claims.get("attested_keys") instanceof List<?> keys) || keys.isEmpty()) {
            throw invalidProof("the key attestation lists no attested_keys");
        }
        for (Object jwk : keys) {
            try {
                if (jwk instanceof Map<?, ?> m && VerificationKey.fromJwk(Json.writeString(m)).equals(proofKey)) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // an attested key of a type not supported here cannot be the proof's key; look at the next
            }
        }
        throw invalidProof("the proof's key is not among the key attestation's attested_keys");
    }

    private static IssuanceException invalidClient(String description) {
        return new IssuanceException(new IssuanceError("invalid_client", description, 401));
    }

    private static IssuanceException invalidProof(String description) {
        return new IssuanceException(IssuanceError.badRequest("invalid_proof", description));
    }

    /** Configures an {@link AttestationVerifier}. */
    public static final class Builder {
        private List<X509Certificate> walletProviders = List.of();
        private List<X509Certificate> keyAttesters = List.of();
        private boolean requireWalletAttestation;
        private boolean requireKeyAttestation;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The trust anchors of wallet providers, whose wallet attestations are accepted.
         *
         * @param value root certificates
         * @return this builder
         */
        public Builder walletProviders(List<X509Certificate> value) {
            this.walletProviders = List.copyOf(value);
            return this;
        }

        /**
         * The trust anchors of key attestation issuers (wallet providers or secure element vendors).
         *
         * @param value root certificates
         * @return this builder
         */
        public Builder keyAttesters(List<X509Certificate> value) {
            this.keyAttesters = List.copyOf(value);
            return this;
        }

        /**
         * Whether the PAR and token endpoints refuse a request without a wallet attestation (HAIP).
         *
         * @param value whether to require one
         * @return this builder
         */
        public Builder requireWalletAttestation(boolean value) {
            this.requireWalletAttestation = value;
            return this;
        }

        /**
         * Whether key proofs must carry a key attestation.
         *
         * @param value whether to require one
         * @return this builder
         */
        public Builder requireKeyAttestation(boolean value) {
            this.requireKeyAttestation = value;
            return this;
        }

        /**
         * The clock for expiry and freshness.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public AttestationVerifier build() {
            return new AttestationVerifier(this);
        }
    }
}
