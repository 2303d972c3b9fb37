package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.wallet.oid4vci.AttestationVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlin.jvm.functions.Function2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Drives {@link WalletIssuerServer} over HTTP through both OpenID4VCI 1.0 flows with a test wallet written
 * from the specification texts (OpenID4VCI 1.0 §§4-8, RFC 9126 PAR, RFC 7636 PKCE, RFC 9449 DPoP) using only
 * the JDK for its JWTs, and has the EU reference SD-JWT library (eudi-lib-jvm-sdjwt-kt 0.10.0) verify each
 * delivered credential.
 */
class WalletIssuerServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String CLIENT = "test-wallet";
    private static final String REDIRECT = "https://wallet.example/callback";

    private static WalletIssuerServer server;
    private static Map<String, Object> issuerMetadata;
    private static Map<String, Object> asMetadata;

    private final KeyPair dpopKey = ec();
    private final KeyPair holderKey = ec();

    @BeforeAll
    static void start() throws Exception {
        server = WalletIssuerServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), AttestationVerifier.builder().build());
        issuerMetadata = get(server.identifier() + "/.well-known/openid-credential-issuer").json();
        asMetadata = get(server.identifier() + "/.well-known/oauth-authorization-server").json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void preAuthorizedCodeFlow_deliversACredentialTheEuLibraryVerifies() throws Exception {
        Map<String, Object> offer = offer("pre-authorized_code");
        Map<?, ?> grant = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) offer.get("offer")).get("grants"))
                .get("urn:ietf:params:oauth:grant-type:pre-authorized_code");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "urn:ietf:params:oauth:grant-type:pre-authorized_code");
        form.put("pre-authorized_code", (String) grant.get("pre-authorized_code"));
        form.put("tx_code", (String) offer.get("tx_code"));
        String accessToken = token(form);

        String credential = credential(accessToken);
        assertThat(euVerifies(credential)).isTrue();
        int sig = credential.indexOf('~') - 20; // a character inside the issuer JWT's signature
        String tampered = credential.substring(0, sig) + (credential.charAt(sig) == 'A' ? 'B' : 'A') + credential.substring(sig + 1);
        assertThat(euVerifies(tampered)).as("the EU library is not a rubber stamp").isFalse();

        Response reused = tokenRequest(form, dpop("POST", tokenEndpoint(), lastNonce, null));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json()).containsEntry("error", "invalid_grant");
    }

    @Test
    void authorizationCodeFlow_withParPkceAndDpop_deliversACredentialTheEuLibraryVerifies() throws Exception {
        Map<String, Object> offer = offer("authorization_code");
        String issuerState = (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) offer.get("offer")).get("grants")).get("authorization_code"))
                .get("issuer_state");
        assertThat(asMetadata).containsEntry("require_pushed_authorization_requests", true);
        assertThat(euVerifies(authorizationCodeFlow(issuerState))).isTrue();
    }

    @Test
    void walletInitiatedAuthorizationCodeFlow_withoutAnOffer_deliversTheLearnersCredential() throws Exception {
        assertThat(euVerifies(authorizationCodeFlow(null))).isTrue();
    }

    /** PAR (with the offer's issuer_state, or none when the wallet starts on its own), authorize, token, credential. */
    private String authorizationCodeFlow(String issuerState) throws Exception {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String verifier = B64.encodeToString(random);
        Map<String, String> par = new LinkedHashMap<>();
        par.put("response_type", "code");
        par.put("client_id", CLIENT);
        par.put("redirect_uri", REDIRECT);
        par.put("scope", scope());
        par.put("state", "st-" + UUID.randomUUID());
        par.put("code_challenge", B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII))));
        par.put("code_challenge_method", "S256");
        if (issuerState != null) {
            par.put("issuer_state", issuerState);
        }
        Response pushed = post((String) asMetadata.get("pushed_authorization_request_endpoint"), form(par), "application/x-www-form-urlencoded",
                Map.of());
        assertThat(pushed.status()).isEqualTo(201);
        String requestUri = (String) pushed.json().get("request_uri");

        Response authorize = get(asMetadata.get("authorization_endpoint") + "?client_id=" + enc(CLIENT) + "&request_uri=" + enc(requestUri));
        assertThat(authorize.status()).isEqualTo(302);
        Map<String, String> redirect = query(authorize.headers().get("Location").get(0));
        assertThat(redirect).containsEntry("state", par.get("state")).containsEntry("iss", (String) asMetadata.get("issuer"));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", redirect.get("code"));
        form.put("code_verifier", verifier);
        form.put("redirect_uri", REDIRECT);
        form.put("client_id", CLIENT);
        String accessToken = token(form);

        String credential = credential(accessToken);
        Response again = get(asMetadata.get("authorization_endpoint") + "?client_id=" + enc(CLIENT) + "&request_uri=" + enc(requestUri));
        assertThat(again.status()).as("a request URI is single use").isEqualTo(400);
        assertThat(again.json()).containsEntry("error", "invalid_request");
        return credential;
    }

    @Test
    void badRequests_getTheSpecificationsErrors() throws Exception {
        Response noToken = post((String) issuerMetadata.get("credential_endpoint"), "{}", "application/json", Map.of());
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json()).containsEntry("error", "invalid_token");
        Response badJson = post((String) issuerMetadata.get("credential_endpoint"), "{\"a\":", "application/json",
                Map.of("Authorization", "DPoP x"));
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json()).containsEntry("error", "invalid_request");
        Response plainPkce = post((String) asMetadata.get("pushed_authorization_request_endpoint"),
                "response_type=code&client_id=c&redirect_uri=https%3A%2F%2Fw.example%2Fcb&scope=" + scope()
                        + "&code_challenge=abc&code_challenge_method=plain", "application/x-www-form-urlencoded", Map.of());
        assertThat(plainPkce.json()).containsEntry("error", "invalid_request");
        Response badDpop = tokenRequest(Map.of("grant_type", "authorization_code", "code", "x", "code_verifier", "y".repeat(43),
                "redirect_uri", REDIRECT, "client_id", CLIENT), "not.a.jwt");
        assertThat(badDpop.json()).containsEntry("error", "invalid_dpop_proof");
        assertThat(get(server.identifier() + "/offers/unknown").status()).isEqualTo(404);
    }

    // ---- the test wallet ----

    private String lastNonce;

    private Map<String, Object> offer(String flow) throws Exception {
        Response created = post(server.identifier() + "/offers?flow=" + flow, "", "application/x-www-form-urlencoded", Map.of());
        assertThat(created.status()).isEqualTo(201);
        String uri = (String) created.json().get("uri");
        assertThat(uri).startsWith("openid-credential-offer://?credential_offer_uri=");
        assertThat((String) created.json().get("qr_code_svg")).startsWith("<svg");
        String offerUri = query(uri).get("credential_offer_uri");
        Map<String, Object> offer = get(offerUri).json();
        assertThat(offer).containsEntry("credential_issuer", server.identifier());
        assertThat(offer.get("credential_configuration_ids")).isEqualTo(List.of("micro_credential_sd_jwt_vc"));
        Map<String, Object> result = new LinkedHashMap<>(created.json());
        result.put("offer", offer);
        return result;
    }

    private String scope() {
        Map<?, ?> configurations = (Map<?, ?>) issuerMetadata.get("credential_configurations_supported");
        return (String) ((Map<?, ?>) configurations.get("micro_credential_sd_jwt_vc")).get("scope");
    }

    private static String tokenEndpoint() {
        return (String) asMetadata.get("token_endpoint");
    }

    /** RFC 9449 §8: the first try has no nonce; the server answers use_dpop_nonce with DPoP-Nonce, and the wallet retries. */
    private String token(Map<String, String> form) throws Exception {
        Response first = tokenRequest(form, dpop("POST", tokenEndpoint(), null, null));
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.json()).containsEntry("error", "use_dpop_nonce");
        lastNonce = first.headers().get("DPoP-Nonce").get(0);
        Response second = tokenRequest(form, dpop("POST", tokenEndpoint(), lastNonce, null));
        assertThat(second.status()).as(second.json().toString()).isEqualTo(200);
        assertThat(second.json()).containsEntry("token_type", "DPoP");
        lastNonce = second.headers().get("DPoP-Nonce").get(0);
        return (String) second.json().get("access_token");
    }

    private Response tokenRequest(Map<String, String> form, String dpop) throws Exception {
        return post(tokenEndpoint(), form(form), "application/x-www-form-urlencoded", Map.of("DPoP", dpop));
    }

    /** OpenID4VCI 1.0 §7 (Nonce Endpoint) and §8 (Credential Request with a jwt proof, §8.2.1.1). */
    private String credential(String accessToken) throws Exception {
        Response nonce = post((String) issuerMetadata.get("nonce_endpoint"), "", "application/x-www-form-urlencoded", Map.of());
        String cNonce = (String) nonce.json().get("c_nonce");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "ES256");
        header.put("typ", "openid4vci-proof+jwt");
        header.put("jwk", jwk((ECPublicKey) holderKey.getPublic()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", issuerMetadata.get("credential_issuer"));
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("nonce", cNonce);
        String proof = jwt(header, claims, holderKey);
        String body = JSON.writeValueAsString(Map.of("credential_configuration_id", "micro_credential_sd_jwt_vc",
                "proofs", Map.of("jwt", List.of(proof))));
        String endpoint = (String) issuerMetadata.get("credential_endpoint");
        Response response = post(endpoint, body, "application/json",
                Map.of("Authorization", "DPoP " + accessToken, "DPoP", dpop("POST", endpoint, lastNonce, accessToken)));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        List<?> credentials = (List<?>) response.json().get("credentials");
        assertThat(credentials).hasSize(1);
        return (String) ((Map<?, ?>) credentials.get(0)).get("credential");
    }

    private String dpop(String htm, String htu, String nonce, String accessToken) throws Exception {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "dpop+jwt");
        header.put("alg", "ES256");
        header.put("jwk", jwk((ECPublicKey) dpopKey.getPublic()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("htm", htm);
        claims.put("htu", htu);
        claims.put("iat", Instant.now().getEpochSecond());
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        if (accessToken != null) {
            claims.put("ath", B64.encodeToString(MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII))));
        }
        return jwt(header, claims, dpopKey);
    }

    /** A compact JWS with ES256 (RFC 7518 §3.4: the signature is R || S, as the JDK's P1363 format gives it). */
    private static String jwt(Map<String, Object> header, Map<String, Object> claims, KeyPair key) throws Exception {
        String input = B64.encodeToString(JSON.writeValueAsBytes(header)) + "." + B64.encodeToString(JSON.writeValueAsBytes(claims));
        Signature signature = Signature.getInstance("SHA256withECDSAinP1363Format");
        signature.initSign(key.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + B64.encodeToString(signature.sign());
    }

    private static Map<String, Object> jwk(ECPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("crv", "P-256");
        jwk.put("x", B64.encodeToString(unsigned(key.getW().getAffineX())));
        jwk.put("y", B64.encodeToString(unsigned(key.getW().getAffineY())));
        return jwk;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - n, out, 32 - n, n);
        return out;
    }

    private static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the EU library ----

    /**
     * The EU library verifies the credential's signature with the key of its x5c leaf; the leaf is checked to be
     * issued by the server's trust anchor here.
     */
    private static boolean euVerifies(String credential) throws Exception {
        String issuerJwt = credential.substring(0, credential.indexOf('~'));
        Map<?, ?> header = JSON.readValue(Base64.getUrlDecoder().decode(issuerJwt.substring(0, issuerJwt.indexOf('.'))), Map.class);
        assertThat(header.get("typ")).isEqualTo("dc+sd-jwt");
        List<?> x5c = (List<?>) header.get("x5c");
        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode((String) x5c.get(0))));
        leaf.verify(server.trustAnchor().getPublicKey());
        Object ops = Class.forName("eu.europa.ec.eudi.sdjwt.NimbusSdJwtOps").getField("INSTANCE").get(null);
        PublicKey leafKey = leaf.getPublicKey();
        Object nimbusVerifier = Class.forName("com.nimbusds.jose.crypto.ECDSAVerifier").getConstructor(ECPublicKey.class).newInstance(leafKey);
        Object verifier = invoke(ops, "asJwtVerifier", nimbusVerifier);
        Object result;
        try {
            result = suspend(ops, "verify-0E7RQCE", verifier, credential);
        } catch (Exception e) {
            // The library reports a refusal by throwing its own (checked, from Java's view) SdJwtVerificationException,
            // which runBlocking rethrows as it is; anything else is a failure of the test, not a refusal.
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            if (cause.getClass().getName().startsWith("eu.europa.ec.eudi.sdjwt")) {
                return false;
            }
            throw e;
        }
        Object value = result != null && result.getClass().getName().equals("kotlin.Result")
                ? result.getClass().getMethod("unbox-impl").invoke(result) : result;
        if (value instanceof kotlin.Result.Failure) {
            return false;
        }
        List<?> disclosures = (List<?>) invoke(value, "getDisclosures");
        assertThat(disclosures).as("the EU library read the disclosures").isNotEmpty();
        return credential.split("~").length - 1 == disclosures.size();
    }

    private static Object invoke(Object target, String name, Object... args) throws Exception {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m.getParameterTypes(), args)) {
                return m.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(name);
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Calls a Kotlin suspend function to completion; its exceptions may come out as they are (Kotlin has no checked exceptions). */
    private static Object suspend(Object target, String name, Object... args) throws Exception {
        Method method = null;
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length + 1
                    && accepts(Arrays.copyOf(m.getParameterTypes(), args.length), args)) {
                method = m;
                break;
            }
        }
        if (method == null) {
            throw new NoSuchMethodException(name);
        }
        Method call = method;
        Function2<Object, Continuation<? super Object>, Object> block = (scope, continuation) -> {
            Object[] all = Arrays.copyOf(args, args.length + 1);
            all[args.length] = continuation;
            try {
                return call.invoke(target, all);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
            }
        };
        return kotlinx.coroutines.BuildersKt.runBlocking(EmptyCoroutineContext.INSTANCE, block);
    }

    // ---- HTTP ----

    record Response(int status, Map<String, List<String>> headers, byte[] body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> json() throws IOException {
            return JSON.readValue(body, Map.class);
        }
    }

    private static Response get(String url) throws IOException {
        return send("GET", url, null, null, Map.of());
    }

    private static Response post(String url, String body, String contentType, Map<String, String> headers) throws IOException {
        return send("POST", url, body, contentType, headers);
    }

    private static Response send(String method, String url, String body, String contentType, Map<String, String> headers) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestMethod(method);
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", contentType);
            c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
        Map<String, List<String>> responseHeaders = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        c.getHeaderFields().forEach((k, v) -> {
            if (k != null) {
                responseHeaders.put(k, v);
            }
        });
        return new Response(status, responseHeaders, bytes);
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String uri) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : URI.create(uri).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
