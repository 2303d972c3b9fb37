package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import eu.europa.ec.eudi.openid4vci.AccessTokenOption;
import eu.europa.ec.eudi.openid4vci.AuthorizeIssuance;
import eu.europa.ec.eudi.openid4vci.AuthorizeIssuanceConfig;
import eu.europa.ec.eudi.openid4vci.ClientAttestationPoPBuilder;
import eu.europa.ec.eudi.openid4vci.CredentialOffer;
import eu.europa.ec.eudi.openid4vci.CredentialOfferRequestResolver;
import eu.europa.ec.eudi.openid4vci.CredentialResponseEncryptionPolicy;
import eu.europa.ec.eudi.openid4vci.Issuer;
import eu.europa.ec.eudi.openid4vci.IssuerMetadataPolicy;
import eu.europa.ec.eudi.openid4vci.JwtBindingKey;
import eu.europa.ec.eudi.openid4vci.KeyGenerationConfig;
import eu.europa.ec.eudi.openid4vci.OpenId4VCIConfig;
import eu.europa.ec.eudi.openid4vci.ParUsage;
import eu.europa.ec.eudi.openid4vci.PopSigner;
import eu.europa.ec.eudi.openid4vci.RequestIssuance;
import eu.europa.ec.eudi.openid4vci.IssuedCredential;
import eu.europa.ec.eudi.openid4vci.SubmissionOutcome;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.oid4vci.AttestationVerifier;
import io.github.microcredentials.wallet.oid4vci.AuthorizationCodeServer;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlin.jvm.functions.Function2;
import org.junit.jupiter.api.Test;

/**
 * The EU reference OpenID4VCI client (eudi-lib-jvm-openid4vci-kt 0.7.1, test scope) as an independent wallet
 * driving our issuer over HTTP on a loopback server: offer by reference, issuer and authorization server
 * metadata, pre-authorized code with {@code tx_code} and DPoP at the token endpoint, {@code c_nonce} from the
 * Nonce Endpoint, a {@code jwt} key proof and the credential request. The library's API is Kotlin (suspend
 * functions, value classes with mangled JVM names), so the calls go by reflection inside {@code runBlocking}.
 */
class EudiClientTest {

    /** The EU client's wallet session on our issuer: the offer it resolved, its issuer object, the access it got. */
    private record Session(CredentialOffer offer, Issuer wallet, Object authorized) {
    }

    private static LoopbackIssuer server() throws java.io.IOException {
        return new LoopbackIssuer().serve(id -> new CredentialIssuer(id,
                SdJwtVcIssuer.builder(TestIssuer.INSTANCE.key.signer(), id).certificateChain(TestIssuer.INSTANCE.chain).build(),
                Clock.systemUTC(), 2));
    }

    /** Steps 1 to 3: offer by reference and metadata, the wallet's issuer session, the token request. */
    private static Session authorize(LoopbackIssuer server) throws Exception {
        CredentialIssuer issuer = server.issuer();
        CredentialIssuer.Offer offer = issuer.byReference(issuer.offer(Samples.microCredential(), null, true));
        CredentialOfferRequestResolver resolver = CredentialOfferRequestResolver.Companion.invoke(JdkKtorEngine.factory(),
                IssuerMetadataPolicy.IgnoreSigned.INSTANCE);
        CredentialOffer resolved = (CredentialOffer) success(suspend(CredentialOfferRequestResolver.class, resolver,
                "resolve-gIAlu-s", offer.uri()), server);

        Issuer wallet = wallet(resolved, server);
        Object authorized = success(suspend(AuthorizeIssuance.class, wallet, "authorizeWithPreAuthorizationCode-0E7RQCE",
                offer.txCode().orElseThrow(), AccessTokenOption.AsRequested.INSTANCE), server);
        return new Session(resolved, wallet, authorized);
    }

