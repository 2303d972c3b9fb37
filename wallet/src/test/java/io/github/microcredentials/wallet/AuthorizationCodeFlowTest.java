package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.oid4vci.AttestationVerifier;
import io.github.microcredentials.wallet.oid4vci.AuthorizationCodeServer;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import io.github.microcredentials.wallet.oid4vci.IssuanceError;
import io.github.microcredentials.wallet.oid4vci.IssuanceException;
import io.github.microcredentials.wallet.oid4vci.LearnerCredentials;
import io.github.microcredentials.wallet.oid4vci.ResourceRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The authorization code flow of HAIP 1.0 against the issuer objects: PAR, PKCE S256, DPoP-bound tokens with
 * server nonces, wallet and key attestations; the wallet's side is {@link TestWallet}, written from the texts.
 */
class AuthorizationCodeFlowTest {

    private static final String ID = "https://www.ucn.dk";
    private static final String CLIENT = "wallet-client-1";
    private static final String REDIRECT = "https://wallet.example/cb";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra";
    /** The wallet provider, trusted for wallet and key attestations. */
    private static final TestIssuer PROVIDER = TestIssuer.OTHER;

    private final AttestationVerifier attestations = AttestationVerifier.builder().walletProviders(List.of(PROVIDER.root))
            .keyAttesters(List.of(PROVIDER.root)).build();
    private final AuthorizationCodeServer server = new AuthorizationCodeServer(ID, Set.of(CredentialIssuer.SCOPE), attestations, Clock.systemUTC());
    private final CredentialIssuer issuer = new CredentialIssuer(ID, TestIssuer.INSTANCE.issuer().build(), Clock.systemUTC(), 2, server,
            attestations);
    private final SigningKey dpopKey = SigningKey.generate(KeyType.P256);
    private final SigningKey instanceKey = SigningKey.generate(KeyType.P256);

    private static IssuanceError errorOf(OpenId4VciIssuerTest.ThrowingCall call) {
        try {
            call.run();
        } catch (IssuanceException e) {
            return e.error();
        } catch (Exception e) {
            throw new AssertionError("not an issuance error", e);
        }
        throw new AssertionError("no error");
    }

    private ResourceRequest post(String path, String dpop) throws Exception {
        return new ResourceRequest("POST", ID + path, null, dpop, TestWallet.walletAttestation(PROVIDER, CLIENT, instanceKey),
                TestWallet.attestationPop(instanceKey, ID));
    }

