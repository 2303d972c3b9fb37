package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.crypto.Jwk;
import io.github.microcredentials.signing.internal.crypto.KeyMaterial;
import io.github.microcredentials.signing.internal.di.Binding;
import io.github.microcredentials.signing.internal.di.CredentialChecks;
import io.github.microcredentials.signing.internal.di.ValidityDates;
import io.github.microcredentials.signing.internal.di.ProofVerification;
import io.github.microcredentials.signing.internal.vcdm.DataModelCheck;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.jose.JwtClaims;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies an Open Badges 3.0 VC-JWT. The algorithm allow-list is the verifier's, never the
 * token's: {@code none}, HMAC, any algorithm not allowed, and an {@code alg} that does not fit the
 * key are rejected. The header may hold only {@code alg}, {@code typ} ({@code JWT}, or
 * {@code vc+jwt} as VC-JOSE-COSE writes it), {@code cty} ({@code vc}), and one of {@code kid} or
 * {@code jwk} (public members only). The key must be bound to the issuer, as a Data
 * Integrity proof's is: controlled by the issuer, or listed in the issuer's document as the key
 * resolver knows it ({@link KeyResolver#controls}); a key the issuer is known not to hold is
 * {@link FailureCode#CONTROLLER_MISMATCH}, and a valid signature whose binding cannot be established
 * (a stranger's {@code did:key} for an {@code https} issuer whose document the resolver lacks) is
 * {@link Indication#INDETERMINATE} with {@link FailureCode#ISSUER_BINDING_UNESTABLISHED},
 * unless {@link Builder#issuerBinding(IssuerBinding)} accepts it with a warning. An embedded
 * {@code jwk} counts only when the key resolver resolves the issuer's id to that very key. The
 * claims {@code iss}, {@code jti}, {@code sub}, {@code nbf}, {@code exp} must match the credential,
 * whose validity period is checked against the clock, and the credential must keep the MUSTs of the
 * W3C VC Data Model (each violation a {@link FailureCode#DATA_MODEL_VIOLATION} naming its
 * {@code VCDM-*} rule). Thread-safe.
 */
public final class VcJwtVerifier {

    private static final Set<String> HEADER_MEMBERS = Set.of("alg", "typ", "cty", "kid", "jwk");
    /** {@code JWT} (Open Badges 3.0, RFC 7519) or {@code vc+jwt} (VC-JOSE-COSE §3.1.1, the form an enveloped credential takes). */
    private static final Set<String> TYPES = Set.of("JWT", "vc+jwt");

    /** The algorithms of VC-JWT: the one algorithm of each key type. */
    private static final Set<SignatureAlgorithm> VC_JWT = EnumSet.of(SignatureAlgorithm.EDDSA, SignatureAlgorithm.ES256,
            SignatureAlgorithm.ES384, SignatureAlgorithm.RS256);

    private final Set<SignatureAlgorithm> allowed;
    private final KeyResolver resolver;
    private final Clock clock;
    private final Duration skew;
    private final ReadLimits readLimits;
    private final DataModelCheck dataModel;
    private final IssuerBinding issuerBinding;

    private VcJwtVerifier(Builder builder) {
        this.issuerBinding = builder.issuerBinding;
        this.dataModel = DataModel.check(builder.relatedResources);
        this.readLimits = builder.readLimits;
        this.allowed = Set.copyOf(builder.allowed);
        this.resolver = builder.resolver;
        this.clock = builder.clock;
        this.skew = builder.skew;
    }

    /**
     * Starts a verifier with the defaults: {@code EdDSA}, {@code ES256} and {@code RS256} allowed,
     * {@code did:key} keys only, issuer binding {@link IssuerBinding#REQUIRED}, the system clock, no clock skew.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies a compact JWS.
     *
     * @param token the VC-JWT
     * @return the report; never throws for invalid or malformed input
     */
    public VerificationReport verify(String token) {
        try {
            return verifyUnguarded(token);
        } catch (RuntimeException e) {
            return VerificationReport.defect(e);
        }
    }

    private VerificationReport verifyUnguarded(String token) {
        Jws.Compact jws;
        JsonObject payload;
        try {
            jws = Jws.parseCompact(token, readLimits);
            payload = StrictJson.parseObject(jws.payload(), readLimits);
        } catch (CredentialParseException e) {
            return VerificationReport.malformed(new Failure(VerificationReport.code(e), "", e.getMessage()));
        }
        JsonObject credential = credential(payload);
        List<Failure> failures = new ArrayList<>();
        Optional<URI> issuer = CredentialChecks.issuer(credential);
        if (issuer.isEmpty()) {
            failures.add(new Failure(FailureCode.ISSUER_MISSING, "payload/issuer", "the credential has no issuer id (a URI)"));
        }
        ValidityDates dates = ValidityDates.of(credential);
        Optional<Instant> from = CredentialChecks.validFrom(credential, dates, failures);
        Optional<Instant> until = CredentialChecks.validUntil(credential, dates, failures);
        CredentialChecks.checkPeriod(from, until, clock.instant(), skew, failures);
        DataModel.report(credential, dates, dataModel, payload.get("vc") instanceof JsonObject ? "payload/vc" : "payload", failures);
        checkClaims(payload, credential, failures);
        List<Failure> proofFailures = new ArrayList<>();
        Optional<VerificationMethod> method = checkSignature(jws, issuer, proofFailures);
        Optional<URI> keyId = method.map(VerificationMethod::id);
        ProofResult unbound = new ProofResult(0, JwtClaims.text(jws.header(), "alg").orElse(""), keyId, proofFailures);
        // The same binding as a Data Integrity proof's: a stranger's key is indeterminate (or accepted by
        // policy), a key the issuer is known not to hold is a mismatch. An embedded jwk is bound already.
        ProofResult proof = Binding.apply(List.of(new ProofVerification.Outcome(unbound, method, jws.header(), "header")), issuer,
                Binding.Party.ISSUER, resolver, issuerBinding == IssuerBinding.ACCEPT_UNESTABLISHED, "/kid").get(0);
        boolean valid = failures.isEmpty() && proof.valid();
        Optional<VerifiedCredential> verified = valid
                ? Optional.of(new VerifiedCredential(VerifiedCredential.Format.VC_JWT, jws.payload(),
                        issuer.orElseThrow(), List.of(keyId.orElseThrow()), from, until))
                : Optional.empty();
        return new VerificationReport(failures, List.of(proof), verified);
    }

    /** VC 2.0: the payload less the registered claims; VC 1.1: the {@code vc} claim. */
    private static JsonObject credential(JsonObject payload) {
        if (payload.get("vc") instanceof JsonObject vc) {
            return vc;
        }
        JsonObjectBuilder credential = StrictJson.PROVIDER.createObjectBuilder(payload);
        JwtClaims.REGISTERED.forEach(credential::remove);
        return credential.build();
    }

    private static void checkClaims(JsonObject payload, JsonObject credential, List<Failure> failures) {
        JsonObject expected = JwtClaims.derive(credential);
        for (String claim : List.of("iss", "jti", "sub", "nbf", "exp")) {
            JsonValue want = expected.get(claim);
            JsonValue have = payload.get(claim);
            boolean numeric = claim.equals("nbf") || claim.equals("exp");
            boolean same = want == null ? have == null
                    : have != null && (numeric ? JwtClaims.numericDate(have).equals(JwtClaims.numericDate(want)) : have.equals(want));
            if (!same) {
                failures.add(new Failure(FailureCode.CLAIM_MISMATCH, "payload/" + claim, "the claim " + claim + " is "
                        + (have == null ? "absent" : have) + " but the credential gives " + (want == null ? "none" : want)));
            }
        }
    }

    /** Checks the header and the signature; the binding of the key to the issuer is the caller's. */
    private Optional<VerificationMethod> checkSignature(Jws.Compact jws, Optional<URI> issuer, List<Failure> failures) {
        JsonObject header = jws.header();
        for (String member : header.keySet()) {
            if (!HEADER_MEMBERS.contains(member)) {
                failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header/" + member, "header member not allowed in a VC-JWT: " + member));
            }
        }
        if (header.containsKey("typ") && !JwtClaims.text(header, "typ").map(TYPES::contains).orElse(false)) {
            failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header/typ", "typ must be JWT or vc+jwt"));
        }
        // VC-JOSE-COSE's content type of a VC 2.0 payload; any other would say the payload is something else
        if (header.containsKey("cty") && !JwtClaims.text(header, "cty").map("vc"::equals).orElse(false)) {
            failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header/cty", "cty must be vc"));
        }
        String algName = JwtClaims.text(header, "alg").orElse("(absent)");
        Optional<SignatureAlgorithm> alg = SignatureAlgorithm.ofJws(algName).filter(allowed::contains);
        if (alg.isEmpty()) {
            failures.add(new Failure(FailureCode.ALGORITHM_NOT_ALLOWED, "header/alg", "algorithm " + algName + " is not allowed; allowed: "
                    + allowed.stream().map(SignatureAlgorithm::jwsName).sorted().toList()));
        }
        Optional<VerificationMethod> method = key(header, issuer, failures);
        if (method.isEmpty() || alg.isEmpty() || !failures.isEmpty()) {
            return method;
        }
        if (alg.get() != SignatureAlgorithm.forKeyType(method.get().key().type())) {
            failures.add(new Failure(FailureCode.KEY_TYPE_MISMATCH, "header/alg", alg.get().jwsName() + " does not fit a "
                    + method.get().key().type().label() + " key"));
        } else if (!method.get().key().verify(jws.signingInput(), jws.signature())) {
            failures.add(new Failure(FailureCode.SIGNATURE_INVALID, "signature", "the JWS signature does not verify with "
                    + method.get().id()));
        }
        return method;
    }

    private Optional<VerificationMethod> key(JsonObject header, Optional<URI> issuer, List<Failure> failures) {
        boolean hasKid = header.containsKey("kid");
        boolean hasJwk = header.containsKey("jwk");
        if (hasKid == hasJwk) {
            failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header", "the header needs exactly one of kid and jwk"));
            return Optional.empty();
        }
        return hasKid ? byKeyId(header, failures) : byJwk(header, issuer, failures);
    }

    private Optional<VerificationMethod> byKeyId(JsonObject header, List<Failure> failures) {
        Optional<URI> kid = JwtClaims.text(header, "kid").flatMap(JwtClaims::uri);
        if (kid.isEmpty()) {
            failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header/kid", "kid must be a URI"));
            return Optional.empty();
        }
        try {
            Optional<VerificationMethod> method = resolver.resolve(kid.get());
            if (method.isEmpty()) {
                failures.add(new Failure(FailureCode.KEY_NOT_FOUND, "header/kid", "no key resolver knows " + kid.get()));
            }
            return method;
        } catch (SigningException | RuntimeException e) {
            failures.add(new Failure(FailureCode.KEY_RESOLUTION_FAILED, "header/kid", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    /** An embedded key counts only if the issuer's own key material says it is the issuer's. */
    private Optional<VerificationMethod> byJwk(JsonObject header, Optional<URI> issuer, List<Failure> failures) {
        VerificationKey key;
        try {
            if (!(header.get("jwk") instanceof JsonObject jwk)) {
                throw new IllegalArgumentException("jwk must be an object");
            }
            KeyMaterial.Raw raw = Jwk.fromJwk(jwk);
            key = VerificationKey.of(raw.type(), raw.bytes());
        } catch (IllegalArgumentException e) {
            failures.add(new Failure(FailureCode.MALFORMED_HEADER, "header/jwk", e.getMessage()));
            return Optional.empty();
        }
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Optional<VerificationMethod> issuerKey;
        try {
            issuerKey = resolver.resolve(issuer.get());
        } catch (SigningException | RuntimeException e) {
            issuerKey = Optional.empty();
        }
        if (issuerKey.isPresent() && issuerKey.get().key().equals(key)) {
            return Optional.of(new VerificationMethod(issuer.get(), issuer.get(), key));
        }
        failures.add(new Failure(FailureCode.CONTROLLER_MISMATCH, "header/jwk", "the embedded key is not a key of the issuer " + issuer.get()));
        return Optional.empty();
    }

    /** Settings of a {@link VcJwtVerifier}. */
    public static final class Builder {
        private Set<SignatureAlgorithm> allowed = EnumSet.copyOf(VC_JWT);
        private KeyResolver resolver = KeyResolver.didKey();
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ZERO;
        private ReadLimits readLimits = ReadLimits.DEFAULT;
        private Map<URI, byte[]> relatedResources = Map.of();
        private IssuerBinding issuerBinding = IssuerBinding.REQUIRED;

        private Builder() {
        }

        /**
         * What a valid signature whose issuer binding cannot be established yields (the
         * {@code kid}'s controller is not the issuer, and the key resolver has no document of the
         * issuer that could list the key): by default {@link IssuerBinding#REQUIRED} (an
         * {@link Indication#INDETERMINATE} report with
         * {@link FailureCode#ISSUER_BINDING_UNESTABLISHED}); {@link IssuerBinding#ACCEPT_UNESTABLISHED}
         * accepts it with a warning. A key known not to be the issuer's ({@link FailureCode#CONTROLLER_MISMATCH})
         * and an embedded {@code jwk} that is not the issuer's own key are invalid either way.
         *
         * @param binding the policy
         * @return this builder
         */
        public Builder issuerBinding(IssuerBinding binding) {
            this.issuerBinding = Objects.requireNonNull(binding, "binding");
            return this;
        }

        /**
         * The content of resources credentials' {@code relatedResource} entries name, by id: each
         * supplied resource must match every digest of its entry, or the credential is reported
         * ({@link FailureCode#DATA_MODEL_VIOLATION}, {@code VCDM-RELATED-MATCH}). Resources are never
         * fetched; an entry whose resource is not supplied is checked for well-formed digests only.
         * By default none.
         *
         * @param resources the content by resource id; copied
         * @return this builder
         */
        public Builder relatedResources(Map<URI, byte[]> resources) {
            this.relatedResources = DataModel.copy(Objects.requireNonNull(resources, "resources"));
            return this;
        }

        /**
         * Limits on the token and its JSON: size, nesting, string and number length, token count;
         * by default {@link ReadLimits#DEFAULT}. Input over a limit is refused
         * ({@link FailureCode#LIMIT_EXCEEDED}).
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder readLimits(ReadLimits limits) {
            this.readLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The algorithms accepted; by default all that VC-JWT uses: {@code EdDSA}, {@code ES256},
         * {@code ES384} and {@code RS256}, each for its key type only.
         *
         * @param algorithms at least one algorithm, of those four
         * @return this builder
         * @throws IllegalArgumentException if the set is empty or has another algorithm
         */
        public Builder allowedAlgorithms(Set<SignatureAlgorithm> algorithms) {
            if (algorithms.isEmpty()) {
                throw new IllegalArgumentException("allow at least one algorithm");
            }
            if (!VC_JWT.containsAll(algorithms)) {
                throw new IllegalArgumentException("VC-JWT verifies EdDSA, ES256, ES384 and RS256 only");
            }
            this.allowed = EnumSet.copyOf(algorithms);
            return this;
        }

        /**
         * How {@code kid} values (and issuers, for embedded JWKs) are resolved; by default
         * {@link KeyResolver#didKey()} only.
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder keyResolver(KeyResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The clock {@code nbf}/{@code exp} are checked against; by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The tolerated clock difference; by default none.
         *
         * @param skew between zero and {@link DataIntegrityVerifier#MAX_CLOCK_SKEW}
         * @return this builder
         * @throws IllegalArgumentException if the skew is negative or above the maximum
         */
        public Builder clockSkew(Duration skew) {
            if (skew.isNegative() || skew.compareTo(DataIntegrityVerifier.MAX_CLOCK_SKEW) > 0) {
                throw new IllegalArgumentException("clock skew must be between 0 and " + DataIntegrityVerifier.MAX_CLOCK_SKEW);
            }
            this.skew = skew;
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public VcJwtVerifier build() {
            return new VcJwtVerifier(this);
        }
    }
}
