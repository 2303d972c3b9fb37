package io.github.microcredentials.wallet.oid4vci;

import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.internal.Digests;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks DPoP proofs (RFC 9449 §4.3) and hands out server nonces (§8). A proof is a JWT with {@code typ}
 * {@code dpop+jwt}, an asymmetric {@code alg}, its public key as {@code jwk}, {@code htm} and {@code htu}
 * of the request, a recent {@code iat}, a {@code jti} not seen before, the server's current nonce, and at
 * a protected resource the {@code ath} of the access token. Thread-safe; state in memory.
 */
final class DpopVerifier {

    /** How far a proof's iat may be from now; also how long a jti is remembered, so that a replay is caught while it could pass. */
    static final Duration IAT_WINDOW = Duration.ofSeconds(60);
    static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    /**
     * The most proofs remembered for replay detection. Any client can sign proofs with a key of its own, so
     * without a bound a flood of fresh proofs inside the window would grow memory and the purge without end.
     */
    static final int MAX_REMEMBERED = 100_000;

    private final Clock clock;
    private final int maxRemembered;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> jtis = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
    private volatile String current = "";
    private volatile Instant currentIssued = Instant.EPOCH;

    DpopVerifier(Clock clock) {
        this(clock, MAX_REMEMBERED);
    }

    DpopVerifier(Clock clock, int maxRemembered) {
        this.clock = clock;
        this.maxRemembered = maxRemembered;
    }

    /** The nonce to send as {@code DPoP-Nonce}; a new one every minute, each accepted for its lifetime. */
    synchronized String nonce() {
        Instant now = clock.instant();
        if (current.isEmpty() || currentIssued.plus(Duration.ofMinutes(1)).isBefore(now)) {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            current = Digests.B64.encode(bytes);
            currentIssued = now;
            nonces.put(current, now.plus(NONCE_LIFETIME));
        }
        return current;
    }

    /**
     * Checks a proof.
     *
     * @param request the HTTP request
     * @param accessToken the access token it must carry an {@code ath} for, or {@code null} at the token endpoint
     * @param resource whether the request is to a protected resource (errors are 401 with {@code WWW-Authenticate})
     * @return the proof key's thumbprint ({@code jkt})
     */
    String check(ResourceRequest request, @Nullable String accessToken, boolean resource) throws IssuanceException {
        Instant now = clock.instant();
        jtis.values().removeIf(e -> e.isBefore(now));
        nonces.values().removeIf(e -> e.isBefore(now));
        if (request.dpop() == null) {
            throw error("invalid_dpop_proof", "the DPoP header is missing", resource, false);
        }
        Jwts.Parsed jwt;
        VerificationKey key;
        try {
            jwt = Jwts.parse(request.dpop());
            key = Jwts.headerJwk(jwt);
        } catch (IllegalArgumentException e) {
            throw error("invalid_dpop_proof", "the DPoP proof cannot be used: " + e.getMessage(), resource, false);
        }
        if (!"dpop+jwt".equals(jwt.header().get("typ"))) {
            throw error("invalid_dpop_proof", "the DPoP proof's typ is not dpop+jwt", resource, false);
        }
        if (!Jwts.verify(jwt, key)) {
            throw error("invalid_dpop_proof", "the DPoP proof's signature does not verify with its jwk", resource, false);
        }
        Map<String, Object> claims = jwt.claims();
        if (!(claims.get("htm") instanceof String htm) || !htm.equals(request.method())) {
            throw error("invalid_dpop_proof", "the DPoP proof's htm is not " + request.method(), resource, false);
        }
        if (!(claims.get("htu") instanceof String htu) || !sameTarget(htu, request.uri())) {
            throw error("invalid_dpop_proof", "the DPoP proof's htu is not this endpoint", resource, false);
        }
        if (!(claims.get("iat") instanceof Long iat) || Math.abs(iat - now.getEpochSecond()) > IAT_WINDOW.toSeconds()) {
            throw error("invalid_dpop_proof", "the DPoP proof's iat is missing or not recent", resource, false);
        }
        if (!(claims.get("jti") instanceof String jti) || jti.isEmpty() || jti.length() > 256) {
            throw error("invalid_dpop_proof", "the DPoP proof has no jti", resource, false);
        }
        if (accessToken != null) {
            if (!(claims.get("ath") instanceof String ath) || !MessageDigest.isEqual(ath.getBytes(StandardCharsets.US_ASCII),
                    sha256(accessToken).getBytes(StandardCharsets.US_ASCII))) {
                throw error("invalid_dpop_proof", "the DPoP proof's ath is not the hash of the access token", resource, false);
            }
        }
        Instant nonceExpiry = claims.get("nonce") instanceof String n ? nonces.get(n) : null;
        if (nonceExpiry == null || nonceExpiry.isBefore(now)) {
            throw error("use_dpop_nonce", "the DPoP proof must carry the server's current nonce", resource, true);
        }
        String jkt = Jwts.thumbprint(key);
        // Remembered once everything else holds: a proof refused for its nonce may be sent again with one.
        String seen = jkt + ":" + jti;
        if (jtis.containsKey(seen)) {
            throw error("invalid_dpop_proof", "the DPoP proof's jti was used before", resource, false);
        }
        if (jtis.size() >= maxRemembered) {
            // Refusing is safe (the client retries later); forgetting would let a replay through.
            throw error("invalid_dpop_proof", "too many DPoP proofs in the last " + IAT_WINDOW.multipliedBy(2).toSeconds()
                    + " seconds; try again later", resource, false);
        }
        if (jtis.putIfAbsent(seen, now.plus(IAT_WINDOW.multipliedBy(2))) != null) {
            throw error("invalid_dpop_proof", "the DPoP proof's jti was used before", resource, false);
        }
        return jkt;
    }

    static String sha256(String ascii) {
        try {
            return Digests.B64.encode(MessageDigest.getInstance("SHA-256").digest(ascii.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** RFC 9449 §4.3: htu is compared without query and fragment, scheme and host case-insensitively. */
    private static boolean sameTarget(String htu, String requestUri) {
        try {
            URI a = URI.create(htu);
            URI b = URI.create(requestUri);
            return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost() != null && a.getHost().toLowerCase(Locale.ROOT).equals(String.valueOf(b.getHost()).toLowerCase(Locale.ROOT))
                    && port(a) == port(b) && normalPath(a).equals(normalPath(b));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private static String normalPath(URI u) {
        return u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    }

    private IssuanceException error(String code, String description, boolean resource, boolean withNonce) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (withNonce) {
            headers.put("DPoP-Nonce", nonce());
        }
        if (resource) {
            headers.put("WWW-Authenticate", "DPoP error=\"" + code + "\", algs=\"ES256 EdDSA\"");
        }
        return new IssuanceException(new IssuanceError(code, description, resource ? 401 : 400, headers));
    }
}