    private Map<String, String> par(String issuerState) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("response_type", "code");
        form.put("client_id", CLIENT);
        form.put("redirect_uri", REDIRECT);
        form.put("code_challenge", TestWallet.challenge(VERIFIER));
        form.put("code_challenge_method", "S256");
        form.put("scope", CredentialIssuer.SCOPE);
        form.put("state", "s-1");
        if (issuerState != null) {
            form.put("issuer_state", issuerState);
        }
        return form;
    }

    /** Runs the flow up to the redirect with the code; returns the code. */
    private String code(String issuerState) throws Exception {
        return code(par(issuerState), issuerState);
    }

    private String code(Map<String, String> form, String issuerState) throws Exception {
        Map<String, Object> par = server.pushedAuthorizationRequest(form, post("/par", null));
        String requestUri = (String) par.get("request_uri");
        AuthorizationCodeServer.PendingAuthorization pending = server.authorizationRequest(Map.of("client_id", CLIENT, "request_uri", requestUri));
        assertThat(pending.issuerState()).isEqualTo(issuerState);
        Map<String, String> redirect = TestWallet.query(server.approve(requestUri, "learner-42").toString());
        assertThat(redirect).containsEntry("state", "s-1").containsEntry("iss", ID);
        return redirect.get("code");
    }

    private Map<String, String> tokenForm(String code, String verifier) {
        return Map.of("grant_type", "authorization_code", "code", code, "code_verifier", verifier, "redirect_uri", REDIRECT,
                "client_id", CLIENT);
    }

    private String accessToken(String code) throws Exception {
        return (String) tokenResponse(code).get("access_token");
    }

    private Map<String, Object> tokenResponse(String code) throws Exception {
        IssuanceError noNonce = errorOf(() -> issuer.token(tokenForm(code, VERIFIER),
                post("/token", TestWallet.dpop(dpopKey, "POST", ID + "/token", null, null))));
        assertThat(noNonce.error()).isEqualTo("use_dpop_nonce");
        String nonce = noNonce.headers().get("DPoP-Nonce");
        Map<String, Object> token = issuer.token(tokenForm(code, VERIFIER), post("/token", TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null)));
        assertThat(token).containsEntry("token_type", "DPoP");
        return token;
    }

    private ResourceRequest credentialRequest(String accessToken, SigningKey key, String nonce, String ath) throws Exception {
        return new ResourceRequest("POST", ID + "/credential", "DPoP " + accessToken, TestWallet.dpop(key, "POST", ID + "/credential", nonce, ath));
    }

    private Map<String, Object> request(String proof) {
        return Map.of("credential_configuration_id", CredentialIssuer.CONFIGURATION_ID, "proofs", Map.of("jwt", List.of(proof)));
    }

    @Test
    void authorizationCodeFlow_withDpopAndAttestations_deliversAVerifiableCredential() throws Exception {
        CredentialIssuer.Offer offer = issuer.byReference(issuer.offerWithAuthorizationCode(Samples.microCredential(), null));
        assertThat(offer.uri()).startsWith("openid-credential-offer://?credential_offer_uri=");
        assertThat(offer.qrCodeSvg()).startsWith("<svg").contains("<path");
        String offerId = offer.uri().substring(offer.uri().lastIndexOf("%2F") + 3);
        Map<String, Object> json = issuer.offerByReference(offerId).orElseThrow();
        String issuerState = (String) ((Map<?, ?>) ((Map<?, ?>) json.get("grants")).get("authorization_code")).get("issuer_state");
        assertThat(issuer.authorizationServerMetadata()).containsEntry("require_pushed_authorization_requests", true)
                .containsEntry("code_challenge_methods_supported", List.of("S256"));

        String accessToken = accessToken(code(issuerState));
        SigningKey holder = SigningKey.generate(KeyType.P256);
        String proof = TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"),
                TestWallet.keyAttestation(PROVIDER, List.of(holder.publicKey())));
        String dpopNonce = server.dpopNonce();
        Map<String, Object> response = issuer.credential(credentialRequest(accessToken, dpopKey, dpopNonce, accessToken), request(proof));

        String credential = (String) ((Map<?, ?>) ((List<?>) response.get("credentials")).get(0)).get("credential");
        assertThat(TestIssuer.INSTANCE.verifier().build().verify(credential).isValid()).isTrue();
        assertThat(issuer.offerByReference(offerId)).as("the offer is used up").isEmpty();
        String again = TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"), null);
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, dpopNonce, accessToken), request(again))).error())
                .as("the token is spent").isEqualTo("invalid_token");
    }

    @Test
    void pushedAuthorizationRequest_refusesWhatHaipForbids() throws Exception {
        Map<String, String> plain = par(null);
        plain.put("code_challenge_method", "plain");
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(plain, post("/par", null))).error()).isEqualTo("invalid_request");
        Map<String, String> noChallenge = par(null);
        noChallenge.remove("code_challenge");
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(noChallenge, post("/par", null))).error()).isEqualTo("invalid_request");
        Map<String, String> otherScope = par(null);
        otherScope.put("scope", "openid admin");
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(otherScope, post("/par", null))).error()).isEqualTo("invalid_scope");
        assertThat(errorOf(() -> server.authorizationRequest(Map.of("client_id", CLIENT, "request_uri", "urn:ietf:params:oauth:request_uri:x")))
                .error()).as("a request URI that was never pushed").isEqualTo("invalid_request");
        Map<String, Object> pushed = server.pushedAuthorizationRequest(par(null), post("/par", null));
        assertThat(errorOf(() -> server.authorizationRequest(Map.of("client_id", "another", "request_uri", (String) pushed.get("request_uri"))))
                .error()).isEqualTo("invalid_request");
        server.approve((String) pushed.get("request_uri"), "learner");
        assertThat(errorOf(() -> server.approve((String) pushed.get("request_uri"), "learner")).error()).as("request URIs are single use")
                .isEqualTo("invalid_request");
    }

    @Test
    void walletAttestation_isCheckedWhenPresentedAndWhenRequired() throws Exception {
        ResourceRequest wrongAud = new ResourceRequest("POST", ID + "/par", null, null,
                TestWallet.walletAttestation(PROVIDER, CLIENT, instanceKey), TestWallet.attestationPop(instanceKey, "https://elsewhere.example"));
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(par(null), wrongAud)).error()).isEqualTo("invalid_client");
        ResourceRequest untrusted = new ResourceRequest("POST", ID + "/par", null, null,
                TestWallet.walletAttestation(TestIssuer.INSTANCE, CLIENT, instanceKey), TestWallet.attestationPop(instanceKey, ID));
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(par(null), untrusted)).error()).isEqualTo("invalid_client");
        ResourceRequest otherClient = new ResourceRequest("POST", ID + "/par", null, null,
                TestWallet.walletAttestation(PROVIDER, "someone-else", instanceKey), TestWallet.attestationPop(instanceKey, ID));
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(par(null), otherClient)).error()).isEqualTo("invalid_client");
        SigningKey thief = SigningKey.generate(KeyType.P256);
        ResourceRequest stolen = new ResourceRequest("POST", ID + "/par", null, null,
                TestWallet.walletAttestation(PROVIDER, CLIENT, instanceKey), TestWallet.attestationPop(thief, ID));
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(par(null), stolen)).error()).isEqualTo("invalid_client");

        AuthorizationCodeServer strict = new AuthorizationCodeServer(ID, Set.of(CredentialIssuer.SCOPE), AttestationVerifier.builder()
                .walletProviders(List.of(PROVIDER.root)).requireWalletAttestation(true).build(), Clock.systemUTC());
        assertThat(errorOf(() -> strict.pushedAuthorizationRequest(par(null), new ResourceRequest("POST", ID + "/par", null, null)))
                .error()).isEqualTo("invalid_client");
        assertThat(strict.pushedAuthorizationRequest(par(null), post("/par", null))).containsKey("request_uri");
    }

    @Test
    void tokenEndpoint_pkceCodeAndDpopErrors() throws Exception {
        String code = code(null);
        String nonce = server.dpopNonce();
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", null))).error()).as("no DPoP proof")
                .isEqualTo("invalid_dpop_proof");
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", TestWallet.dpop(dpopKey, "GET", ID + "/token", nonce, null))))
                .error()).as("htm").isEqualTo("invalid_dpop_proof");
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER),
                post("/token", TestWallet.dpop(dpopKey, "POST", "https://evil.example/token", nonce, null)))).error()).as("htu")
                .isEqualTo("invalid_dpop_proof");
        String wrongTyp = TestWallet.jwt(dpopKey, "JWT", Map.of("jwk", dpopKey.publicKey().jwk()),
                Map.of("jti", "1", "htm", "POST", "htu", ID + "/token", "iat", java.time.Instant.now().getEpochSecond(), "nonce", nonce));
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", wrongTyp))).error()).as("typ")
                .isEqualTo("invalid_dpop_proof");
        String stale = TestWallet.jwt(dpopKey, "dpop+jwt", Map.of("jwk", dpopKey.publicKey().jwk()),
                Map.of("jti", "2", "htm", "POST", "htu", ID + "/token", "iat", java.time.Instant.now().getEpochSecond() - 3600, "nonce", nonce));
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", stale))).error()).as("iat")
                .isEqualTo("invalid_dpop_proof");
        String none = io.github.microcredentials.wallet.internal.Digests.B64.encode("{\"alg\":\"none\",\"typ\":\"dpop+jwt\"}".getBytes()) + "."
                + io.github.microcredentials.wallet.internal.Digests.B64.encode("{}".getBytes()) + ".";
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", none))).error()).as("alg none")
                .isEqualTo("invalid_dpop_proof");
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER), post("/token", "x".repeat(10_000_000)))).error()).as("10 MB")
                .isEqualTo("invalid_dpop_proof");

        String wrongVerifier = VERIFIER.replace('d', 'e');
        assertThat(errorOf(() -> issuer.token(tokenForm(code, wrongVerifier),
                post("/token", TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null)))).error()).as("PKCE").isEqualTo("invalid_grant");
        assertThat(errorOf(() -> issuer.token(tokenForm(code, VERIFIER),
                post("/token", TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null)))).error()).as("the code was spent by the failed try")
                .isEqualTo("invalid_grant");

        String code2 = code(null);
        String proof = TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null);
        Map<String, Object> token = issuer.token(tokenForm(code2, VERIFIER), post("/token", proof));
        assertThat(token).containsEntry("token_type", "DPoP");
        String code3 = code(null);
        assertThat(errorOf(() -> issuer.token(tokenForm(code3, VERIFIER), post("/token", proof))).error()).as("jti replay")
                .isEqualTo("invalid_dpop_proof");
        assertThat(errorOf(() -> issuer.token(tokenForm(code2, VERIFIER),
                post("/token", TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null)))).error()).as("code reuse").isEqualTo("invalid_grant");
        String revoked = (String) token.get("access_token");
        assertThat(errorOf(() -> server.authorize(credentialRequest(revoked, dpopKey, nonce, revoked))).error())
                .as("a reused code revokes its token").isEqualTo("invalid_token");
    }

    @Test
    void credentialEndpoint_dpopBindingErrors() throws Exception {
        String accessToken = accessToken(code(issuer.offerWithAuthorizationCode(Samples.microCredential(), null).json().get("grants")
                instanceof Map<?, ?> g ? (String) ((Map<?, ?>) g.get("authorization_code")).get("issuer_state") : null));
        String nonce = server.dpopNonce();
        SigningKey holder = SigningKey.generate(KeyType.ED25519);
        Map<String, Object> req = request(TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"), null));
        IssuanceError noAth = errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, nonce, null), req));
        assertThat(noAth.error()).isEqualTo("invalid_dpop_proof");
        assertThat(noAth.httpStatus()).isEqualTo(401);
        assertThat(noAth.headers()).containsKey("WWW-Authenticate");
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, SigningKey.generate(KeyType.P256), nonce, accessToken), req))
                .error()).as("another key than the token's").isEqualTo("invalid_dpop_proof");
        assertThat(errorOf(() -> issuer.credential(new ResourceRequest("POST", ID + "/credential", "Bearer " + accessToken, null), req)).error())
                .as("a DPoP token used as a bearer token").isEqualTo("invalid_token");
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, "stale", accessToken), req)).error())
                .isEqualTo("use_dpop_nonce");

        Map<String, Object> unattested = request(TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"),
                TestWallet.keyAttestation(PROVIDER, List.of(SigningKey.generate(KeyType.P256).publicKey()))));
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), unattested)).error())
                .as("a key attestation not listing the proof's key").isEqualTo("invalid_proof");
        Map<String, Object> untrusted = request(TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"),
                TestWallet.keyAttestation(TestIssuer.INSTANCE, List.of(holder.publicKey()))));
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), untrusted)).error())
                .as("a key attestation from an untrusted attester").isEqualTo("invalid_proof");

        Map<String, Object> fine = request(TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"), null));
        assertThat(issuer.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), fine)).containsKey("credentials");
    }

    @Test
    void withoutIssuerState_nothingIsOnOffer() throws Exception {
        String accessToken = accessToken(code(null));
        String nonce = server.dpopNonce();
        Map<String, Object> req = request(TestWallet.proof(SigningKey.generate(KeyType.P256), ID, (String) issuer.nonce().get("c_nonce"), null));
        assertThat(errorOf(() -> issuer.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), req)).error())
                .isEqualTo("credential_request_denied");
    }

    /** The institution's records: learner-42 has the sample micro-credential, nobody else has one. */
    private final LearnerCredentials records = grant -> "learner-42".equals(grant.subject())
            ? Optional.of(new LearnerCredentials.Entitlement(Samples.microCredential(), null)) : Optional.empty();

    private final CredentialIssuer walletInitiated = new CredentialIssuer(ID, TestIssuer.INSTANCE.issuer().build(), Clock.systemUTC(), 2,
            server, attestations, records);

    @Test
    void walletInitiated_byScope_theInstitutionDecidesWhatTheLearnerGets() throws Exception {
        String accessToken = accessToken(code(null)); // approved for learner-42, no issuer_state
        String nonce = server.dpopNonce();
        SigningKey holder = SigningKey.generate(KeyType.P256);
        Map<String, Object> response = walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken),
                request(TestWallet.proof(holder, ID, (String) walletInitiated.nonce().get("c_nonce"), null)));

        String credential = (String) ((Map<?, ?>) ((List<?>) response.get("credentials")).get(0)).get("credential");
        SdJwtVerification verified = TestIssuer.INSTANCE.verifier().build().verify(credential);
        assertThat(verified.isValid()).isTrue();
        assertThat(verified.claims().orElseThrow()).containsKeys("title", "ects", "awardingBody");
        String again = TestWallet.proof(holder, ID, (String) walletInitiated.nonce().get("c_nonce"), null);
        assertThat(errorOf(() -> walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), request(again)))
                .error()).as("the token is spent").isEqualTo("invalid_token");
    }

    @Test
    void walletInitiated_forALearnerWithoutACredential_isDenied() throws Exception {
        Map<String, Object> pushed = server.pushedAuthorizationRequest(par(null), post("/par", null));
        Map<String, String> redirect = TestWallet.query(server.approve((String) pushed.get("request_uri"), "learner-7").toString());
        String accessToken = accessToken(redirect.get("code"));
        String nonce = server.dpopNonce();
        Map<String, Object> req = request(TestWallet.proof(SigningKey.generate(KeyType.P256), ID, (String) walletInitiated.nonce().get("c_nonce"),
                null));
        IssuanceError denied = errorOf(() -> walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), req));
        assertThat(denied.error()).isEqualTo("credential_request_denied");
        assertThat(denied.description()).contains("no micro-credential to issue to this learner");
    }

    @Test
    void walletInitiated_byAuthorizationDetails_requestsByCredentialIdentifier() throws Exception {
        Map<String, String> form = par(null);
        form.remove("scope");
        form.put("authorization_details", "[{\"type\":\"openid_credential\",\"credential_configuration_id\":\""
                + CredentialIssuer.CONFIGURATION_ID + "\"}]");
        Map<String, Object> token = tokenResponse(code(form, null));
        assertThat(token).doesNotContainKey("scope");
        assertThat(token.get("authorization_details")).isEqualTo(List.of(Map.of("type", "openid_credential",
                "credential_configuration_id", CredentialIssuer.CONFIGURATION_ID, "credential_identifiers", List.of(CredentialIssuer.CONFIGURATION_ID))));
        String accessToken = (String) token.get("access_token");
        String nonce = server.dpopNonce();
        SigningKey holder = SigningKey.generate(KeyType.P256);

        Map<String, Object> byConfiguration = request(TestWallet.proof(holder, ID, (String) walletInitiated.nonce().get("c_nonce"), null));
        assertThat(errorOf(() -> walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), byConfiguration))
                .error()).as("OpenID4VCI 1.0 §8.2: credential_identifier after authorization details").isEqualTo("invalid_credential_request");
        Map<String, Object> unknown = Map.of("credential_identifier", "another", "proofs", Map.of("jwt",
                List.of(TestWallet.proof(holder, ID, (String) walletInitiated.nonce().get("c_nonce"), null))));
        assertThat(errorOf(() -> walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), unknown)).error())
                .isEqualTo("unknown_credential_identifier");
        Map<String, Object> byIdentifier = Map.of("credential_identifier", CredentialIssuer.CONFIGURATION_ID, "proofs", Map.of("jwt",
                List.of(TestWallet.proof(holder, ID, (String) walletInitiated.nonce().get("c_nonce"), null))));
        Map<String, Object> response = walletInitiated.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), byIdentifier);
        String credential = (String) ((Map<?, ?>) ((List<?>) response.get("credentials")).get(0)).get("credential");
        assertThat(TestIssuer.INSTANCE.verifier().build().verify(credential).isValid()).isTrue();
    }

    @Test
    void pushedAuthorizationRequest_refusesAuthorizationDetailsItDoesNotGrant() throws Exception {
        for (String details : List.of("[{\"type\":\"other\"}]", "[]", "{}", "not json",
                "[{\"type\":\"openid_credential\",\"credential_configuration_id\":\"unknown\"}]")) {
            Map<String, String> form = par(null);
            form.remove("scope");
            form.put("authorization_details", details);
            assertThat(errorOf(() -> server.pushedAuthorizationRequest(form, post("/par", null))).error()).as(details)
                    .isEqualTo("invalid_authorization_details");
        }
        Map<String, String> neither = par(null);
        neither.remove("scope");
        assertThat(errorOf(() -> server.pushedAuthorizationRequest(neither, post("/par", null))).error()).isEqualTo("invalid_request");
    }

    @Test
    void preAuthorizedFlow_withDpop_bindsTheToken() throws Exception {
        CredentialIssuer.Offer offer = issuer.offer(Samples.microCredential(), null, false);
        String code = (String) ((Map<?, ?>) ((Map<?, ?>) offer.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT))
                .get("pre-authorized_code");
        String nonce = issuer.dpopNonce();
        Map<String, Object> token = issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT, "pre-authorized_code", code),
                new ResourceRequest("POST", ID + "/token", null, TestWallet.dpop(dpopKey, "POST", ID + "/token", nonce, null)));
        assertThat(token).containsEntry("token_type", "DPoP");
        String accessToken = (String) token.get("access_token");
        SigningKey holder = SigningKey.generate(KeyType.P256);
        Map<String, Object> req = request(TestWallet.proof(holder, ID, (String) issuer.nonce().get("c_nonce"), null));
        assertThat(errorOf(() -> issuer.credential(accessToken, req)).error()).isEqualTo("invalid_token");
        assertThat(issuer.credential(credentialRequest(accessToken, dpopKey, nonce, accessToken), req)).containsKey("credentials");
        assertThatThrownBy(() -> new CredentialIssuer(ID, TestIssuer.INSTANCE.issuer().build(), Clock.systemUTC(), 2)
                .offerWithAuthorizationCode(Samples.microCredential(), null)).isInstanceOf(IllegalStateException.class);
    }
}
