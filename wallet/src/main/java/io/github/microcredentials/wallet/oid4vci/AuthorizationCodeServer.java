package io.github.microcredentials.wallet.oid4vci;

import io.github.microcredentials.wallet.internal.Digests;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The built-in authorization server for the authorization code flow, as HAIP 1.0 profiles it: pushed
 * authorization requests only (RFC 9126), PKCE with {@code S256} only (RFC 7636), DPoP-bound access tokens
 * (RFC 9449, with server nonces), short-lived single-use codes and request URIs, the {@code iss} response
 * parameter (RFC 9207), and wallet attestations checked when presented (or required) through an
 * {@link AttestationVerifier}. The learner's login is the institution's: after authenticating them on the
 * page {@code /authorize} shows, it calls {@link #approve} and redirects to the URI it returns.
 *
 * <p>Endpoints, all relative to the issuer identifier: {@code POST /par} → {@link #pushedAuthorizationRequest},
 * {@code GET /authorize} → {@link #authorizationRequest} then {@link #approve} or {@link #deny},
 * {@code POST /token} → {@link #token}. Send {@link #dpopNonce()} as the {@code DPoP-Nonce} header with
 * token and credential responses. State is in memory, bounded by lifetimes; thread-safe.
 */
public final class AuthorizationCodeServer implements AuthorizationServer {

    /** The grant type of the authorization code flow. */
    public static final String GRANT = "authorization_code";

    /** The authorization details type of OpenID4VCI 1.0 (§5.1.1). */
    public static final String CREDENTIAL_DETAILS = "openid_credential";

    private static final Duration REQUEST_LIFETIME = Duration.ofSeconds(90);
    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_\\-]{43}");

    private final String issuer;
    private final Set<String> scopes;
    private final Set<String> configurations;
    private final Clock clock;
    private final AttestationVerifier attestations;
    private final DpopVerifier dpop;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Request> requests = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, String> usedCodes = new ConcurrentHashMap<>();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Request(String clientId, String redirectUri, String challenge, List<String> scopes, List<String> configurations,
            @Nullable String issuerState, @Nullable String state, @Nullable String jkt, Instant expiry) {
    }

    private record Code(Request request, String subject, Instant expiry) {
    }

    private record Token(AccessGrant grant, String jkt) {
    }

    /**
     * A pushed authorization request the learner's browser has arrived with, for the institution's login page.
     *
     * @param requestUri the request URI to pass to {@link #approve} or {@link #deny}
     * @param clientId the wallet's client ID
     * @param scopes the requested scopes
     * @param issuerState the {@code issuer_state} of the offer, or {@code null} when the wallet started on its own
     *     (the institution then decides, once it knows the learner, what to issue: {@link LearnerCredentials})
     * @param credentialConfigurations the {@code credential_configuration_id}s of the request's authorization details
     *     of type {@code openid_credential}, empty when it asked by scope
     */
    public record PendingAuthorization(String requestUri, String clientId, List<String> scopes, @Nullable String issuerState,
            List<String> credentialConfigurations) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a list is null
         */
        public PendingAuthorization {
            scopes = List.copyOf(scopes);
            credentialConfigurations = List.copyOf(credentialConfigurations);
        }
    }

    /**
     * A server.
     *
     * @param issuer the issuer identifier (HTTPS URL; the endpoints are below it)
     * @param scopes the scopes it grants, such as {@code micro_credential}
     * @param attestations checks wallet attestations
     * @param clock the clock
     */
    public AuthorizationCodeServer(String issuer, Set<String> scopes, AttestationVerifier attestations, Clock clock) {
        this(issuer, scopes, Set.of(CredentialIssuer.CONFIGURATION_ID), attestations, clock);
    }

    /**
     * A server that also grants authorization details of type {@code openid_credential} (RFC 9396, OpenID4VCI 1.0
     * §5.1.1) for the given credential configurations; the token response then names one credential identifier per
     * granted configuration (the configuration's own ID: one micro-credential dataset per configuration).
     *
     * @param issuer the issuer identifier (HTTPS URL; the endpoints are below it)
     * @param scopes the scopes it grants, such as {@code micro_credential}
     * @param credentialConfigurations the credential configuration IDs authorization details may ask for
     * @param attestations checks wallet attestations
     * @param clock the clock
     */
    public AuthorizationCodeServer(String issuer, Set<String> scopes, Set<String> credentialConfigurations, AttestationVerifier attestations,
            Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.scopes = Set.copyOf(scopes);
        this.configurations = Set.copyOf(credentialConfigurations);
        this.attestations = Objects.requireNonNull(attestations, "attestations");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dpop = new DpopVerifier(clock);
    }

    @Override
    public String issuer() {
        return issuer;
    }

    @Override
    public Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", issuer);
        m.put("authorization_endpoint", issuer + "/authorize");
        m.put("pushed_authorization_request_endpoint", issuer + "/par");
        m.put("require_pushed_authorization_requests", true);
        m.put("token_endpoint", issuer + "/token");
        m.put("response_types_supported", List.of("code"));
        m.put("grant_types_supported", List.of(GRANT));
        m.put("code_challenge_methods_supported", List.of("S256"));
        m.put("dpop_signing_alg_values_supported", List.of("ES256", "EdDSA"));
        m.put("authorization_response_iss_parameter_supported", true);
        m.put("scopes_supported", List.copyOf(scopes));
        if (!configurations.isEmpty()) {
            m.put("authorization_details_types_supported", List.of(CREDENTIAL_DETAILS));
        }
        m.put("token_endpoint_auth_methods_supported", List.of("attest_jwt_client_auth", "none"));
        m.put("client_attestation_signing_alg_values_supported", List.of("ES256"));
        m.put("client_attestation_pop_signing_alg_values_supported", List.of("ES256"));
        return m;
    }

    /**
     * The nonce to send as the {@code DPoP-Nonce} header; proofs must carry a current one.
     *
     * @return the nonce
     */
    public String dpopNonce() {
        return dpop.nonce();
    }

    DpopVerifier dpop() {
        return dpop;
    }

    /**
     * The Pushed Authorization Request Endpoint (RFC 9126): answer 201 with the returned object.
     *
     * @param form the form parameters
     * @param http the request (a {@code DPoP} header binds the later token to its key, as {@code dpop_jkt} does)
     * @return {@code request_uri} and {@code expires_in}
     * @throws IssuanceException {@code invalid_request}, {@code invalid_scope}, {@code invalid_client},
     *     {@code invalid_dpop_proof}, {@code use_dpop_nonce}
     */
    public Map<String, Object> pushedAuthorizationRequest(Map<String, String> form, ResourceRequest http) throws IssuanceException {
        purge();
        if (form.containsKey("request_uri")) {
            throw invalidRequest("request_uri is not allowed in a pushed authorization request");
        }
        if (!"code".equals(form.get("response_type"))) {
            throw new IssuanceException(IssuanceError.badRequest("unsupported_response_type", "response_type must be code"));
        }
        String clientId = required(form, "client_id");
        String redirectUri = required(form, "redirect_uri");
        if (!absolute(redirectUri)) {
            throw invalidRequest("redirect_uri must be an absolute URI without a fragment");
        }
        String challenge = required(form, "code_challenge");
        if (!"S256".equals(form.get("code_challenge_method"))) {
            throw invalidRequest("code_challenge_method must be S256");
        }
        if (!CHALLENGE.matcher(challenge).matches()) {
            throw invalidRequest("code_challenge is not a base64url SHA-256 hash");
        }
        String scope = form.get("scope");
        List<String> details = authorizationDetails(form.get("authorization_details"));
        if ((scope == null || scope.isBlank()) && details.isEmpty()) {
            throw invalidRequest("scope or authorization_details is required");
        }
        List<String> requested = scope == null || scope.isBlank() ? List.of() : Arrays.stream(scope.trim().split(" +")).toList();
        if (!scopes.containsAll(requested)) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_scope", "a requested scope is not offered"));
        }
        attestations.checkClientAttestation(http, issuer, clientId);
        String jkt = form.get("dpop_jkt");
        if (http.dpop() != null) {
            String proofJkt = dpop.check(http, null, false);
            if (jkt != null && !jkt.equals(proofJkt)) {
                throw new IssuanceException(IssuanceError.badRequest("invalid_dpop_proof", "dpop_jkt is not the DPoP proof's key"));
            }
            jkt = proofJkt;
        }
        String requestUri = "urn:ietf:params:oauth:request_uri:" + random();
        Outstanding.makeRoom(requests);
        requests.put(requestUri, new Request(clientId, redirectUri, challenge, requested, details, form.get("issuer_state"), form.get("state"),
                jkt, clock.instant().plus(REQUEST_LIFETIME)));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("request_uri", requestUri);
        response.put("expires_in", REQUEST_LIFETIME.toSeconds());
        return response;
    }

    /**
     * The Authorization Endpoint: finds the pushed request the browser arrived with. Only {@code client_id}
     * and {@code request_uri} are read (HAIP: everything else came through PAR).
     *
     * @param query the query parameters
     * @return the pending authorization, to authenticate the learner for
     * @throws IssuanceException {@code invalid_request} for an unknown, expired or used request URI or another client
     */
    public PendingAuthorization authorizationRequest(Map<String, String> query) throws IssuanceException {
        purge();
        String requestUri = required(query, "request_uri");
        Request request = requests.get(requestUri);
        if (request == null || request.expiry().isBefore(clock.instant()) || !request.clientId().equals(query.get("client_id"))) {
            throw invalidRequest("the request_uri is unknown, expired or used, or belongs to another client");
        }
        return new PendingAuthorization(requestUri, request.clientId(), request.scopes(), request.issuerState(), request.configurations());
    }

    /**
     * Approves a pending authorization once the institution has authenticated the learner; the request URI
     * is used up.
     *
     * @param requestUri the pending authorization's request URI
     * @param subject the authenticated learner
     * @return the URI to redirect the browser to ({@code redirect_uri} with {@code code}, {@code state}, {@code iss})
     * @throws IssuanceException {@code invalid_request} if the request URI is unknown, expired or used
     */
    public URI approve(String requestUri, String subject) throws IssuanceException {
        Request request = take(requestUri);
        String code = random();
        codes.put(code, new Code(request, Objects.requireNonNull(subject, "subject"), clock.instant().plus(CODE_LIFETIME)));
        return redirect(request, "code=" + enc(code));
    }

    /**
     * Denies a pending authorization (the learner cancelled, or is not entitled).
     *
     * @param requestUri the pending authorization's request URI
     * @return the URI to redirect the browser to, with {@code error=access_denied}
     * @throws IssuanceException {@code invalid_request} if the request URI is unknown, expired or used
     */
    public URI deny(String requestUri) throws IssuanceException {
        return redirect(take(requestUri), "error=access_denied");
    }

    /**
     * The Token Endpoint for the authorization code grant: the code (single use; its reuse revokes the
     * token it gave), {@code redirect_uri} and {@code client_id} as in the request, the PKCE
     * {@code code_verifier}, and a DPoP proof, to whose key the access token is bound.
     *
     * @param form the form parameters
     * @param http the request, with its {@code DPoP} header
     * @return {@code access_token}, {@code token_type} {@code DPoP}, {@code expires_in}
     * @throws IssuanceException {@code unsupported_grant_type}, {@code invalid_request}, {@code invalid_grant},
     *     {@code invalid_client}, {@code invalid_dpop_proof}, {@code use_dpop_nonce}
     */
    public Map<String, Object> token(Map<String, String> form, ResourceRequest http) throws IssuanceException {
        purge();
        if (!GRANT.equals(form.get("grant_type"))) {
            throw new IssuanceException(IssuanceError.badRequest("unsupported_grant_type", "this server grants authorization_code only"));
        }
        String codeValue = required(form, "code");
        String verifier = required(form, "code_verifier");
        String redirectUri = required(form, "redirect_uri");
        String clientId = required(form, "client_id");
        // DPoP first: a use_dpop_nonce answer must not burn the code, the wallet retries with the nonce.
        String jkt = dpop.check(http, null, false);
        attestations.checkClientAttestation(http, issuer, clientId);
        Code code = codes.remove(codeValue);
        if (code == null) {
            String issued = usedCodes.remove(codeValue);
            if (issued != null) {
                tokens.remove(issued); // RFC 6749 §4.1.2: a code used twice revokes what it gave
            }
            throw invalidGrant("the authorization code is unknown, used or expired");
        }
        Request request = code.request();
        if (code.expiry().isBefore(clock.instant())) {
            throw invalidGrant("the authorization code has expired");
        }
        if (!request.clientId().equals(clientId) || !request.redirectUri().equals(redirectUri)) {
            throw invalidGrant("client_id or redirect_uri is not the authorization request's");
        }
        if (!VERIFIER.matcher(verifier).matches() || !MessageDigest.isEqual(DpopVerifier.sha256(verifier).getBytes(StandardCharsets.US_ASCII),
                request.challenge().getBytes(StandardCharsets.US_ASCII))) {
            throw invalidGrant("the code_verifier does not match the code_challenge (S256)");
        }
        if (request.jkt() != null && !request.jkt().equals(jkt)) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_dpop_proof", "the DPoP key is not the one of the authorization request"));
        }
        String accessToken = random();
        Instant expiry = clock.instant().plus(TOKEN_LIFETIME);
        // One credential identifier per granted configuration: the configuration's ID names its one dataset here.
        tokens.put(accessToken, new Token(new AccessGrant(request.issuerState(), code.subject(), request.scopes(), expiry,
                request.configurations()), jkt));
        usedCodes.put(codeValue, accessToken);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "DPoP");
        response.put("expires_in", TOKEN_LIFETIME.toSeconds());
        if (!request.scopes().isEmpty()) {
            response.put("scope", String.join(" ", request.scopes()));
        }
        if (!request.configurations().isEmpty()) {
            List<Object> granted = new java.util.ArrayList<>();
            for (String configuration : request.configurations()) {
                granted.add(Map.of("type", CREDENTIAL_DETAILS, "credential_configuration_id", configuration,
                        "credential_identifiers", List.of(configuration)));
            }
            response.put("authorization_details", granted); // OpenID4VCI 1.0 §6.2: required when they were requested
        }
        return response;
    }

    @Override
    public AccessGrant authorize(ResourceRequest request) throws IssuanceException {
        purge();
        String authorization = request.authorization();
        if (authorization == null || !authorization.regionMatches(true, 0, "DPoP ", 0, 5)) {
            throw invalidToken("a DPoP-bound access token is required (Authorization: DPoP ...)");
        }
        String accessToken = authorization.substring(5).trim();
        Token token = tokens.get(accessToken);
        if (token == null || token.grant().expiry().isBefore(clock.instant())) {
            throw invalidToken("the access token is unknown or expired");
        }
        String jkt = dpop.check(request, accessToken, true);
        if (!token.jkt().equals(jkt)) {
            throw new IssuanceException(new IssuanceError("invalid_dpop_proof", "the DPoP proof's key is not the token's",
                    401, Map.of("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\"")));
        }
        return token.grant();
    }

    /**
     * Ends an access token's use, for example once its credential has been issued.
     *
     * @param request the request that carried it
     */
    public void revoke(ResourceRequest request) {
        String authorization = request.authorization();
        if (authorization != null && authorization.length() > 5) {
            tokens.remove(authorization.substring(5).trim());
        }
    }

    /**
     * The credential configuration IDs of a request's {@code authorization_details} (RFC 9396 §2; OpenID4VCI 1.0 §5.1.1):
     * a JSON array of objects of type {@code openid_credential}, each with a {@code credential_configuration_id} this
     * server grants.
     */
    private List<String> authorizationDetails(@Nullable String value) throws IssuanceException {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Object parsed;
        try {
            parsed = io.github.microcredentials.wallet.internal.Json.parse(value.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw invalidDetails("authorization_details is not JSON");
        }
        if (!(parsed instanceof List<?> list) || list.isEmpty()) {
            throw invalidDetails("authorization_details is not a non-empty array");
        }
        List<String> ids = new java.util.ArrayList<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> detail) || !CREDENTIAL_DETAILS.equals(detail.get("type"))) {
                throw invalidDetails("an authorization detail is not of type " + CREDENTIAL_DETAILS);
            }
            if (!(detail.get("credential_configuration_id") instanceof String id) || !configurations.contains(id)) {
                throw invalidDetails("an authorization detail does not name a credential_configuration_id granted here");
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    private static IssuanceException invalidDetails(String description) {
        return new IssuanceException(IssuanceError.badRequest("invalid_authorization_details", description));
    }

    private Request take(String requestUri) throws IssuanceException {
        Request request = requestUri == null ? null : requests.remove(requestUri);
        if (request == null || request.expiry().isBefore(clock.instant())) {
            throw invalidRequest("the request_uri is unknown, expired or used");
        }
        return request;
    }

    private URI redirect(Request request, String parameters) {
        StringBuilder b = new StringBuilder(request.redirectUri()).append(request.redirectUri().contains("?") ? '&' : '?')
                .append(parameters);
        if (request.state() != null) {
            b.append("&state=").append(enc(request.state()));
        }
        b.append("&iss=").append(enc(issuer));
        return URI.create(b.toString());
    }

    private static boolean absolute(String uri) {
        try {
            URI u = new URI(uri);
            return u.isAbsolute() && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> form, String name) throws IssuanceException {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw invalidRequest(name + " is missing");
        }
        return value;
    }

    private static IssuanceException invalidRequest(String description) {
        return new IssuanceException(IssuanceError.badRequest("invalid_request", description));
    }

    private static IssuanceException invalidGrant(String description) {
        return new IssuanceException(IssuanceError.badRequest("invalid_grant", description));
    }

    private static IssuanceException invalidToken(String description) {
        return new IssuanceException(new IssuanceError("invalid_token", description, 401,
                Map.of("WWW-Authenticate", "DPoP error=\"invalid_token\", algs=\"ES256 EdDSA\"")));
    }

    private String random() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Digests.B64.encode(bytes);
    }

    private void purge() {
        Instant now = clock.instant();
        requests.values().removeIf(r -> r.expiry().isBefore(now));
        codes.values().removeIf(c -> c.expiry().isBefore(now));
        tokens.values().removeIf(t -> t.grant().expiry().isBefore(now));
        // a used code is remembered as long as the token it gave could be alive
        usedCodes.values().removeIf(t -> !tokens.containsKey(t));
    }

    @Override
    public String toString() {
        return "AuthorizationCodeServer[" + issuer + "]";
    }
}
