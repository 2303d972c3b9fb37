package io.github.microcredentials.wallet;

import com.nimbusds.jose.util.X509CertUtils;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.status.StatusException;
import io.github.microcredentials.wallet.internal.DisclosureProcessor;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.CompactJws;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.status.StatusListToken;
import io.github.microcredentials.wallet.status.StatusListTokenResolver;
import io.github.microcredentials.wallet.status.TokenStatus;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Verifies SD-JWT VCs and presentations of them, failing closed: the issuer's signature with a key
 * from a trusted {@code x5c} chain or the {@link IssuerKeyResolver}, the algorithm from the key (never
 * {@code none} or a MAC), {@code typ}, every disclosure and digest (RFC 9901 §7.1), {@code _sd_alg},
 * the claims SD-JWT VC never lets be disclosed, {@code vct#integrity} for known types, validity,
 * the Key Binding JWT ({@code typ}, signature with the {@code cnf} key, {@code aud}, {@code nonce},
 * {@code iat} window, {@code sd_hash}) and the Token Status List entry. Hostile input gives a problem
 * with a code, never an exception. Thread-safe.
 *
 * <pre>{@code
 * SdJwtVerifier verifier = SdJwtVerifier.builder().trustAnchors(List.of(root))
 *         .statusResolver(uri -> cache.get(uri)).build();
 * SdJwtVerification result = verifier.verifyPresentation(presentation, "https://employer.example", nonce);
 * }</pre>
 */
public final class SdJwtVerifier {

    private static final Set<String> NEVER_DISCLOSED = Set.of("iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "status");

    private final Set<TrustAnchor> anchors;
    private final @Nullable IssuerKeyResolver keys;
    private final @Nullable StatusListTokenResolver statusResolver;
    private final boolean checkStatus;
    private final Set<String> types;
    private final boolean sdJwtVc;
    private final Map<String, byte[]> typeMetadata;
    private final Clock clock;
    private final Duration skew;
    private final Duration keyBindingMaxAge;
    private final int maxLength;

    private SdJwtVerifier(Builder b) {
        Set<TrustAnchor> a = new HashSet<>();
        b.anchors.forEach(c -> a.add(new TrustAnchor(c, null)));
        this.anchors = Set.copyOf(a);
        this.keys = b.keys;
        this.statusResolver = b.statusResolver;
        this.checkStatus = b.checkStatus;
        this.types = Set.copyOf(b.types);
        this.sdJwtVc = b.sdJwtVc;
        this.typeMetadata = Map.copyOf(b.typeMetadata);
        this.clock = b.clock;
        this.skew = b.skew;
        this.keyBindingMaxAge = b.keyBindingMaxAge;
        this.maxLength = b.maxLength;
    }

    /**
     * A builder for SD-JWT VCs ({@code dc+sd-jwt}, and {@code vc+sd-jwt} of the draft OpenID4VCI 1.0 pins).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies an SD-JWT without requiring Key Binding (as issued, or presented to a verifier that
     * does not ask for holder binding); a Key Binding JWT, if present, fails it, since no audience
     * or nonce is expected.
     *
     * @param sdJwt the SD-JWT
     * @return the result
     */
    public SdJwtVerification verify(String sdJwt) {
        return run(sdJwt, null, null);
    }

    /**
     * Verifies a presentation with a Key Binding JWT for this verifier.
     *
     * @param presentation the presentation
     * @param audience this verifier's identifier, expected as {@code aud}
     * @param nonce the nonce this verifier gave for this presentation
     * @return the result
     */
    public SdJwtVerification verifyPresentation(String presentation, String audience, String nonce) {
        return run(presentation, Objects.requireNonNull(audience, "audience"), Objects.requireNonNull(nonce, "nonce"));
    }

    private SdJwtVerification run(String text, @Nullable String audience, @Nullable String nonce) {
        List<SdJwtProblem> problems = new ArrayList<>();
        try {
            return check(text, audience, nonce, problems);
        } catch (SdJwtException e) {
            problems.add(new SdJwtProblem(e.code(), "sd-jwt", e.getMessage()));
            return new SdJwtVerification(problems, null, Optional.empty(), false);
        } catch (RuntimeException e) {
            // A dependency's unexpected reaction to hostile input is a format failure, never a pass.
            problems.add(new SdJwtProblem(SdJwtCode.MALFORMED, "sd-jwt", "unreadable input (" + e.getClass().getSimpleName() + ")"));
            return new SdJwtVerification(problems, null, Optional.empty(), false);
        }
    }

    private SdJwtVerification check(String text, @Nullable String audience, @Nullable String nonce,
            List<SdJwtProblem> problems) throws SdJwtException {
        SdJwt sdJwt = SdJwt.parse(Objects.requireNonNull(text, "sdJwt"), maxLength);
        Instant now = clock.instant();

        CompactJws jws = parseJws(sdJwt.issuerSignedJwt(), "issuer-jwt");
        Map<String, Object> header = jws.header();
        Object typ = header.get("typ");
        if (sdJwtVc && !(typ instanceof String name && types.contains(name))) {
            problems.add(new SdJwtProblem(SdJwtCode.WRONG_TYPE, "issuer-jwt", "typ is " + typ + ", not one of " + types));
        }
        Map<String, Object> payload = jws.payload();

        String issuer = payload.get("iss") instanceof String s ? s : "";
        Optional<VerificationKey> issuerKey = issuerKey(header, issuer, now, problems, "issuer-jwt");
        if (issuerKey.isPresent() && !jws.verify(issuerKey.get())) {
            problems.add(new SdJwtProblem(SdJwtCode.SIGNATURE_INVALID, "issuer-jwt", "the issuer's signature does not verify with its key"));
        }

        Object alg = payload.getOrDefault("_sd_alg", "sha-256");
        Optional<Digests> digests = alg instanceof String name ? Digests.of(name) : Optional.empty();
        if (digests.isEmpty()) {
            problems.add(new SdJwtProblem(SdJwtCode.SD_ALG_UNSUPPORTED, "/_sd_alg", "the hash function " + alg + " is not supported"));
            return new SdJwtVerification(problems, null, Optional.empty(), false);
        }

        Map<String, Object> claims = null;
        try {
            claims = DisclosureProcessor.process(payload, sdJwt.disclosures(), digests.get(),
                    sdJwtVc ? NEVER_DISCLOSED : Set.of()).claims();
        } catch (DisclosureProcessor.Failure f) {
            problems.add(new SdJwtProblem(SdJwtCode.valueOf(f.kind().name()), "disclosures", f.getMessage()));
        }

        if (sdJwtVc) {
            checkVct(payload, problems);
        }
        checkTimes(payload, now, problems);
        boolean keyBound = checkKeyBinding(sdJwt, payload, digests.get(), audience, nonce, now, problems);
        Optional<TokenStatus> status = checkStatus(payload, now, problems);
        return new SdJwtVerification(problems, claims, status, keyBound);
    }

    private static Map<String, Object> jsonPart(String encodedHeader, String location) throws SdJwtException {
        try {
            return Json.parseObject(Digests.B64.decode(encodedHeader));
        } catch (IllegalArgumentException e) {
            throw new SdJwtException(SdJwtCode.MALFORMED, location + " header: " + e.getMessage());
        }
    }

    private static void checkAlgorithm(Map<String, Object> header, String location) throws SdJwtException {
        Object alg = header.get("alg");
        if (!(alg instanceof String name) || name.equalsIgnoreCase("none") || name.startsWith("HS")) {
            throw new SdJwtException(SdJwtCode.UNSUPPORTED_ALGORITHM,
                    location + " has the algorithm " + alg + ": only asymmetric signatures are accepted");
        }
        if (header.containsKey("crit")) {
            throw new SdJwtException(SdJwtCode.UNSUPPORTED_CRITICAL_HEADER, location + " has a crit header, and no extension is understood");
        }
    }

    /**
     * Reads a compact JWS once (header, payload, signature) and checks its algorithm; the header is read before
     * the rest is reported malformed, so {@code alg: none} or a MAC is named as such whatever follows.
     */
    private static CompactJws parseJws(String jwt, String location) throws SdJwtException {
        CompactJws jws;
        try {
            jws = CompactJws.parse(jwt);
        } catch (IllegalArgumentException e) {
            int dot = jwt.indexOf('.');
            if (dot > 0) {
                checkAlgorithm(jsonPart(jwt.substring(0, dot), location), location);
            }
            throw new SdJwtException(SdJwtCode.MALFORMED, location + " is not a JWS: " + e.getMessage());
        }
        checkAlgorithm(jws.header(), location);
        if (jws.header().containsKey("kid") && !(jws.header().get("kid") instanceof String)) {
            throw new SdJwtException(SdJwtCode.MALFORMED, location + " is not a JWS: kid is not a string");
        }
        return jws;
    }

    private Optional<VerificationKey> issuerKey(Map<String, Object> header, String issuer, Instant now, List<SdJwtProblem> problems,
            String location) throws SdJwtException {
        Optional<String> kid = Optional.ofNullable((String) header.get("kid"));
        Object x5cValue = header.get("x5c");
        List<byte[]> x5c = new ArrayList<>();
        if (x5cValue != null) {
            // RFC 7515 §4.1.6: an array of standard (not URL-safe) base64 DER certificates
            if (!(x5cValue instanceof List<?> list)) {
                throw new SdJwtException(SdJwtCode.MALFORMED, location + " is not a JWS: x5c is not an array");
            }
            for (Object c : list) {
                try {
                    x5c.add(java.util.Base64.getDecoder().decode((String) c));
                } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
                    throw new SdJwtException(SdJwtCode.MALFORMED, location + " is not a JWS: an x5c entry is not base64");
                }
            }
        }
        Optional<VerificationKey> configured = keys == null ? Optional.empty() : keys.resolve(issuer, kid);
        if (x5c.isEmpty()) {
            if (configured.isEmpty()) {
                problems.add(new SdJwtProblem(SdJwtCode.KEY_UNKNOWN, "issuer-jwt", "no trusted key for the issuer " + issuer));
            }
            return configured;
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] c : x5c) {
            X509Certificate cert = X509CertUtils.parse(c);
            if (cert == null) {
                problems.add(new SdJwtProblem(SdJwtCode.MALFORMED, "issuer-jwt/x5c", "a certificate of x5c cannot be read"));
                return Optional.empty();
            }
            chain.add(cert);
        }
        VerificationKey leafKey;
        try {
            leafKey = VerificationKey.of(chain.get(0).getPublicKey());
        } catch (IllegalArgumentException e) {
            problems.add(new SdJwtProblem(SdJwtCode.UNSUPPORTED_ALGORITHM, "issuer-jwt/x5c", "the leaf certificate's key type is not supported"));
            return Optional.empty();
        }
        if (!anchors.isEmpty()) {
            try {
                CertificateFactory factory = CertificateFactory.getInstance("X.509");
                PKIXParameters parameters = new PKIXParameters(anchors);
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(now));
                CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(withoutAnchor(chain)), parameters);
                return Optional.of(leafKey);
            } catch (GeneralSecurityException e) {
                problems.add(new SdJwtProblem(SdJwtCode.CHAIN_UNTRUSTED, "issuer-jwt/x5c",
                        "the x5c chain does not lead to a trust anchor: " + e.getMessage()));
                return Optional.of(leafKey);
            }
        }
        if (configured.isPresent() && configured.get().equals(leafKey)) {
            return configured;
        }
        problems.add(new SdJwtProblem(SdJwtCode.CHAIN_UNTRUSTED, "issuer-jwt/x5c",
                "no trust anchor is configured and the x5c leaf is not a key trusted for " + issuer));
        return Optional.of(leafKey);
    }

    private List<X509Certificate> withoutAnchor(List<X509Certificate> chain) {
        List<X509Certificate> path = new ArrayList<>(chain);
        while (!path.isEmpty()) {
            X509Certificate last = path.get(path.size() - 1);
            if (anchors.stream().anyMatch(a -> a.getTrustedCert().equals(last))) {
                path.remove(path.size() - 1);
            } else {
                break;
            }
        }
        return path.isEmpty() ? chain.subList(0, 1) : path;
    }

    private void checkVct(Map<String, Object> payload, List<SdJwtProblem> problems) {
        if (!(payload.get("vct") instanceof String vct)) {
            problems.add(new SdJwtProblem(SdJwtCode.PAYLOAD_MALFORMED, "/vct", "an SD-JWT VC has a vct string"));
            return;
        }
        Object integrity = payload.get("vct#integrity");
        byte[] metadata = typeMetadata.get(vct);
        if (integrity != null && metadata != null && !integrity.equals(TypeMetadata.integrity(metadata))) {
            problems.add(new SdJwtProblem(SdJwtCode.VCT_INTEGRITY, "/vct#integrity",
                    "the type metadata of " + vct + " does not match vct#integrity"));
        }
    }

    private void checkTimes(Map<String, Object> payload, Instant now, List<SdJwtProblem> problems) {
        Optional<Long> exp = number(payload, "exp", problems);
        Optional<Long> nbf = number(payload, "nbf", problems);
        if (exp.isPresent() && Instant.ofEpochSecond(exp.get()).plus(skew).isBefore(now)) {
            problems.add(new SdJwtProblem(SdJwtCode.EXPIRED, "/exp", "expired at " + Instant.ofEpochSecond(exp.get())));
        }
        if (nbf.isPresent() && Instant.ofEpochSecond(nbf.get()).minus(skew).isAfter(now)) {
            problems.add(new SdJwtProblem(SdJwtCode.NOT_YET_VALID, "/nbf", "not valid before " + Instant.ofEpochSecond(nbf.get())));
        }
    }

    /** Whether seconds since the epoch name a time {@link Instant} can hold (hostile claims can exceed it). */
    static boolean isInstant(long epochSecond) {
        return epochSecond >= Instant.MIN.getEpochSecond() && epochSecond <= Instant.MAX.getEpochSecond();
    }

    private static Optional<Long> number(Map<String, Object> claims, String name, List<SdJwtProblem> problems) {
        Object value = claims.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Long l && isInstant(l)) {
            return Optional.of(l);
        }
        problems.add(new SdJwtProblem(SdJwtCode.PAYLOAD_MALFORMED, "/" + name, name + " is not an integer NumericDate of a representable time"));
        return Optional.empty();
    }

    private boolean checkKeyBinding(SdJwt sdJwt, Map<String, Object> payload, Digests digests, @Nullable String audience,
            @Nullable String nonce, Instant now, List<SdJwtProblem> problems) throws SdJwtException {
        if (sdJwt.keyBindingJwt().isEmpty()) {
            if (audience != null) {
                problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_MISSING, "kb-jwt", "the presentation has no Key Binding JWT"));
            }
            return false;
        }
        if (audience == null) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_AUDIENCE, "kb-jwt",
                    "a Key Binding JWT is present but no audience and nonce were expected; use verifyPresentation"));
            return false;
        }
        String kbJwt = sdJwt.keyBindingJwt().get();
        CompactJws jws = parseJws(kbJwt, "kb-jwt");
        Map<String, Object> header = jws.header();
        if (!SdJwtHolder.KEY_BINDING_TYPE.equals(header.get("typ"))) {
            problems.add(new SdJwtProblem(SdJwtCode.WRONG_TYPE, "kb-jwt", "typ is " + header.get("typ") + ", not kb+jwt"));
        }
        Map<String, Object> kb = jws.payload();
        Optional<VerificationKey> holderKey = Optional.empty();
        if (payload.get("cnf") instanceof Map<?, ?> cnf && cnf.get("jwk") instanceof Map<?, ?> jwk) {
            try {
                holderKey = Optional.of(VerificationKey.fromJwk(Json.writeString(jwk)));
            } catch (IllegalArgumentException e) {
                problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_MISSING, "/cnf/jwk", "the cnf key cannot be used: " + e.getMessage()));
                return false;
            }
        }
        if (holderKey.isEmpty()) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_MISSING, "/cnf", "the credential has no cnf.jwk to check the Key Binding JWT with"));
            return false;
        }
        boolean ok = true;
        if (!jws.verify(holderKey.get())) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_SIGNATURE, "kb-jwt", "the Key Binding JWT does not verify with the cnf key"));
            ok = false;
        }
        if (!audience.equals(kb.get("aud"))) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_AUDIENCE, "kb-jwt/aud", "aud is not " + audience));
            ok = false;
        }
        if (!nonce.equals(kb.get("nonce"))) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_NONCE, "kb-jwt/nonce", "the nonce is not the one given"));
            ok = false;
        }
        if (!(kb.get("iat") instanceof Long iat) || !isInstant(iat)) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_IAT, "kb-jwt/iat", "iat is missing or not an integer"));
            ok = false;
        } else {
            Instant issued = Instant.ofEpochSecond(iat);
            if (issued.isAfter(now.plus(skew)) || issued.isBefore(now.minus(keyBindingMaxAge).minus(skew))) {
                problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_IAT, "kb-jwt/iat",
                        "iat " + issued + " is outside the accepted window of " + keyBindingMaxAge + " before now"));
                ok = false;
            }
        }
        if (!digests.digest(sdJwt.withoutKeyBinding()).equals(kb.get("sd_hash"))) {
            problems.add(new SdJwtProblem(SdJwtCode.KEY_BINDING_SD_HASH, "kb-jwt/sd_hash",
                    "sd_hash is not the hash of this presentation's issuer-signed JWT and disclosures"));
            ok = false;
        }
        return ok;
    }

    private Optional<TokenStatus> checkStatus(Map<String, Object> payload, Instant now, List<SdJwtProblem> problems) {
        Object status = payload.get("status");
        if (status == null) {
            return Optional.empty();
        }
        if (!(status instanceof Map<?, ?> s) || !(s.get("status_list") instanceof Map<?, ?> list)
                || !(list.get("idx") instanceof Long idx) || !(list.get("uri") instanceof String uri)) {
            problems.add(new SdJwtProblem(SdJwtCode.PAYLOAD_MALFORMED, "/status",
                    "status.status_list needs an integer idx and a uri string"));
            return Optional.empty();
        }
        if (!checkStatus) {
            return Optional.empty();
        }
        if (statusResolver == null) {
            problems.add(new SdJwtProblem(SdJwtCode.STATUS_UNKNOWN, "/status", "no status list resolver is configured"));
            return Optional.empty();
        }
        try {
            URI listUri = new URI(uri);
            String token = statusResolver.resolve(listUri);
            if (token == null || token.length() > maxLength) {
                throw new StatusException("the Status List Token is missing or larger than " + maxLength + " characters");
            }
            CompactJws jws = parseJws(token, "status-list-token");
            Map<String, Object> header = jws.header();
            if (!StatusListToken.TYPE.equals(header.get("typ"))) {
                throw new StatusException("the Status List Token's typ is " + header.get("typ") + ", not " + StatusListToken.TYPE);
            }
            Map<String, Object> claims = jws.payload();
            List<SdJwtProblem> keyProblems = new ArrayList<>();
            Optional<VerificationKey> key = issuerKey(header, payload.get("iss") instanceof String i ? i : "", now, keyProblems,
                    "status-list-token");
            if (!keyProblems.isEmpty() || key.isEmpty() || !jws.verify(key.get())) {
                throw new StatusException("the Status List Token's signature cannot be verified with a trusted key");
            }
            StatusListToken list2 = StatusListToken.fromClaims(claims);
            if (!list2.subject().equals(listUri)) {
                throw new StatusException("the Status List Token's sub is " + list2.subject() + ", not " + listUri);
            }
            if (list2.expiry().isPresent() && list2.expiry().get().plus(skew).isBefore(now)) {
                throw new StatusException("the Status List Token expired at " + list2.expiry().get());
            }
            int value = list2.status(idx);
            TokenStatus result = TokenStatus.of(value);
            switch (result) {
                case INVALID -> problems.add(new SdJwtProblem(SdJwtCode.REVOKED, "/status", "the status list marks the credential invalid (revoked)"));
                case SUSPENDED -> problems.add(new SdJwtProblem(SdJwtCode.SUSPENDED, "/status", "the status list marks the credential suspended"));
                case APPLICATION_SPECIFIC -> problems.add(new SdJwtProblem(SdJwtCode.STATUS_OTHER, "/status",
                        "the status list holds the application-specific value " + value));
                default -> {
                }
            }
            return Optional.of(result);
        } catch (StatusException | SdJwtException | java.net.URISyntaxException e) {
            problems.add(new SdJwtProblem(SdJwtCode.STATUS_UNKNOWN, "/status", "the status cannot be established: " + e.getMessage()));
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SdJwtVerifier[" + anchors.size() + " trust anchors, types " + types + "]";
    }

    /** Configures an {@link SdJwtVerifier}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private @Nullable IssuerKeyResolver keys;
        private @Nullable StatusListTokenResolver statusResolver;
        private boolean checkStatus = true;
        private Set<String> types = Set.of(SdJwtVcIssuer.TYPE, "vc+sd-jwt");
        private boolean sdJwtVc = true;
        private final Map<String, byte[]> typeMetadata = new HashMap<>(
                Map.of(MicroCredentialClaims.VCT, MicroCredentialClaims.typeMetadata()));
        private Clock clock = Clock.systemUTC();
        private Duration skew = Duration.ofSeconds(60);
        private Duration keyBindingMaxAge = Duration.ofMinutes(5);
        private int maxLength = SdJwt.DEFAULT_MAX_LENGTH;

        private Builder() {
        }

        /**
         * Trust anchors for issuers' {@code x5c} chains (and status list tokens).
         *
         * @param value root or intermediate certificates trusted as anchors
         * @return this builder
         */
        public Builder trustAnchors(List<X509Certificate> value) {
            anchors.addAll(value);
            return this;
        }

        /**
         * Issuer keys trusted directly (for tokens without {@code x5c}).
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder issuerKeys(IssuerKeyResolver value) {
            this.keys = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * One issuer key trusted for every issuer (tests, single-issuer deployments).
         *
         * @param value the key
         * @return this builder
         */
        public Builder issuerKey(VerificationKey value) {
            Objects.requireNonNull(value, "value");
            return issuerKeys((iss, kid) -> Optional.of(value));
        }

        /**
         * Where Status List Tokens come from; without one, a credential with a {@code status} claim is
         * {@link Indication#INDETERMINATE} ({@link SdJwtCode#STATUS_UNKNOWN}) unless {@link #skipStatus()}.
         *
         * @param value the resolver
         * @return this builder
         */
        public Builder statusResolver(StatusListTokenResolver value) {
            this.statusResolver = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Does not check status (the caller checks it elsewhere or accepts the risk).
         *
         * @return this builder
         */
        public Builder skipStatus() {
            this.checkStatus = false;
            return this;
        }

        /**
         * Verifies plain SD-JWTs (RFC 9901) instead of SD-JWT VCs: any {@code typ}, no {@code vct}, every claim may be disclosed.
         *
         * @return this builder
         */
        public Builder plainSdJwt() {
            this.sdJwtVc = false;
            return this;
        }

        /**
         * Type metadata known for a {@code vct}, to check {@code vct#integrity} against (the
         * micro-credential type is known).
         *
         * @param vct the type
         * @param document the type metadata document's bytes
         * @return this builder
         */
        public Builder typeMetadata(String vct, byte[] document) {
            typeMetadata.put(Objects.requireNonNull(vct, "vct"), document.clone());
            return this;
        }

        /**
         * The clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The clock skew tolerated for {@code exp}, {@code nbf} and {@code iat} (default 60 seconds).
         *
         * @param value the skew
         * @return this builder
         */
        public Builder clockSkew(Duration value) {
            this.skew = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The oldest Key Binding JWT accepted, by its {@code iat} (default 5 minutes).
         *
         * @param value the age
         * @return this builder
         */
        public Builder keyBindingMaxAge(Duration value) {
            this.keyBindingMaxAge = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The longest SD-JWT read, in characters (default 1 MiB).
         *
         * @param value the limit
         * @return this builder
         */
        public Builder maxLength(int value) {
            if (value < 100) {
                throw new IllegalArgumentException("the limit is at least 100 characters");
            }
            this.maxLength = value;
            return this;
        }

        /**
         * Builds.
         *
         * @return the verifier
         */
        public SdJwtVerifier build() {
            return new SdJwtVerifier(this);
        }
    }
}
