package io.github.microcredentials.wallet.oid4vci;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.MicroCredentialClaims;
import io.github.microcredentials.wallet.SdJwtException;
import io.github.microcredentials.wallet.SdJwtVcIssuer;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.status.StatusReference;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An OpenID4VCI 1.0 credential issuer for micro-credentials as SD-JWT VCs, with its own minimal
 * authorization server for the pre-authorized code grant, and the authorization code flow through an
 * {@link AuthorizationServer} (the built-in {@link AuthorizationCodeServer} or the institution's own).
 * Pre-authorized codes, transaction codes, access tokens and {@code c_nonce}s are random, short-lived and
 * single use; a token request with a {@code DPoP} proof gets a DPoP-bound token (RFC 9449). Key proofs
 * with a key attestation have it checked by the {@link AttestationVerifier}. State is in memory (bounded
 * by their lifetimes; one issuer instance per process). Thread-safe.
 *
 * <pre>{@code
 * CredentialIssuer issuer = new CredentialIssuer("https://university.example", sdJwtVcIssuer, Clock.systemUTC(), 2);
 * CredentialIssuer.Offer offer = issuer.offer(credential, null, true); // show offer.uri() as a QR code, send offer.txCode() by e-mail
 * // POST /token      -> issuer.token(form, http)
 * // POST /nonce      -> issuer.nonce()
 * // POST /credential -> issuer.credential(http, requestJson)
 * }</pre>
 */
public final class CredentialIssuer {

    /** The only credential configuration: a micro-credential as SD-JWT VC. */
    public static final String CONFIGURATION_ID = "micro_credential_sd_jwt_vc";

    /** The grant type of the pre-authorized code flow. */
    public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

    /** The {@code typ} of a key proof JWT. */
    public static final String PROOF_TYPE = "openid4vci-proof+jwt";

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    /** The scope of the micro-credential configuration, for the authorization code flow. */
    public static final String SCOPE = "micro_credential";

    private static final Duration OFFER_LIFETIME = Duration.ofDays(7);

    private final String identifier;
    private final SdJwtVcIssuer issuer;
    private final Clock clock;
    private final int batchSize;
    private final @Nullable AuthorizationServer authorizationServer;
    private final AttestationVerifier attestations;
    private final @Nullable LearnerCredentials learners;
    private final DpopVerifier dpop;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
    private final Map<String, Grant> issuerStates = new ConcurrentHashMap<>();
    private final Map<String, Offer> offersByReference = new ConcurrentHashMap<>();

    private record Grant(MicroCredential credential, @Nullable String txCode, @Nullable StatusReference status, Instant expiry,
            @Nullable String jkt) {
        Grant(MicroCredential credential, @Nullable String txCode, @Nullable StatusReference status, Instant expiry) {
            this(credential, txCode, status, expiry, null);
        }
    }

    /**
     * An offer: the JSON the wallet reads, the {@code openid-credential-offer://} URI to show as a QR
     * code, and the transaction code to send the learner out of band.
     *
     * @param json the credential offer object
     * @param uri the offer by value
     * @param txCode the transaction code, if one is required
     */
    public record Offer(Map<String, Object> json, String uri, Optional<String> txCode) {

        /**
         * The offer URI as an SVG QR code, for a page the learner opens on another device than their wallet.
         *
         * @return the SVG document
         */
        public String qrCodeSvg() {
            return QrCodes.svg(uri);
        }
    }

    /**
     * An issuer.
     *
     * @param identifier the Credential Issuer Identifier (its HTTPS URL)
     * @param issuer signs the credentials
     * @param clock the clock
     * @param batchSize the most credentials one request may ask for (at least 2)
     */
    public CredentialIssuer(String identifier, SdJwtVcIssuer issuer, Clock clock, int batchSize) {
        this(identifier, issuer, clock, batchSize, null, AttestationVerifier.builder().clock(clock).build());
    }

    /**
     * An issuer with the authorization code flow and attestation checks.
     *
     * @param identifier the Credential Issuer Identifier (its HTTPS URL)
     * @param issuer signs the credentials
     * @param clock the clock
     * @param batchSize the most credentials one request may ask for (at least 2)
     * @param authorizationServer the authorization server of the authorization code flow, or {@code null} for the
     *     pre-authorized code flow only; the built-in {@link AuthorizationCodeServer} with this issuer's identifier shares
     *     its token endpoint
     * @param attestations checks key attestations in proofs (and the authorization server's wallet attestations)
     */
    public CredentialIssuer(String identifier, SdJwtVcIssuer issuer, Clock clock, int batchSize,
            @Nullable AuthorizationServer authorizationServer, AttestationVerifier attestations) {
        this(identifier, issuer, clock, batchSize, authorizationServer, attestations, null);
    }

    /**
     * An issuer that also serves wallet-initiated authorizations (OpenID4VCI 1.0 §5.1: an authorization request with
     * {@code scope} or {@code authorization_details} and no {@code issuer_state}): the authorization server
     * authenticates the learner, and the institution's {@link LearnerCredentials} says what that learner gets.
     *
     * @param identifier the Credential Issuer Identifier (its HTTPS URL)
     * @param issuer signs the credentials
     * @param clock the clock
     * @param batchSize the most credentials one request may ask for (at least 2)
     * @param authorizationServer the authorization server of the authorization code flow, or {@code null}
     * @param attestations checks key attestations in proofs (and the authorization server's wallet attestations)
     * @param learners the credential of an authenticated learner for wallet-initiated requests, or {@code null} to
     *     issue only from this issuer's offers ({@code credential_request_denied} otherwise)
     */
    public CredentialIssuer(String identifier, SdJwtVcIssuer issuer, Clock clock, int batchSize,
            @Nullable AuthorizationServer authorizationServer, AttestationVerifier attestations, @Nullable LearnerCredentials learners) {
        this.learners = learners;
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 2) {
            throw new IllegalArgumentException("batch_size is at least 2");
        }
        this.batchSize = batchSize;
        this.authorizationServer = authorizationServer;
        this.attestations = Objects.requireNonNull(attestations, "attestations");
        // The built-in server at this identifier shares the token endpoint, so one DPoP-Nonce and one jti memory serve both.
        this.dpop = authorizationServer instanceof AuthorizationCodeServer server && server.issuer().equals(identifier)
                ? server.dpop() : new DpopVerifier(clock);
    }

    /**
     * The Credential Issuer Metadata (§12.2), served at {@code /.well-known/openid-credential-issuer}.
     *
     * @return the metadata
     */
    public Map<String, Object> metadata() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("format", "dc+sd-jwt");
        configuration.put("scope", SCOPE);
        configuration.put("vct", MicroCredentialClaims.VCT);
        configuration.put("cryptographic_binding_methods_supported", List.of("jwk"));
        configuration.put("credential_signing_alg_values_supported", List.of("ES256", "EdDSA"));
        configuration.put("proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported", List.of("ES256", "EdDSA"))));
        List<Object> claims = new ArrayList<>();
        for (var element : io.github.microcredentials.core.model.AnnexElement.values()) {
            for (String name : MicroCredentialClaims.claimNames(element)) {
                claims.add(Map.of("path", List.of(name), "mandatory", element.isMandatory(),
                        "display", List.of(Map.of("name", element.title(), "locale", "en"))));
            }
        }
        configuration.put("credential_metadata", Map.of(
                "display", List.of(Map.of("name", "Micro-credential", "locale", "en")), "claims", claims));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("credential_issuer", identifier);
        m.put("credential_endpoint", identifier + "/credential");
        m.put("nonce_endpoint", identifier + "/nonce");
        if (authorizationServer != null && !authorizationServer.issuer().equals(identifier)) {
            m.put("authorization_servers", List.of(identifier, authorizationServer.issuer()));
        }
        m.put("batch_credential_issuance", Map.of("batch_size", (long) batchSize));
        m.put("credential_configurations_supported", Map.of(CONFIGURATION_ID, configuration));
        return m;
    }

    /**
     * The OAuth Authorization Server Metadata of the built-in pre-authorized code server (RFC 8414).
     *
     * @return the metadata
     */
    public Map<String, Object> authorizationServerMetadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean shared = authorizationServer != null && authorizationServer.issuer().equals(identifier);
        if (shared) {
            m.putAll(authorizationServer.metadata());
        }
        m.put("issuer", identifier);
        m.put("token_endpoint", identifier + "/token");
        m.put("grant_types_supported", shared ? List.of(AuthorizationCodeServer.GRANT, PRE_AUTHORIZED_GRANT) : List.of(PRE_AUTHORIZED_GRANT));
        m.put("pre-authorized_grant_anonymous_access_supported", true);
        m.put("dpop_signing_alg_values_supported", List.of("ES256", "EdDSA"));
        return m;
    }

    /**
     * The nonce to send as the {@code DPoP-Nonce} header of token and credential responses for pre-authorized tokens.
     *
     * @return the nonce
     */
    public String dpopNonce() {
        return dpop.nonce();
    }

    /**
     * Offers a credential with the authorization code grant: the wallet sends the offer's {@code issuer_state}
     * in its pushed authorization request, and the access token the learner authorizes gets this credential.
     *
     * @param credential the credential to issue
     * @param status its Token Status List entry, or {@code null}
     * @return the offer
     * @throws IllegalStateException if no authorization server is configured
     */
    public Offer offerWithAuthorizationCode(MicroCredential credential, @Nullable StatusReference status) {
        if (authorizationServer == null) {
            throw new IllegalStateException("no authorization server is configured for the authorization code flow");
        }
        purge();
        String issuerState = token();
        issuerStates.put(issuerState, new Grant(credential, null, status, clock.instant().plus(OFFER_LIFETIME)));
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("issuer_state", issuerState);
        if (!authorizationServer.issuer().equals(identifier)) {
            grant.put("authorization_server", authorizationServer.issuer());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("credential_issuer", identifier);
        json.put("credential_configuration_ids", List.of(CONFIGURATION_ID));
        json.put("grants", Map.of(AuthorizationCodeServer.GRANT, grant));
        return new Offer(json, byValue(json), Optional.empty());
    }

    /**
     * The same offer by reference: its JSON is kept here and served by {@link #offerByReference(String)} at
     * {@code <identifier>/offers/<id>}, and the URI carries only {@code credential_offer_uri} (shorter QR codes).
     *
     * @param offer an offer of this issuer
     * @return the offer with an {@code openid-credential-offer://?credential_offer_uri=...} URI
     */
    public Offer byReference(Offer offer) {
        purge();
        String id = token();
        offersByReference.put(id, offer);
        String uri = "openid-credential-offer://?credential_offer_uri="
                + java.net.URLEncoder.encode(identifier + "/offers/" + id, java.nio.charset.StandardCharsets.UTF_8);
        return new Offer(offer.json(), uri, offer.txCode());
    }

    /**
     * The credential offer JSON an offer by reference points to (answer 404 when empty).
     *
     * @param id the last path segment of the {@code credential_offer_uri}
     * @return the offer object, if known
     */
    public Optional<Map<String, Object>> offerByReference(String id) {
        purge();
        Offer offer = id == null ? null : offersByReference.get(id);
        return offer == null ? Optional.empty() : Optional.of(offer.json());
    }

    private static String byValue(Map<String, Object> json) {
        return "openid-credential-offer://?credential_offer="
                + java.net.URLEncoder.encode(Json.writeString(json), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Offers a credential with the pre-authorized code grant.
     *
     * @param credential the credential to issue
     * @param status its Token Status List entry, or {@code null}
     * @param requireTxCode whether the wallet must send a 6-digit transaction code
     * @return the offer
     */
    public Offer offer(MicroCredential credential, @Nullable StatusReference status, boolean requireTxCode) {
        purge();
        String code = token();
        String txCode = requireTxCode ? String.format("%06d", random.nextInt(1_000_000)) : null;
        codes.put(code, new Grant(credential, txCode, status, clock.instant().plus(CODE_LIFETIME)));
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("pre-authorized_code", code);
        if (txCode != null) {
            grant.put("tx_code", Map.of("input_mode", "numeric", "length", 6L,
                    "description", "The code sent to you by e-mail"));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("credential_issuer", identifier);
        json.put("credential_configuration_ids", List.of(CONFIGURATION_ID));
        json.put("grants", Map.of(PRE_AUTHORIZED_GRANT, grant));
        return new Offer(json, byValue(json), Optional.ofNullable(txCode));
    }

    /**
     * The Token Endpoint for the pre-authorized code grant.
     *
     * @param form the form parameters of the token request
     * @return the token response ({@code access_token}, {@code token_type}, {@code expires_in})
     * @throws IssuanceException {@code unsupported_grant_type}, {@code invalid_grant} (unknown, used or expired code, wrong
     *     {@code tx_code}), {@code invalid_request} (missing code or {@code tx_code})
     */
    public Map<String, Object> token(Map<String, String> form) throws IssuanceException {
        return token(form, null);
    }

    /**
     * The Token Endpoint: the pre-authorized code grant here, with a DPoP-bound token when the request
     * carries a {@code DPoP} proof; the authorization code grant goes to the built-in
     * {@link AuthorizationCodeServer} when it is this issuer's.
     *
     * @param form the form parameters of the token request
     * @param http the HTTP request (for its {@code DPoP} header), or {@code null} for a bearer token
     * @return the token response ({@code access_token}, {@code token_type} {@code Bearer} or {@code DPoP}, {@code expires_in})
     * @throws IssuanceException {@code unsupported_grant_type}, {@code invalid_grant}, {@code invalid_request},
     *     {@code invalid_dpop_proof}, {@code use_dpop_nonce} and, for the authorization code grant, the server's errors
     */
    public Map<String, Object> token(Map<String, String> form, @Nullable ResourceRequest http) throws IssuanceException {
        purge();
        if (AuthorizationCodeServer.GRANT.equals(form.get("grant_type")) && http != null
                && authorizationServer instanceof AuthorizationCodeServer server && server.issuer().equals(identifier)) {
            return server.token(form, http);
        }
        if (!PRE_AUTHORIZED_GRANT.equals(form.get("grant_type"))) {
            throw new IssuanceException(IssuanceError.badRequest("unsupported_grant_type", "only the pre-authorized code grant is supported"));
        }
        String code = form.get("pre-authorized_code");
        if (code == null) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_request", "pre-authorized_code is missing"));
        }
        // DPoP before the code is spent: a use_dpop_nonce answer is retried with the same code.
        String jkt = http != null && http.dpop() != null ? dpop.check(http, null, false) : null;
        Grant grant = codes.remove(code); // single use, even when the request then fails
        if (grant == null || grant.expiry().isBefore(clock.instant())) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_grant", "the pre-authorized code is unknown, used or expired"));
        }
        if (grant.txCode() != null) {
            String tx = form.get("tx_code");
            if (tx == null) {
                throw new IssuanceException(IssuanceError.badRequest("invalid_request", "tx_code is missing"));
            }
            if (!java.security.MessageDigest.isEqual(tx.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    grant.txCode().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw new IssuanceException(IssuanceError.badRequest("invalid_grant", "the tx_code is wrong"));
            }
        }
        String accessToken = token();
        tokens.put(accessToken, new Grant(grant.credential(), null, grant.status(), clock.instant().plus(TOKEN_LIFETIME), jkt));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", jkt == null ? "Bearer" : "DPoP");
        response.put("expires_in", TOKEN_LIFETIME.toSeconds());
        return response;
    }

    /**
     * The Nonce Endpoint: a fresh {@code c_nonce}, the only source of nonces for key proofs.
     *
     * @return {@code {"c_nonce": ...}}
     */
    public Map<String, Object> nonce() {
        purge();
        String nonce = token();
        Outstanding.makeRoom(nonces);
        nonces.put(nonce, clock.instant().plus(NONCE_LIFETIME));
        return Map.of("c_nonce", nonce);
    }

    /**
     * The Credential Endpoint: one credential per key proof, up to the batch size.
     *
     * @param accessToken the bearer access token
     * @param request the credential request JSON
     * @return the credential response ({@code credentials}: an array of {@code {"credential": ...}})
     * @throws IssuanceException {@code invalid_token}, {@code invalid_credential_request}, {@code unknown_credential_configuration},
     *     {@code invalid_proof}, {@code invalid_nonce}
     */
    public Map<String, Object> credential(String accessToken, Map<String, Object> request) throws IssuanceException {
        purge();
        Grant grant = accessToken == null ? null : tokens.get(accessToken);
        if (grant == null || grant.expiry().isBefore(clock.instant())) {
            throw new IssuanceException(new IssuanceError("invalid_token", "the access token is unknown or expired", 401));
        }
        if (grant.jkt() != null) {
            throw new IssuanceException(new IssuanceError("invalid_token", "the access token is DPoP-bound; send it with a DPoP proof",
                    401, Map.of("WWW-Authenticate", "DPoP error=\"invalid_token\"")));
        }
        Map<String, Object> response = issue(grant, request, List.of());
        tokens.remove(accessToken);
        return response;
    }

    /**
     * The Credential Endpoint for any access token: a pre-authorized token of this issuer ({@code Bearer}, or
     * {@code DPoP} with a proof carrying its {@code ath}), or one the {@link AuthorizationServer} accepts, whose
     * {@code issuer_state} names the offered credential.
     *
     * @param http the HTTP request, with its {@code Authorization} and {@code DPoP} headers
     * @param request the credential request JSON
     * @return the credential response
     * @throws IssuanceException as {@link #credential(String, Map)}, and {@code invalid_dpop_proof}, {@code use_dpop_nonce}
     */
    public Map<String, Object> credential(ResourceRequest http, Map<String, Object> request) throws IssuanceException {
        purge();
        String authorization = http.authorization();
        if (authorization == null) {
            throw new IssuanceException(new IssuanceError("invalid_token", "the Authorization header is missing", 401,
                    Map.of("WWW-Authenticate", "DPoP algs=\"ES256 EdDSA\"")));
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return credential(authorization.substring(7).trim(), request);
        }
        if (!authorization.regionMatches(true, 0, "DPoP ", 0, 5)) {
            throw new IssuanceException(new IssuanceError("invalid_token", "the Authorization scheme is neither DPoP nor Bearer", 401,
                    Map.of("WWW-Authenticate", "DPoP algs=\"ES256 EdDSA\"")));
        }
        String accessToken = authorization.substring(5).trim();
        Grant own = tokens.get(accessToken);
        if (own != null && own.jkt() != null && !own.expiry().isBefore(clock.instant())) {
            String jkt = dpop.check(http, accessToken, true);
            if (!own.jkt().equals(jkt)) {
                throw new IssuanceException(new IssuanceError("invalid_dpop_proof", "the DPoP proof's key is not the token's", 401,
                        Map.of("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\"")));
            }
            Map<String, Object> response = issue(own, request, List.of());
            tokens.remove(accessToken);
            return response;
        }
        if (authorizationServer == null) {
            throw new IssuanceException(new IssuanceError("invalid_token", "the access token is unknown or expired", 401,
                    Map.of("WWW-Authenticate", "DPoP error=\"invalid_token\"")));
        }
        AccessGrant access = authorizationServer.authorize(http);
        if (!access.scopes().contains(SCOPE) && !access.credentialIdentifiers().contains(CONFIGURATION_ID)) {
            throw new IssuanceException(new IssuanceError("insufficient_scope", "the access token grants neither the scope " + SCOPE
                    + " nor authorization details for " + CONFIGURATION_ID, 403));
        }
        Grant offered = access.issuerState() == null ? walletInitiated(access) : issuerStates.get(access.issuerState());
        if (offered == null || offered.expiry().isBefore(clock.instant())) {
            throw new IssuanceException(IssuanceError.badRequest("credential_request_denied",
                    "no credential is on offer for this authorization (issuer_state unknown, used or expired)"));
        }
        Map<String, Object> response = issue(offered, request, access.credentialIdentifiers());
        if (access.issuerState() != null) {
            issuerStates.remove(access.issuerState());
        }
        if (authorizationServer instanceof AuthorizationCodeServer server) {
            server.revoke(http);
        }
        return response;
    }

    /**
     * The credential of a wallet-initiated authorization (no {@code issuer_state}): the institution's answer for the
     * learner the authorization server authenticated.
     */
    private Grant walletInitiated(AccessGrant access) throws IssuanceException {
        if (learners == null) {
            throw new IssuanceException(IssuanceError.badRequest("credential_request_denied",
                    "this issuer issues only from its credential offers (the authorization has no issuer_state)"));
        }
        if (access.subject() == null) {
            throw new IssuanceException(IssuanceError.badRequest("credential_request_denied", "the authorization names no learner"));
        }
        Optional<LearnerCredentials.Entitlement> entitlement = learners.credentialFor(access);
        if (entitlement == null || entitlement.isEmpty()) {
            throw new IssuanceException(IssuanceError.badRequest("credential_request_denied",
                    "the institution has no micro-credential to issue to this learner"));
        }
        return new Grant(entitlement.get().credential(), null, entitlement.get().status(), access.expiry());
    }

    private Map<String, Object> issue(Grant grant, Map<String, Object> request, List<String> identifiers) throws IssuanceException {
        boolean byConfiguration = request.containsKey("credential_configuration_id");
        boolean byIdentifier = request.containsKey("credential_identifier");
        if (byConfiguration == byIdentifier) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_credential_request",
                    "exactly one of credential_configuration_id and credential_identifier is required"));
        }
        // OpenID4VCI 1.0 §8.2: credential_identifier when the token response named credential_identifiers, and only then
        if (!identifiers.isEmpty()) {
            if (!byIdentifier) {
                throw new IssuanceException(IssuanceError.badRequest("invalid_credential_request",
                        "the token response named credential_identifiers: request by credential_identifier"));
            }
            if (!identifiers.contains(request.get("credential_identifier"))) {
                throw new IssuanceException(IssuanceError.badRequest("unknown_credential_identifier",
                        "the credential_identifier is not one the access token grants"));
            }
        } else if (byIdentifier || !CONFIGURATION_ID.equals(request.get("credential_configuration_id"))) {
            throw new IssuanceException(IssuanceError.badRequest("unknown_credential_configuration",
                    "the credential configuration is not offered here"));
        }
        if (request.containsKey("proof")) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_credential_request", "OpenID4VCI 1.0 uses proofs, not proof"));
        }
        if (!(request.get("proofs") instanceof Map<?, ?> proofs) || proofs.size() != 1 || !(proofs.get("jwt") instanceof List<?> jwts)
                || jwts.isEmpty()) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_proof", "proofs must hold a non-empty jwt array"));
        }
        if (jwts.size() > batchSize) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_credential_request",
                    "at most " + batchSize + " proofs (batch_size)"));
        }
        List<VerificationKey> keys = new ArrayList<>();
        // The proofs of one request may share a c_nonce: a wallet signs its batch with the latest c_nonce it holds
        // (OpenID4VCI 1.0 §7.2; the working group's answer on batch requests). Each nonce is spent with the request,
        // even a refused one, so no proof of it can be replayed in another request.
        Set<String> seen = new LinkedHashSet<>();
        boolean fresh = true;
        try {
            for (Object jwt : jwts) {
                keys.add(checkProof(jwt, seen));
            }
        } finally {
            for (String nonce : seen) {
                fresh &= nonces.remove(nonce) != null;
            }
        }
        if (!fresh) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_nonce", "the proofs' nonce was used by another request; get a new c_nonce"));
        }
        List<Object> credentials = new ArrayList<>();
        for (VerificationKey key : keys) {
            try {
                credentials.add(Map.of("credential", issuer.issue(grant.credential(), key, grant.status())));
            } catch (SdJwtException e) {
                throw new IssuanceException(new IssuanceError("credential_request_denied", "the issuer cannot sign now", 500));
            }
        }
        return Map.of("credentials", credentials);
    }

    private VerificationKey checkProof(Object proof, Set<String> seen) throws IssuanceException {
        Jwts.Parsed jwt;
        try {
            jwt = Jwts.parse(proof);
        } catch (IllegalArgumentException e) {
            throw invalidProof("the proof cannot be read: " + e.getMessage());
        }
        Map<String, Object> header = jwt.header();
        Map<String, Object> claims = jwt.claims();
        if (!PROOF_TYPE.equals(header.get("typ"))) {
            throw invalidProof("the proof's typ is not " + PROOF_TYPE);
        }
        int keyRefs = (header.containsKey("kid") ? 1 : 0) + (header.containsKey("jwk") ? 1 : 0) + (header.containsKey("x5c") ? 1 : 0);
        if (keyRefs != 1) {
            throw invalidProof("the proof names its key with exactly one of kid, jwk and x5c");
        }
        if (!(header.get("jwk") instanceof Map<?, ?>)) {
            throw invalidProof("only jwk key proofs are supported (cryptographic_binding_methods_supported: jwk)");
        }
        VerificationKey key;
        try {
            key = Jwts.headerJwk(jwt);
        } catch (IllegalArgumentException e) {
            throw invalidProof("the proof's jwk cannot be used: " + e.getMessage());
        }
        if (!Jwts.verify(jwt, key)) {
            throw invalidProof("the proof's signature does not verify with its jwk");
        }
        if (!identifier.equals(claims.get("aud"))) {
            throw invalidProof("the proof's aud is not " + identifier);
        }
        if (!(claims.get("iat") instanceof Long iat) || Math.abs(iat - clock.instant().getEpochSecond()) > NONCE_LIFETIME.toSeconds()) {
            throw invalidProof("the proof's iat is missing or not recent");
        }
        attestations.checkKeyAttestation(header, key);
        Object nonce = claims.get("nonce");
        Instant expiry = nonce instanceof String n ? nonces.get(n) : null;
        if (expiry == null || expiry.isBefore(clock.instant())) {
            throw new IssuanceException(IssuanceError.badRequest("invalid_nonce", "the proof's nonce is missing, used or stale; get a new c_nonce"));
        }
        seen.add((String) nonce);
        return key;
    }

    private static IssuanceException invalidProof(String description) {
        return new IssuanceException(IssuanceError.badRequest("invalid_proof", description));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Digests.B64.encode(bytes);
    }

    private void purge() {
        Instant now = clock.instant();
        codes.values().removeIf(g -> g.expiry().isBefore(now));
        tokens.values().removeIf(g -> g.expiry().isBefore(now));
        nonces.values().removeIf(e -> e.isBefore(now));
        issuerStates.values().removeIf(g -> g.expiry().isBefore(now));
        // an offer by reference lives as long as the code or issuer_state it carries
        offersByReference.values().removeIf(o -> !live(o));
    }

    private boolean live(Offer offer) {
        Object grants = offer.json().get("grants");
        if (grants instanceof Map<?, ?> g) {
            if (g.get(PRE_AUTHORIZED_GRANT) instanceof Map<?, ?> pre) {
                return codes.containsKey(String.valueOf(pre.get("pre-authorized_code")));
            }
            if (g.get(AuthorizationCodeServer.GRANT) instanceof Map<?, ?> code) {
                return issuerStates.containsKey(String.valueOf(code.get("issuer_state")));
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "CredentialIssuer[" + identifier + "]";
    }
}