    /** The wallet's issuer session: DPoP with an ES256 key, a public client without wallet attestation. */
    private static Issuer wallet(CredentialOffer resolved, LoopbackIssuer server) throws Exception {
        ECKey dpopKey = new ECKeyGenerator(Curve.P_256).generate();
        OpenId4VCIConfig config = new OpenId4VCIConfig("eu-wallet", URI.create("https://wallet.example/cb"),
                KeyGenerationConfig.Companion.invoke(Curve.P_256, 2048), CredentialResponseEncryptionPolicy.SUPPORTED,
                AuthorizeIssuanceConfig.FAVOR_SCOPES, signer(dpopKey), ClientAttestationPoPBuilder.Companion.getDefault(),
                ParUsage.IfSupported, Clock.systemUTC(), IssuerMetadataPolicy.IgnoreSigned.INSTANCE);
        return (Issuer) success(call(Issuer.Companion.class, Issuer.Companion, "make-BWLJW6A", config, resolved,
                JdkKtorEngine.factory(), Issuer.Companion.getDefaultResponseEncryptionSpecFactory()), server);
    }

    /** Step 4: the Nonce Endpoint, one key proof per key, the credential request; the client's outcome. */
    private static Object request(LoopbackIssuer server, Session session, List<ECKey> holderKeys) throws Exception {
        Object payload = Class.forName("eu.europa.ec.eudi.openid4vci.IssuanceRequestPayload$ConfigurationBased")
                .getConstructor(String.class, kotlin.jvm.internal.DefaultConstructorMarker.class)
                .newInstance(CredentialIssuer.CONFIGURATION_ID, null);
        List<PopSigner.Jwt> signers = new ArrayList<>();
        for (ECKey key : holderKeys) {
            signers.add(signer(key));
        }
        kotlin.Pair<?, ?> result = (kotlin.Pair<?, ?>) success(suspend(RequestIssuance.class, session.wallet(), "request-BWLJW6A",
                session.authorized(), payload, signers), server);
        return result.getSecond();
    }

    private static PopSigner.Jwt signer(ECKey key) throws Exception {
        return PopSigner.Companion.jwtPopSigner(key, JWSAlgorithm.ES256, (JwtBindingKey) box(JwtBindingKey.Jwk.class, key.toPublicJWK()));
    }

    @Test
    void euClient_preAuthorizedFlowWithABatchOfTwo_getsCredentialsWeVerifyBoundToEachKey() throws Exception {
        try (LoopbackIssuer server = server()) {
            Session session = authorize(server);
            List<ECKey> holders = List.of(new ECKeyGenerator(Curve.P_256).generate(), new ECKeyGenerator(Curve.P_256).generate());

            Object outcome = request(server, session, holders);

            assertThat(outcome).as("the client's outcome; server log " + server.log).isInstanceOf(SubmissionOutcome.Success.class);
            List<IssuedCredential> issued = ((SubmissionOutcome.Success) outcome).getCredentials();
            assertThat(issued).hasSize(2);
            for (int i = 0; i < 2; i++) {
                String credential = (String) issued.get(i).getCredential().getClass().getMethod("getValue").invoke(issued.get(i).getCredential());
                assertThat(TestIssuer.INSTANCE.verifier().build().verify(credential).isValid()).isTrue();
                Map<String, Object> cnf = SignedJWT.parse(SdJwt.parse(credential).issuerSignedJwt()).getJWTClaimsSet().getJSONObjectClaim("cnf");
                @SuppressWarnings("unchecked")
                Map<String, Object> jwk = (Map<String, Object>) cnf.get("jwk");
                assertThat(JWK.parse(jwk).computeThumbprint()).as("credential %d is bound to the key of proof %d", i, i)
                        .isEqualTo(holders.get(i).computeThumbprint());
            }
            // Which parts of our issuer the client went through, in order (the retries are RFC 9449 server nonces):
            assertThat(server.log).extracting(line -> line.replaceAll("/offers/\\S+", "/offers/{id}").replaceAll(":.*", ""))
                    .containsExactly("GET /offers/{id} -> 200",
                            "GET /.well-known/openid-credential-issuer -> 200",
                            "GET /.well-known/oauth-authorization-server -> 200",
                            "POST /token -> 400 use_dpop_nonce",
                            "POST /token -> 200",
                            "POST /nonce -> 200",
                            "POST /credential -> 401 use_dpop_nonce",
                            "POST /credential -> 200");
        }
    }

