package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.testfixtures.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import io.github.microcredentials.signing.Check;
import io.github.microcredentials.signing.Indication;
import org.junit.jupiter.api.Test;

/**
 * The JAdES forms other producers write (compact serialization, several signatures, the signing
 * certificate in {@code xVals}, detached {@code sigD} content), and the rules that keep them safe:
 * an unsigned certificate is used only when a signed digest names it, a detached reference is
 * intact only over the content supplied, every signature of a JWS must hold.
 */
class JadesFormsTest {

    static final TestPki PKI = TestPki.INSTANCE;
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PAYLOAD = "{\"credentialSubject\":{\"name\":\"Zoë\"}}".getBytes(StandardCharsets.UTF_8);

    static String der(X509Certificate certificate) throws Exception {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    static ObjectNode header(boolean x5c, boolean x5t) throws Exception {
        ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", "RS256");
        if (x5t) {
            header.put("x5t#S256", Multibase.base64url(MessageDigest.getInstance("SHA-256").digest(PKI.rsaSeal().certificate().getEncoded())));
        }
        if (x5c) {
            header.putArray("x5c").add(der(PKI.rsaSeal().certificate())).add(der(PKI.root().certificate()));
        }
        return header.put("iat", TestPki.SIGNING_TIME.getEpochSecond());
    }

    /** header.payload.signature over base64url parts. */
    static String[] sign(ObjectNode header, byte[] payload) throws Exception {
        String h = Multibase.base64url(JSON.writeValueAsBytes(header));
        String p = Multibase.base64url(payload);
        byte[] value = PKI.rsaSeal().signer().sign((h + "." + p).getBytes(StandardCharsets.US_ASCII));
        return new String[] {h, p, Multibase.base64url(value)};
    }

    static SealReport verify(String seal, List<DetachedContent> detached) {
        return JadesSealTest.verifier().verifyJades(seal.getBytes(StandardCharsets.UTF_8), detached);
    }

    @Test
    void compactSerialization_verifiesLikeTheJsonOne() throws Exception {
        String[] jws = sign(header(true, true), PAYLOAD);

        SealReport report = verify(String.join(".", jws) + "\n", List.of());

        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.payload()).contains(new String(PAYLOAD, StandardCharsets.UTF_8));
        assertThat(SealVerifier.looksLikeCompactJades(String.join(".", jws).getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void signingCertificateInXVals_isUsedWhenTheSignedX5tNamesIt() throws Exception {
        String[] jws = sign(header(false, true), PAYLOAD);
        String xVals = "{\"xVals\":[{\"x509Cert\":{\"val\":\"" + der(PKI.rsaSeal().certificate()) + "\"}}]}";
        String seal = "{\"payload\":\"" + jws[1] + "\",\"protected\":\"" + jws[0] + "\",\"header\":{\"etsiU\":[\""
                + Multibase.base64url(xVals.getBytes(StandardCharsets.UTF_8)) + "\"]},\"signature\":\"" + jws[2] + "\"}";

        SealReport report = verify(seal, List.of());

        assertThat(report.intact()).isTrue();
        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(report.signer().flatMap(SealSubject::organisationName)).contains("Universiteit Test");
    }

    @Test
    void certificateInXVals_withoutASignedReference_isNotTakenOnItsOwnWord() throws Exception {
        String[] jws = sign(header(false, false), PAYLOAD);
        String xVals = "{\"xVals\":[{\"x509Cert\":{\"val\":\"" + der(PKI.rsaSeal().certificate()) + "\"}}]}";
        String seal = "{\"payload\":\"" + jws[1] + "\",\"protected\":\"" + jws[0] + "\",\"header\":{\"etsiU\":[\""
                + Multibase.base64url(xVals.getBytes(StandardCharsets.UTF_8)) + "\"]},\"signature\":\"" + jws[2] + "\"}";

        SealReport report = verify(seal, List.of());

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.SIGNING_CERTIFICATE_MISSING);
    }

    @Test
    void critListingEtsiU_isAWarningByDefault_andThePolicyCanFailIt() throws Exception {
        ObjectNode header = header(true, true);
        header.putArray("crit").add("etsiU");
        String[] jws = sign(header, PAYLOAD);
        String seal = String.join(".", jws);

        SealReport report = verify(seal, List.of());

        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.VALID);
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(SealProblem.Code.ETSIU_IN_CRIT);
        assertThat(report.checks()).extracting(Check::code, Check::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ETSIU_IN_CRIT", Check.Severity.WARN));
        SealReport strict = SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(JadesSealTest.CLOCK).policy(SealPolicy.strict().with(SealProblem.Code.ETSIU_IN_CRIT, SealPolicy.Level.FAIL))
                .build().verifyJades(seal.getBytes(StandardCharsets.US_ASCII));
        assertThat(strict.intact()).isTrue();
        assertThat(strict.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(strict.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.ETSIU_IN_CRIT);
        assertThat(strict.payload()).as("content only when valid").isEmpty();
    }

    @Test
    void validationDataTimestamps_sigRTstAndRfsTst_areRecognisedNotRefused() throws Exception {
        String[] jws = sign(header(true, true), PAYLOAD);
        String token = Base64.getEncoder().encodeToString("not checked".getBytes(StandardCharsets.US_ASCII));
        StringBuilder etsiU = new StringBuilder();
        for (String name : List.of("sigRTst", "rfsTst")) {
            String component = "{\"" + name + "\":{\"tstTokens\":[{\"val\":\"" + token + "\"}]}}";
            etsiU.append(etsiU.length() == 0 ? "\"" : ",\"").append(Multibase.base64url(component.getBytes(StandardCharsets.UTF_8))).append('"');
        }
        String seal = "{\"payload\":\"" + jws[1] + "\",\"protected\":\"" + jws[0] + "\",\"header\":{\"etsiU\":[" + etsiU
                + "]},\"signature\":\"" + jws[2] + "\"}";

        SealReport report = verify(seal, List.of());

        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.VALID);
        assertThat(report.checks()).isEmpty();
        assertThat(report.levelName()).isEqualTo("JAdES-BASELINE-B");
    }

    @Test
    void anUnreadableXValsCertificate_isAWarningTheVerifierNames() throws Exception {
        String[] jws = sign(header(true, true), PAYLOAD);
        String xVals = "{\"xVals\":[{\"x509Cert\":{\"val\":\"AAAA\"}}]}";
        String seal = "{\"payload\":\"" + jws[1] + "\",\"protected\":\"" + jws[0] + "\",\"header\":{\"etsiU\":[\""
                + Multibase.base64url(xVals.getBytes(StandardCharsets.UTF_8)) + "\"]},\"signature\":\"" + jws[2] + "\"}";

        SealReport report = verify(seal, List.of());

        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.VALID);
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(SealProblem.Code.CERTIFICATE_UNREADABLE);
    }

    @Test
    void aCertificateReferenceBySha1_isIntactNotAccepted_andThePolicyCanRelaxIt() throws Exception {
        ObjectNode header = header(true, false);
        header.putObject("x5t#o").put("digAlg", "http://www.w3.org/2000/09/xmldsig#sha1")
                .put("digVal", Multibase.base64url(MessageDigest.getInstance("SHA-1").digest(PKI.rsaSeal().certificate().getEncoded())));
        String seal = String.join(".", sign(header, PAYLOAD));

        SealReport report = verify(seal, List.of());

        assertThat(report.intact()).isTrue();
        assertThat(report.indication()).as(report.toString()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.LEGACY_ALGORITHM);
        assertThat(report.problems().get(0).location()).isEqualTo("protected/x5t#o");
        SealReport archive = SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(JadesSealTest.CLOCK)
                .policy(SealPolicy.strict().with(SealProblem.Code.LEGACY_ALGORITHM, SealPolicy.Level.WARN)).build()
                .verifyJades(seal.getBytes(StandardCharsets.US_ASCII));
        assertThat(archive.indication()).isEqualTo(Indication.VALID);
        assertThat(archive.payload()).contains(new String(PAYLOAD, StandardCharsets.UTF_8));
        assertThat(archive.levelName()).isEqualTo("JAdES-BASELINE-B");
    }

    @Test
    void generalSerialization_everySignatureMustHold() throws Exception {
        String[] one = sign(header(true, true), PAYLOAD);
        String[] two = sign(header(true, true).put("typ", "jose+json"), PAYLOAD);
        String good = "{\"protected\":\"" + one[0] + "\",\"signature\":\"" + one[2] + "\"}";
        String forged = "{\"protected\":\"" + two[0] + "\",\"signature\":\"" + one[2] + "\"}";

        SealReport both = verify("{\"payload\":\"" + one[1] + "\",\"signatures\":[" + good + ",{\"protected\":\"" + two[0]
                + "\",\"signature\":\"" + two[2] + "\"}]}", List.of());
        SealReport oneForged = verify("{\"payload\":\"" + one[1] + "\",\"signatures\":[" + good + "," + forged + "]}", List.of());

        assertThat(both.isValid()).as(both.toString()).isTrue();
        assertThat(oneForged.intact()).isFalse();
        assertThat(oneForged.payload()).isEmpty();
        assertThat(oneForged.problems()).extracting(SealProblem::location).contains("signatures/1/signature");
    }

    @Test
    void detachedSigD_isIntactOnlyOverTheSuppliedContent() throws Exception {
        byte[] document = "detached document".getBytes(StandardCharsets.UTF_8);
        ObjectNode header = header(true, true);
        header.putObject("sigD").put("mId", "http://uri.etsi.org/19182/ObjectIdByURIHash").put("hashM", "S256")
                .<ObjectNode>set("pars", JsonNodeFactory.instance.arrayNode().add("https://example.org/doc%201.txt"))
                .set("hashV", JsonNodeFactory.instance.arrayNode().add(Multibase.base64url(MessageDigest.getInstance("SHA-256")
                        .digest(Multibase.base64url(document).getBytes(StandardCharsets.US_ASCII)))));
        header.putArray("crit").add("sigD");
        String[] jws = sign(header, new byte[0]);
        String seal = jws[0] + ".." + jws[2];

        SealReport supplied = verify(seal, List.of(new DetachedContent("https://example.org/doc 1.txt", document)));
        SealReport missing = verify(seal, List.of());
        SealReport changed = verify(seal, List.of(new DetachedContent("https://example.org/doc 1.txt",
                "detached documenT".getBytes(StandardCharsets.UTF_8))));

        assertThat(supplied.isValid()).as(supplied.toString()).isTrue();
        assertThat(supplied.payload()).isEmpty();
        assertThat(missing.intact()).isFalse();
        assertThat(missing.problems()).extracting(SealProblem::code).contains(SealProblem.Code.REFERENCE_INVALID);
        assertThat(changed.intact()).isFalse();
    }

    @Test
    void unknownCriticalHeader_inACompactSeal_failsAndHidesThePayload() throws Exception {
        ObjectNode header = header(true, true).put("x-policy", "strict");
        header.putArray("crit").add("x-policy");
        String[] jws = sign(header, PAYLOAD);

        SealReport report = verify(String.join(".", jws), List.of());

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.UNSUPPORTED_CRITICAL_HEADER);
        assertThat(report.payload()).isEmpty();
    }

    @Test
    void embeddedJwk_isNeverUsedAsTheKey() throws Exception {
        ObjectNode header = header(false, false);
        header.putObject("jwk").put("kty", "RSA").put("n", "AQAB").put("e", "AQAB");
        String[] jws = sign(header, PAYLOAD);

        SealReport report = verify(String.join(".", jws), List.of());

        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.SIGNING_CERTIFICATE_MISSING);
    }
}
