package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The issue's "Bad input" list and the RFC 9901 §7 rules: each a problem with a code, never an exception, never VALID. */
class BadInputTest {

    private static final String AUD = "https://employer.example";
    private static final SigningKey ISSUER = SigningKey.generate(KeyType.P256);
    private static final SigningKey HOLDER = SigningKey.generate(KeyType.P256);

    private final SdJwtVerifier verifier = SdJwtVerifier.builder().issuerKey(ISSUER.publicKey()).build();

    private static String disclosure(Object... items) {
        return Digests.B64.encode(Json.write(List.of(items)));
    }

    private static String digest(String disclosure) {
        return Digests.SHA_256.digest(disclosure);
    }

    private static Map<String, Object> payload(List<String> sd) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("iss", "https://issuer.example");
        p.put("vct", MicroCredentialClaims.VCT);
        p.put("exp", Instant.now().plusSeconds(3600).getEpochSecond());
        p.put("_sd", sd);
        p.put("_sd_alg", "sha-256");
        return p;
    }

    private static String forge(Map<String, Object> payload, List<String> disclosures) throws Exception {
        return forge(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dc+sd-jwt")).build(), payload, disclosures);
    }

    private static String forge(JWSHeader header, Map<String, Object> payload, List<String> disclosures) throws Exception {
        String jwt = Jose.sign(header, Json.write(payload), ISSUER.signer());
        return new SdJwt(jwt, disclosures, Optional.empty()).serialize();
    }

    private SdJwtVerification assertRejected(String sdJwt, SdJwtCode code) {
        SdJwtVerification result = verifier.verify(sdJwt);
        assertThat(result.indication()).isNotEqualTo(Indication.VALID);
        assertThat(result.claims()).isEmpty();
        assertThat(result.problems()).extracting(SdJwtProblem::code).contains(code);
        return result;
    }

    @Test
    void wellFormedForgery_isTheBaseline() throws Exception {
        String d = disclosure("salt-1", "title", "A");
        assertThat(verifier.verify(forge(payload(List.of(digest(d))), List.of(d))).problems()).isEmpty();
    }

    @Test
    void issuerJwtWithoutTyp_isWrongTypeNotACrash() throws Exception {
        // Found by the sdJwt fuzz target: an absent typ reached Set.contains(null), and the backstop.
        String d = disclosure("salt-1", "title", "A");
        SdJwtVerification result = assertRejected(
                forge(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), payload(List.of(digest(d))), List.of(d)), SdJwtCode.WRONG_TYPE);
        assertThat(result.problems()).extracting(SdJwtProblem::code).doesNotContain(SdJwtCode.MALFORMED);
    }

    @Test
    void numericDatesBeyondWhatATimeCanHold_areMalformedNotACrash() throws Exception {
        String d = disclosure("salt-1", "title", "A");
        for (String claim : List.of("exp", "nbf")) {
            Map<String, Object> p = payload(List.of(digest(d)));
            p.put(claim, Long.MAX_VALUE);
            SdJwtVerification result = assertRejected(forge(p, List.of(d)), SdJwtCode.PAYLOAD_MALFORMED);
            assertThat(result.problems()).extracting(SdJwtProblem::code).doesNotContain(SdJwtCode.MALFORMED);
        }
    }

    @Test
    void disclosureOfTheWrongShape() throws Exception {
        for (String d : List.of(disclosure("s", "a", "b", "c"), disclosure("s"), Digests.B64.encode(Json.write(Map.of("a", 1))),
                disclosure(42, "title", "A"), disclosure("s", 7, "A"), disclosure("s", "_sd", "A"), disclosure("s", "...", "A"),
                "not base64!", Digests.B64.encode("[\"s\", \"a\", 1".getBytes(StandardCharsets.UTF_8)))) {
            assertRejected(forge(payload(List.of(digest(d))), List.of(d)), SdJwtCode.DISCLOSURE_MALFORMED);
        }
    }

    @Test
    void arrayElementDisclosureReferencedFromAnObject_isMalformed() throws Exception {
        String d = disclosure("s", "A");
        assertRejected(forge(payload(List.of(digest(d))), List.of(d)), SdJwtCode.DISCLOSURE_MALFORMED);
    }

    @Test
    void digestListedTwice() throws Exception {
        String d = disclosure("s", "title", "A");
        assertRejected(forge(payload(List.of(digest(d), digest(d))), List.of(d)), SdJwtCode.DIGEST_DUPLICATE);
    }

    @Test
    void disclosureSentTwice() throws Exception {
        String d = disclosure("s", "title", "A");
        assertRejected(forge(payload(List.of(digest(d))), List.of(d, d)), SdJwtCode.DISCLOSURE_DUPLICATE);
    }

    @Test
    void disclosureNotReferenced() throws Exception {
        String d = disclosure("s", "title", "A");
        String extra = disclosure("s2", "grade", "Pass");
        assertRejected(forge(payload(List.of(digest(d))), List.of(d, extra)), SdJwtCode.DISCLOSURE_UNREFERENCED);
    }

    @Test
    void sdInADisclosurePointingBackUp() throws Exception {
        String child = disclosure("s1", "x", 1);
        String parent = disclosure("s2", "parent", Map.of("_sd", List.of(digest(child))));
        assertRejected(forge(payload(List.of(digest(child), digest(parent))), List.of(child, parent)), SdJwtCode.DIGEST_DUPLICATE);
    }

    @Test
    void disclosedClaimOverwritingAPlainOne() throws Exception {
        String d = disclosure("s", "title", "B");
        Map<String, Object> p = payload(List.of(digest(d)));
        p.put("title", "A");
        assertRejected(forge(p, List.of(d)), SdJwtCode.CLAIM_NAME_CONFLICT);
    }

    @Test
    void unsupportedSdAlg() throws Exception {
        String d = disclosure("s", "title", "A");
        Map<String, Object> p = payload(List.of(digest(d)));
        p.put("_sd_alg", "md5");
        assertRejected(forge(p, List.of(d)), SdJwtCode.SD_ALG_UNSUPPORTED);
    }

    @Test
    void controlClaimsInDisclosures() throws Exception {
        for (String name : List.of("iss", "exp", "nbf", "cnf", "vct", "vct#integrity", "status")) {
            String d = disclosure("s", name, "x");
            Map<String, Object> p = payload(List.of(digest(d)));
            p.remove(name);
            assertRejected(forge(p, List.of(d)), SdJwtCode.NON_DISCLOSABLE_CLAIM);
        }
    }

    @Test
    void algNoneAndMacs() throws Exception {
        String d = disclosure("s", "title", "A");
        String body = Digests.B64.encode(Json.write(payload(List.of(digest(d)))));
        for (String alg : List.of("none", "HS256", "NONE")) {
            String header = Digests.B64.encode(("{\"alg\":\"" + alg + "\",\"typ\":\"dc+sd-jwt\"}").getBytes(StandardCharsets.UTF_8));
            assertRejected(header + "." + body + ".~" + d + "~", SdJwtCode.UNSUPPORTED_ALGORITHM);
            assertRejected(header + "." + body + ".c2ln~" + d + "~", SdJwtCode.UNSUPPORTED_ALGORITHM);
        }
    }

    @Test
    void algorithmNotTheKeys() throws Exception {
        String d = disclosure("s", "title", "A");
        String jwt = forge(payload(List.of(digest(d))), List.of(d));
        String[] parts = jwt.split("\\.", 2);
        String header = Digests.B64.encode("{\"alg\":\"ES384\",\"typ\":\"dc+sd-jwt\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected(header + "." + parts[1], SdJwtCode.SIGNATURE_INVALID);
    }

    @Test
    void critHeader() throws Exception {
        String d = disclosure("s", "title", "A");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dc+sd-jwt"))
                .criticalParams(java.util.Set.of("exp")).customParam("exp", 1).build();
        assertRejected(forge(header, payload(List.of(digest(d))), List.of(d)), SdJwtCode.UNSUPPORTED_CRITICAL_HEADER);
    }

    @Test
    void wrongType() throws Exception {
        String d = disclosure("s", "title", "A");
        assertRejected(forge(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                payload(List.of(digest(d))), List.of(d)), SdJwtCode.WRONG_TYPE);
    }

    @Test
    void tamperedSignatureAndTamperedDisclosure() throws Exception {
        String credential = SdJwtVcIssuer.builder(ISSUER.signer(), "https://issuer.example").build()
                .issue(Samples.microCredential(), HOLDER.publicKey(), null);
        SdJwt sdJwt = SdJwt.parse(credential);
        String jwt = sdJwt.issuerSignedJwt();
        char last = jwt.charAt(jwt.length() - 5);
        String badSig = jwt.substring(0, jwt.length() - 5) + (last == 'A' ? 'B' : 'A') + jwt.substring(jwt.length() - 4);
        assertRejected(new SdJwt(badSig, sdJwt.disclosures(), Optional.empty()).serialize(), SdJwtCode.SIGNATURE_INVALID);

        List<String> disclosures = new ArrayList<>(sdJwt.disclosures());
        @SuppressWarnings("unchecked")
        List<Object> items = new ArrayList<>((List<Object>) Json.parse(Digests.B64.decode(disclosures.get(0))));
        items.set(items.size() - 1, "tampered");
        disclosures.set(0, Digests.B64.encode(Json.write(items)));
        assertRejected(new SdJwt(jwt, disclosures, Optional.empty()).serialize(), SdJwtCode.DISCLOSURE_UNREFERENCED);
    }

    @Test
    void keyBindingOverAnotherSdHash() throws Exception {
        String credential = SdJwtVcIssuer.builder(ISSUER.signer(), "https://issuer.example").build()
                .issue(Samples.microCredential(), HOLDER.publicKey(), null);
        SdJwt presented = SdJwt.parse(SdJwtHolder.present(credential, List.of("title", "grade"), HOLDER.signer(), AUD, "n", Instant.now()));
        String dropped = new SdJwt(presented.issuerSignedJwt(), presented.disclosures().subList(0, 1), presented.keyBindingJwt()).serialize();

        SdJwtVerification result = verifier.verifyPresentation(dropped, AUD, "n");

        assertThat(result.indication()).isEqualTo(Indication.INVALID);
        assertThat(result.problems()).extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_SD_HASH);
    }

    @Test
    void keyBindingChecks() throws Exception {
        String credential = SdJwtVcIssuer.builder(ISSUER.signer(), "https://issuer.example").build()
                .issue(Samples.microCredential(), HOLDER.publicKey(), null);
        String good = SdJwtHolder.present(credential, List.of("title"), HOLDER.signer(), AUD, "n1", Instant.now());
        assertThat(verifier.verifyPresentation(good, AUD, "n1").isValid()).isTrue();

        assertThat(verifier.verifyPresentation(good, "https://other.example", "n1").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_AUDIENCE);
        assertThat(verifier.verifyPresentation(good, AUD, "stale").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_NONCE);
        String old = SdJwtHolder.present(credential, List.of("title"), HOLDER.signer(), AUD, "n1", Instant.now().minusSeconds(3600));
        assertThat(verifier.verifyPresentation(old, AUD, "n1").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_IAT);
        String otherKey = SdJwtHolder.present(credential, List.of("title"), SigningKey.generate(KeyType.P256).signer(), AUD, "n1", Instant.now());
        assertThat(verifier.verifyPresentation(otherKey, AUD, "n1").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_SIGNATURE);
        String none = SdJwtHolder.present(credential, List.of("title"));
        assertThat(verifier.verifyPresentation(none, AUD, "n1").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.KEY_BINDING_MISSING);
        assertThat(verifier.verify(good).isValid()).as("a key-bound presentation needs its audience").isFalse();
    }

    @Test
    void keyBindingJwtOfTheWrongType() throws Exception {
        String credential = SdJwtVcIssuer.builder(ISSUER.signer(), "https://issuer.example").build()
                .issue(Samples.microCredential(), HOLDER.publicKey(), null);
        SdJwt presented = SdJwt.parse(SdJwtHolder.present(credential, List.of("title")));
        Map<String, Object> kb = new LinkedHashMap<>();
        kb.put("iat", Instant.now().getEpochSecond());
        kb.put("aud", AUD);
        kb.put("nonce", "n");
        kb.put("sd_hash", Digests.SHA_256.digest(presented.withoutKeyBinding()));
        String kbJwt = Jose.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(), Json.write(kb), HOLDER.signer());
        String presentation = presented.withoutKeyBinding() + kbJwt;
        assertThat(verifier.verifyPresentation(presentation, AUD, "n").problems())
                .extracting(SdJwtProblem::code).containsExactly(SdJwtCode.WRONG_TYPE);
    }

    @Test
    void tenMegabyteToken() {
        String huge = "eyJhbGciOiJFUzI1NiJ9." + "A".repeat(10 * 1024 * 1024) + ".sig~";
        assertRejected(huge, SdJwtCode.TOO_LARGE);
    }

    @Test
    void duplicateJsonMembers_areMalformed() throws Exception {
        String header = Digests.B64.encode("{\"alg\":\"ES256\",\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected(header + ".e30.c2ln~", SdJwtCode.MALFORMED);
    }

    @Test
    void garbage_neverPassesNorThrows() throws Exception {
        String credential = SdJwtVcIssuer.builder(ISSUER.signer(), "https://issuer.example").build()
                .issue(Samples.microCredential(), HOLDER.publicKey(), null);
        Random random = new Random(7);
        for (String s : List.of("", "~", "~~~", "a.b.c", "a.b.c~", "..~", "eyJ9.eyJ9.~", "\u0000~\u0000")) {
            assertThat(verifier.verify(s).isValid()).isFalse();
        }
        for (int i = 0; i < 300; i++) {
            char[] chars = credential.toCharArray();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                chars[random.nextInt(chars.length)] = "~.AZaz09-_{}\"".charAt(random.nextInt(13));
            }
            String mutated = new String(chars);
            if (!mutated.equals(credential)) {
                SdJwtVerification result = verifier.verify(mutated);
                assertThat(result.problems()).as(mutated).isNotEmpty();
            }
        }
    }
}