    @Test
    void euClient_authorizationCodeFlowFromAnOffer_withParPkceAndDpop_getsCredentials() throws Exception {
        try (LoopbackIssuer server = new LoopbackIssuer()) {
            AttestationVerifier attestations = AttestationVerifier.builder().build();
            AuthorizationCodeServer authorization = new AuthorizationCodeServer(server.identifier(), Set.of(CredentialIssuer.SCOPE),
                    attestations, Clock.systemUTC());
            server.serve(id -> new CredentialIssuer(id,
                    SdJwtVcIssuer.builder(TestIssuer.INSTANCE.key.signer(), id).certificateChain(TestIssuer.INSTANCE.chain).build(),
                    Clock.systemUTC(), 2, authorization, attestations), authorization);
            CredentialIssuer issuer = server.issuer();
            CredentialIssuer.Offer offer = issuer.byReference(issuer.offerWithAuthorizationCode(Samples.microCredential(), null));
            CredentialOffer resolved = (CredentialOffer) success(suspend(CredentialOfferRequestResolver.class,
                    CredentialOfferRequestResolver.Companion.invoke(JdkKtorEngine.factory(), IssuerMetadataPolicy.IgnoreSigned.INSTANCE),
                    "resolve-gIAlu-s", offer.uri()), server);
            Issuer wallet = wallet(resolved, server);

            Object prepared = success(suspend(AuthorizeIssuance.class, wallet, "prepareAuthorizationRequest-gIAlu-s", (Object) null), server);
            java.net.URL authorize = (java.net.URL) prepared.getClass().getMethod("getAuthorizationCodeURL-DeKvJ4Q").invoke(prepared);
            // the learner's browser: to our /authorize (the institution's login), redirected back to the wallet with a code
            java.net.http.HttpResponse<String> redirect = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + authorize.getPort() + authorize.getFile())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(redirect.statusCode()).as("server log " + server.log).isEqualTo(302);
            Map<String, String> back = TestWallet.query(redirect.headers().firstValue("Location").orElseThrow());
            Object authorized = success(suspend(AuthorizeIssuance.class, wallet, "authorizeWithAuthorizationCode-ayz-8vI", prepared,
                    back.get("code"), back.get("state"), AccessTokenOption.AsRequested.INSTANCE), server);

            Object outcome = request(server, new Session(resolved, wallet, authorized),
                    List.of(new ECKeyGenerator(Curve.P_256).generate(), new ECKeyGenerator(Curve.P_256).generate()));
            assertThat(outcome).as("the client's outcome; server log " + server.log).isInstanceOf(SubmissionOutcome.Success.class);
            for (IssuedCredential c : ((SubmissionOutcome.Success) outcome).getCredentials()) {
                String credential = (String) c.getCredential().getClass().getMethod("getValue").invoke(c.getCredential());
                assertThat(TestIssuer.INSTANCE.verifier().build().verify(credential).isValid()).isTrue();
            }
            assertThat(server.log).anyMatch(line -> line.startsWith("POST /par -> 201")).anyMatch(line -> line.startsWith("GET /authorize -> 302"));
        }
    }

    /**
     * With one key the 0.7.1 client sends the single {@code proof} object of the drafts, which OpenID4VCI 1.0 removed
     * (§8.2 has {@code proofs} only): our issuer answers {@code invalid_credential_request} and is not bent to the draft.
     * The same single-key request in the 1.0 shape, from our test wallet, is served.
     */
    @Test
    void euClient_singleKey_sendsTheDraftsProofObject_whichOpenId4Vci10Removed() throws Exception {
        try (LoopbackIssuer server = server()) {
            Session session = authorize(server);

            Object outcome = request(server, session, List.of(new ECKeyGenerator(Curve.P_256).generate()));

            assertThat(outcome).isInstanceOf(SubmissionOutcome.Failed.class);
            assertThat(outcome.toString()).contains("error=invalid_credential_request", "OpenID4VCI 1.0 uses proofs, not proof");
            assertThat(server.log.get(server.log.size() - 1)).startsWith("POST /credential -> 400 invalid_credential_request");

            // the 1.0 shape of the same request, through the objects, on a fresh pre-authorized token
            CredentialIssuer issuer = server.issuer();
            CredentialIssuer.Offer offer = issuer.offer(Samples.microCredential(), null, false);
            String code = (String) ((Map<?, ?>) ((Map<?, ?>) offer.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT))
                    .get("pre-authorized_code");
            String token = (String) issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT, "pre-authorized_code", code))
                    .get("access_token");
            String proof = TestWallet.proof(SigningKey.generate(KeyType.P256), server.identifier(), (String) issuer.nonce().get("c_nonce"), null);
            Map<String, Object> response = issuer.credential(token, Map.of("credential_configuration_id", CredentialIssuer.CONFIGURATION_ID,
                    "proofs", Map.of("jwt", List.of(proof))));
            assertThat((List<?>) response.get("credentials")).hasSize(1);
        }
    }

    /**
     * OpenID4VCI 1.0 moved a configuration's {@code display} and {@code claims} under {@code credential_metadata}
     * (§12.2.4); the 0.7.1 client reads them at the configuration's top level, as the drafts had them, so it
     * resolves our metadata without error but sees no display and no claims. Everything it needs to issue
     * (endpoints, nonce endpoint, batch size, format, vct, scope, binding, proof types) it reads.
     */
    @Test
    void euClient_readsOurMetadata_butNotTheDisplayAndClaimsUnderCredentialMetadata() throws Exception {
        try (LoopbackIssuer server = server()) {
            Session session = authorize(server);
            String configuration = session.offer().getCredentialIssuerMetadata().getCredentialConfigurationsSupported().values().iterator()
                    .next().toString();

            assertThat(configuration).contains("scope=micro_credential", "type=" + MicroCredentialClaims.VCT, "algorithms=[ES256, EdDSA]",
                    "display=[]", "claims=[]");
            assertThat(session.offer().getCredentialIssuerMetadata().toString()).contains("nonceEndpoint=" + server.identifier() + "/nonce",
                    "batchSize=2");
            @SuppressWarnings("unchecked")
            Map<String, Object> ours = (Map<String, Object>) ((Map<String, Object>) server.issuer().metadata()
                    .get("credential_configurations_supported")).get(CredentialIssuer.CONFIGURATION_ID);
            @SuppressWarnings("unchecked")
            Map<String, Object> credentialMetadata = (Map<String, Object>) ours.get("credential_metadata");
            assertThat(credentialMetadata).containsKeys("display", "claims");
            assertThat((List<?>) credentialMetadata.get("claims")).isNotEmpty();
        }
    }

    private static Object box(Class<?> valueClass, Object value) throws Exception {
        for (Method m : valueClass.getMethods()) {
            if (m.getName().equals("box-impl")) {
                return m.invoke(null, value);
            }
        }
        throw new NoSuchMethodException(valueClass + ".box-impl");
    }

    /** The method of that name taking the arguments (and, for a suspend function, a trailing continuation). */
    private static Method method(Class<?> owner, String name, int parameters, Object... args) throws NoSuchMethodException {
        return Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters
                && accepts(m.getParameterTypes(), args)).findFirst().orElseThrow(() -> new NoSuchMethodException(owner + "." + name));
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object call(Class<?> owner, Object target, String name, Object... args) throws Exception {
        try {
            return method(owner, name, args.length, args).invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /** Calls a Kotlin suspend function to completion in {@code runBlocking}; returns what it returned. */
    private static Object suspend(Class<?> owner, Object target, String name, Object... args) throws Exception {
        Method method = method(owner, name, args.length + 1, args);
        Function2<Object, Continuation<? super Object>, Object> block = (scope, continuation) -> {
            Object[] all = Arrays.copyOf(args, args.length + 1);
            all[args.length] = continuation;
            try {
                return method.invoke(target, all);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        };
        return kotlinx.coroutines.BuildersKt.runBlocking(EmptyCoroutineContext.INSTANCE, block);
    }

    /** Unwraps a {@code kotlin.Result}; a failure is an assertion error naming the library's exception and the server log. */
    private static Object success(Object result, LoopbackIssuer server) throws Exception {
        Object value = result;
        if (value != null && value.getClass().getName().equals("kotlin.Result")) {
            value = value.getClass().getMethod("unbox-impl").invoke(value);
        }
        if (value instanceof kotlin.Result.Failure failure) {
            throw new AssertionError("the EU client failed: " + failure.exception + "\nserver: " + server.log, failure.exception);
        }
        return value;
    }
}
