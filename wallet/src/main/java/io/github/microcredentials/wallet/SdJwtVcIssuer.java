package io.github.microcredentials.wallet;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.status.StatusReference;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Issues SD-JWT VCs (SD-JWT VC draft 13, {@code typ} {@code dc+sd-jwt}): the issuer's claims
 * {@code iss}, {@code iat} (unless the claims disclose it), {@code nbf}, {@code exp}, {@code vct},
 * {@code vct#integrity}, {@code cnf} and {@code status} in plain text, every other claim as the
 * {@link SdObject} marks it, decoys in every {@code _sd}, the key as an {@code x5c} chain without its
 * trust anchor (HAIP) or a {@code kid}. Thread-safe.
 *
 * <pre>{@code
 * SdJwtVcIssuer issuer = SdJwtVcIssuer.builder(signer, "https://university.example")
 *         .certificateChain(chain).build();
 * String credential = issuer.issue(microCredential, holderKey, statusReference);
 * }</pre>
 */
public final class SdJwtVcIssuer {

    /** The {@code typ} of an SD-JWT VC (draft 13). */
    public static final String TYPE = "dc+sd-jwt";

    /** The claims this issuer writes itself, never from the claims it is given. */
    static final Set<String> RESERVED = Set.of("iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status", "_sd_alg");

    private final Signer signer;
    private final String issuer;
    private final List<X509Certificate> chain;
    private final @Nullable String keyId;
    private final String vct;
    private final @Nullable String vctIntegrity;
    private final Duration validity;
    private final Clock clock;
    private final int maxDecoys;
    private final SecureRandom random;

    private SdJwtVcIssuer(Builder b) {
        this.signer = b.signer;
        this.issuer = b.issuer;
        this.chain = withoutTrustAnchor(b.chain);
        this.keyId = b.keyId;
        this.vct = b.vct;
        this.vctIntegrity = b.vctIntegrity;
        this.validity = b.validity;
        this.clock = b.clock;
        this.maxDecoys = b.maxDecoys;
        this.random = b.random;
    }

    /**
     * A builder for micro-credentials ({@link MicroCredentialClaims#VCT} with its integrity).
     *
     * @param signer the issuer's key
     * @param issuer the {@code iss}: the issuer's HTTPS URL (or another URI its verifiers know)
     * @return the builder
     */
    public static Builder builder(Signer signer, String issuer) {
        return new Builder(signer, issuer);
    }

    /**
     * Issues a micro-credential, every Annex I element it has selectively disclosable
     * ({@link MicroCredentialClaims}).
     *
     * @param credential the credential
     * @param holderKey the holder's public key for {@code cnf}, or {@code null} for a credential without key binding
     * @param status the credential's Token Status List entry, or {@code null}
     * @return the SD-JWT VC with all its disclosures
     * @throws SdJwtException if the key fails ({@link SdJwtCode#KEY_UNKNOWN})
     */
    public String issue(MicroCredential credential, @Nullable VerificationKey holderKey, @Nullable StatusReference status)
            throws SdJwtException {
        Instant expiry = credential.validUntil().map(t -> t.toInstant()).orElse(null);
        return issue(MicroCredentialClaims.of(credential), holderKey, status, expiry);
    }

    /**
     * Issues claims of any type.
     *
     * @param claims the claims; none may be one the issuer writes ({@code iss}, {@code nbf}, {@code exp},
     *     {@code cnf}, {@code vct}, {@code vct#integrity}, {@code status})
     * @param holderKey the holder's public key for {@code cnf}, or {@code null}
     * @param status the Token Status List entry, or {@code null}
     * @param expiry the {@code exp}, or {@code null} for the issuer's validity period from now
     * @return the SD-JWT VC with all its disclosures
     * @throws SdJwtException if the key fails
     * @throws IllegalArgumentException if the claims hold a claim the issuer writes
     */
    public String issue(SdObject claims, @Nullable VerificationKey holderKey, @Nullable StatusReference status,
            @Nullable Instant expiry) throws SdJwtException {
        for (String name : claims.names()) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("the claim " + name + " is written by the issuer, not given");
            }
        }
        Instant now = clock.instant();
        Encoder encoder = new Encoder(Digests.SHA_256, random, maxDecoys);
        Map<String, Object> encoded = encoder.object(claims);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", issuer);
        if (!claims.names().contains("iat")) {
            payload.put("iat", now.getEpochSecond());
        }
        payload.put("nbf", now.getEpochSecond());
        payload.put("exp", (expiry != null ? expiry : now.plus(validity)).getEpochSecond());
        payload.put("vct", vct);
        if (vctIntegrity != null) {
            payload.put("vct#integrity", vctIntegrity);
        }
        if (holderKey != null) {
            payload.put("cnf", Map.of("jwk", Json.parseObject(holderKey.jwk().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        if (status != null) {
            payload.put("status", status.toClaim());
        }
        payload.putAll(encoded);
        payload.put("_sd_alg", Digests.SHA_256.ianaName());

        JWSHeader.Builder header = new JWSHeader.Builder(Jose.algorithmFor(signer.publicKey().type()))
                .type(new JOSEObjectType(TYPE));
        if (!chain.isEmpty()) {
            List<com.nimbusds.jose.util.Base64> x5c = new ArrayList<>();
            for (X509Certificate c : chain) {
                try {
                    x5c.add(com.nimbusds.jose.util.Base64.encode(c.getEncoded()));
                } catch (CertificateEncodingException e) {
                    throw new SdJwtException(SdJwtCode.KEY_UNKNOWN, "a certificate of the chain cannot be encoded", e);
                }
            }
            header.x509CertChain(x5c);
        }
        if (keyId != null) {
            header.keyID(keyId);
        }
        try {
            String jwt = Jose.sign(header.build(), Json.write(payload), signer);
            return new SdJwt(jwt, encoder.disclosures(), java.util.Optional.empty()).serialize();
        } catch (SigningException e) {
            throw new SdJwtException(SdJwtCode.KEY_UNKNOWN, "the issuer's key failed to sign", e);
        }
    }

    private static List<X509Certificate> withoutTrustAnchor(List<X509Certificate> chain) {
        if (chain.size() < 2) {
            return chain;
        }
        X509Certificate last = chain.get(chain.size() - 1);
        if (last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            try {
                last.verify(last.getPublicKey());
                return chain.subList(0, chain.size() - 1);
            } catch (java.security.GeneralSecurityException e) {
                return chain;
            }
        }
        return chain;
    }

    @Override
    public String toString() {
        return "SdJwtVcIssuer[" + issuer + ", " + vct + "]";
    }

    /** Configures an {@link SdJwtVcIssuer}. */
    public static final class Builder {
        private final Signer signer;
        private final String issuer;
        private List<X509Certificate> chain = List.of();
        private @Nullable String keyId;
        private String vct = MicroCredentialClaims.VCT;
        private @Nullable String vctIntegrity = MicroCredentialClaims.typeMetadataIntegrity();
        private Duration validity = Duration.ofDays(365);
        private Clock clock = Clock.systemUTC();
        private int maxDecoys = 3;
        private SecureRandom random = new SecureRandom();

        private Builder(Signer signer, String issuer) {
            this.signer = Objects.requireNonNull(signer, "signer");
            this.issuer = Objects.requireNonNull(issuer, "issuer");
        }

        /**
         * The issuer's certificate chain, leaf first, for {@code x5c}; a self-signed trust anchor at its
         * end is left out of tokens (HAIP).
         *
         * @param value the chain
         * @return this builder
         * @throws IllegalArgumentException if the leaf does not hold the signer's public key
         */
        public Builder certificateChain(List<X509Certificate> value) {
            List<X509Certificate> copy = List.copyOf(value);
            if (!copy.isEmpty() && !VerificationKey.of(copy.get(0).getPublicKey()).equals(signer.publicKey())) {
                throw new IllegalArgumentException("the first certificate of the chain does not hold the signer's public key");
            }
            this.chain = copy;
            return this;
        }

        /**
         * The {@code kid} header.
         *
         * @param value the key id, or {@code null}
         * @return this builder
         */
        public Builder keyId(@Nullable String value) {
            this.keyId = value;
            return this;
        }

        /**
         * Another credential type than a micro-credential.
         *
         * @param value the {@code vct}
         * @param integrity its type metadata's {@code vct#integrity}, or {@code null}
         * @return this builder
         */
        public Builder vct(String value, @Nullable String integrity) {
            this.vct = Objects.requireNonNull(value, "value");
            this.vctIntegrity = integrity;
            return this;
        }

        /**
         * How long credentials without their own end of validity stay valid (default 365 days).
         *
         * @param value the period
         * @return this builder
         */
        public Builder validity(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the validity is positive");
            }
            this.validity = value;
            return this;
        }

        /**
         * The clock (tests).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The most decoy digests added to each {@code _sd} (a random number from 1 to this; default 3, 0 for none).
         *
         * @param value the number
         * @return this builder
         */
        public Builder maxDecoys(int value) {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("decoys per object: 0 to 100");
            }
            this.maxDecoys = value;
            return this;
        }

        /**
         * The source of salts and decoys (tests; a {@link SecureRandom} by default).
         *
         * @param value the random source
         * @return this builder
         */
        public Builder random(SecureRandom value) {
            this.random = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds.
         *
         * @return the issuer
         */
        public SdJwtVcIssuer build() {
            return new SdJwtVcIssuer(this);
        }
    }
}
