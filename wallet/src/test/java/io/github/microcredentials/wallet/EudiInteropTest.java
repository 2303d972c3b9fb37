package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.SigningKey;
import java.lang.reflect.Method;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import kotlin.coroutines.Continuation;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlin.jvm.functions.Function1;
import kotlin.jvm.functions.Function2;
import org.junit.jupiter.api.Test;

/**
 * The EU reference SD-JWT library (eudi-lib-jvm-sdjwt-kt 0.10.0, test scope) as an independent
 * party: it verifies our SD-JWT VCs, and we verify its presentations of them with its Key Binding JWT.
 * Its API is Kotlin (suspend functions returning {@code Result}, whose JVM names are mangled), so it is
 * called by reflection inside {@code runBlocking}.
 */
class EudiInteropTest {

    private static final String AUD = "https://employer.example";
    private static final Object OPS = field("eu.europa.ec.eudi.sdjwt.NimbusSdJwtOps", "INSTANCE");

    @Test
    void euLibraryVerifiesOurCredential() throws Exception {
        String credential = TestIssuer.INSTANCE.issuer().build().issue(Samples.microCredential(), null, null);
        Object verifier = invoke(OPS, "asJwtVerifier", new ECDSAVerifier((ECPublicKey) TestIssuer.INSTANCE.chain.get(0).getPublicKey()));

        Object sdJwt = success(suspend(OPS, "verify-0E7RQCE", verifier, credential));

        List<?> disclosures = (List<?>) invoke(sdJwt, "getDisclosures");
        assertThat(disclosures).hasSize(SdJwt.parse(credential).disclosures().size());

        Object wrongKey = invoke(OPS, "asJwtVerifier", new ECDSAVerifier((ECPublicKey) TestIssuer.OTHER.chain.get(0).getPublicKey()));
        boolean rejected;
        try {
            rejected = suspend(OPS, "verify-0E7RQCE", wrongKey, credential).toString().startsWith("Failure");
        } catch (Exception e) {
            // The library throws its own SdJwtVerificationException (checked, from Java's view); runBlocking rethrows it
            // either wrapped by the reflective call (IllegalStateException) or as it is, after its stack-trace recovery.
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            rejected = cause.getClass().getName().startsWith("eu.europa.ec.eudi.sdjwt");
        }
        assertThat(rejected).as("the EU library rejects our credential under another key").isTrue();
    }

    @Test
    void weVerifyTheEuLibrarysPresentationOfOurCredential() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair holder = generator.generateKeyPair();
        SigningKey holderKey = SigningKey.fromPkcs8Pem("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(holder.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        String credential = TestIssuer.INSTANCE.issuer().build().issue(Samples.microCredential(), holderKey.publicKey(), null);
        Object verifier = invoke(OPS, "asJwtVerifier", new ECDSAVerifier((ECPublicKey) TestIssuer.INSTANCE.chain.get(0).getPublicKey()));
        Object issued = success(suspend(OPS, "verify-0E7RQCE", verifier, credential));

        Class<?> claimPath = Class.forName("eu.europa.ec.eudi.sdjwt.vc.ClaimPath");
        Object companion = claimPath.getField("Companion").get(null);
        Method box = claimPath.getMethod("box-impl", List.class);
        Set<Object> paths = new java.util.HashSet<>();
        for (String claim : List.of("title", "ects", "awardingBody")) {
            paths.add(box.invoke(null, invoke(companion, "claim-uUEvKsk", claim)));
        }
        Object presented = OPS.getClass().getMethod("present", Class.forName("eu.europa.ec.eudi.sdjwt.SdJwt"), Set.class)
                .invoke(OPS, issued, paths);
        assertThat(presented).as("the EU library found the claims to present").isNotNull();

        ECKey holderJwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) holder.getPublic()).build();
        Function1<com.nimbusds.jwt.JWTClaimsSet.Builder, kotlin.Unit> claims = b -> {
            b.audience(AUD).claim("nonce", "eu-nonce").issueTime(Date.from(Instant.now()));
            return kotlin.Unit.INSTANCE;
        };
        Object buildKb = OPS.getClass().getMethod("kbJwtIssuer", com.nimbusds.jose.JWSSigner.class, JWSAlgorithm.class,
                com.nimbusds.jose.jwk.AsymmetricJWK.class, Function1.class)
                .invoke(OPS, new ECDSASigner((ECPrivateKey) holder.getPrivate()), JWSAlgorithm.ES256, holderJwk, claims);
        String presentation = (String) success(suspend(OPS, "serializeWithKeyBinding-0E7RQCE", presented, buildKb));

        SdJwtVerification result = TestIssuer.INSTANCE.verifier().build().verifyPresentation(presentation, AUD, "eu-nonce");

        assertThat(result.problems()).isEmpty();
        assertThat(result.isKeyBound()).isTrue();
        assertThat(result.claims().orElseThrow()).containsKeys("title", "ects", "awardingBody")
                .doesNotContainKeys("grade", "learner", "learningOutcomes");
        assertThat(TestIssuer.INSTANCE.verifier().build().verifyPresentation(presentation, AUD, "other").isValid()).isFalse();
    }

    private static Object field(String className, String name) {
        try {
            return Class.forName(className).getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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

    /** Calls a Kotlin suspend function to completion; returns its (boxed {@code kotlin.Result}) value. */
    private static Object suspend(Object target, String name, Object... args) throws Exception {
        Method method = null;
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length + 1) {
                Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
                Class<?>[] types = java.util.Arrays.copyOf(m.getParameterTypes(), args.length);
                if (accepts(types, args)) {
                    method = m;
                    break;
                }
            }
        }
        if (method == null) {
            throw new NoSuchMethodException(name);
        }
        Method call = method;
        Function2<Object, Continuation<? super Object>, Object> block = (scope, continuation) -> {
            Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
            all[args.length] = continuation;
            try {
                return call.invoke(target, all);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e.getCause() != null ? e.getCause() : e);
            }
        };
        return kotlinx.coroutines.BuildersKt.runBlocking(EmptyCoroutineContext.INSTANCE, block);
    }

    private static Object success(Object result) throws Exception {
        if (result instanceof kotlin.Result.Failure failure) {
            throw new AssertionError("the EU library failed: " + failure.exception, failure.exception);
        }
        if (result != null && result.getClass().getName().equals("kotlin.Result")) {
            Object value = result.getClass().getMethod("unbox-impl").invoke(result);
            if (value instanceof kotlin.Result.Failure failure) {
                throw new AssertionError("the EU library failed: " + failure.exception, failure.exception);
            }
            return value;
        }
        return result;
    }
}
