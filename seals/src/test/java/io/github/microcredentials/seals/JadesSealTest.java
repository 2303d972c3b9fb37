package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SignatureAlgorithm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.testfixtures.TestPki;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** JAdES sealing and verification with the test PKI. */
class JadesSealTest {

    static final TestPki PKI = TestPki.INSTANCE;
    static final Clock CLOCK = Clock.fixed(TestPki.SIGNING_TIME, ZoneOffset.UTC);
    static final byte[] CREDENTIAL = ("{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],\"type\":[\"VerifiableCredential\"],"
            + "\"credentialSubject\":{\"name\":\"Zoë Müller\"}}").getBytes(StandardCharsets.UTF_8);

    static SealVerifier verifier() {
        return SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(CLOCK).build();
    }

    static JsonObject protectedHeader(byte[] sealed) throws Exception {
        JsonObject seal = StrictJson.parseObject(sealed);
        String encoded = seal.getJsonArray("signatures").getJsonObject(0).getString("protected");
        return StrictJson.parseObject(Multibase.decodeBase64url(encoded));
    }

    @Test
    void rs256BaselineB_verifiesAsIntactTrustedAndLevelB() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        SealReport report = verifier().verify(sealed);

        assertThat(report.problems()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.level()).contains(SealLevel.BASELINE_B);
        assertThat(report.levelName()).isEqualTo("JAdES-BASELINE-B");
        assertThat(report.signingTime()).contains(TestPki.SIGNING_TIME);
        assertThat(report.signer().flatMap(SealSubject::organisationName)).contains("Universiteit Test");
        assertThat(report.payload()).contains(new String(CREDENTIAL, StandardCharsets.UTF_8));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void seal_hasEdcHeaders_unencodedPayload_andIatNotSigT() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        JsonObject header = protectedHeader(sealed);
        JsonObject seal = StrictJson.parseObject(sealed);

        assertThat(header.keySet()).containsExactly("alg", "cty", "typ", "kid", "x5t#S256", "x5c", "iat", "b64", "crit");
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("typ")).isEqualTo("jose+json");
        assertThat(header.getJsonNumber("iat").longValue()).isEqualTo(TestPki.SIGNING_TIME.getEpochSecond());
        assertThat(header.getBoolean("b64")).isFalse();
        assertThat(JsonText.compact(header.get("crit"))).isEqualTo("[\"b64\"]");
        assertThat(header.getJsonArray("x5c")).hasSize(2);
        assertThat(seal.getString("payload").getBytes(StandardCharsets.UTF_8)).isEqualTo(CREDENTIAL);
        assertThat(seal.getJsonArray("signatures").getJsonObject(0).containsKey("header")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = SignatureAlgorithm.class, names = {"RS256", "PS256"})
    void rsaAlgorithms_verify(SignatureAlgorithm algorithm) throws Exception {
        byte[] sealed = JadesSealer.builder().algorithm(algorithm).clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        assertThat(protectedHeader(sealed).getString("alg")).isEqualTo(algorithm.jwsName());
        assertThat(verifier().verify(sealed).isValid()).isTrue();
    }

    @Test
    void es256_isTheDefaultForP256_andVerifies() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.ecSeal().signer());

        assertThat(protectedHeader(sealed).getString("alg")).isEqualTo("ES256");
        assertThat(verifier().verify(sealed).isValid()).isTrue();
    }

    @Test
    void oneByteChangeOfThePayload_isNotIntact() throws Exception {
        String sealed = new String(JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer()), StandardCharsets.UTF_8);

        SealReport report = verifier().verify(sealed.replace("Zoë", "Zoe").getBytes(StandardCharsets.UTF_8));

        assertThat(report.intact()).isFalse();
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.SIGNATURE_INVALID);
        assertThat(report.payload()).isEmpty();
    }

    @Test
    void baselineT_addsAVerifiedSignatureTimestamp() throws Exception {
        InProcessTsa tsa = new InProcessTsa(PKI.tsa(), CLOCK);
        byte[] sealed = JadesSealer.builder().level(SealLevel.BASELINE_T).tsa(tsa).clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        SealReport report = SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed);

        assertThat(tsa.requests).isEqualTo(1);
        assertThat(report.problems()).isEmpty();
        assertThat(report.level()).contains(SealLevel.BASELINE_T);
        assertThat(report.timestampTime()).contains(TestPki.SIGNING_TIME);
        assertThat(report.validationTime()).contains(TestPki.SIGNING_TIME);
    }

    @Test
    void timestampOfAnUntrustedAuthority_isAWarning_andNotUsedAsValidationTime() throws Exception {
        InProcessTsa tsa = new InProcessTsa(PKI.tsa(), CLOCK);
        byte[] sealed = JadesSealer.builder().level(SealLevel.BASELINE_T).tsa(tsa).clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        SealReport report = SealVerifier.builder().trustAnchors(PKI.root().chain()).timestampTrustAnchors(PKI.ecSeal().chain().subList(0, 1))
                .clock(Clock.fixed(TestPki.SIGNING_TIME.plusSeconds(3600), ZoneOffset.UTC)).build().verify(sealed);

        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).extracting(SealProblem::code).containsExactly(SealProblem.Code.TIMESTAMP_UNTRUSTED);
        assertThat(report.validationTime()).contains(TestPki.SIGNING_TIME.plusSeconds(3600));
    }

    @Test
    void twoStepSealing_withAnExternalSignatureValue_verifies() throws Exception {
        PreparedSeal prepared = JadesSealer.builder().clock(CLOCK).build().prepare(CREDENTIAL, PKI.rsaSeal().chain());
        byte[] value = PKI.rsaSeal().signer().sign(prepared.dataToBeSigned());

        byte[] sealed = prepared.complete(value);

        assertThat(verifier().verify(sealed).isValid()).isTrue();
        assertThatThrownBy(() -> prepared.complete(value)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoStepSealing_refusesAValueFromAnotherKey() throws Exception {
        PreparedSeal prepared = JadesSealer.builder().clock(CLOCK).build().prepare(CREDENTIAL, PKI.rsaSeal().chain());
        byte[] wrong = PKI.root().signer().sign(prepared.dataToBeSigned());

        assertThatThrownBy(() -> prepared.complete(wrong)).isInstanceOf(SigningException.class).hasMessageContaining("does not verify");
    }

    @Test
    void unknownCriticalHeader_isRejected() throws Exception {
        byte[] sealed = resealWithHeader("\"crit\":[\"b64\"]", "\"crit\":[\"b64\",\"exp\"],\"exp\":1");

        SealReport report = verifier().verify(sealed);

        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.UNSUPPORTED_CRITICAL_HEADER);
    }

    @Test
    void algorithmOutsideTheAllowList_isRejected() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        SealReport report = SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(CLOCK)
                .algorithms(Set.of(SignatureAlgorithm.ES256)).build().verify(sealed);

        assertThat(report.problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void noneAndHmac_areNeverAccepted() throws Exception {
        for (String alg : List.of("none", "HS256")) {
            byte[] sealed = resealWithHeader("\"alg\":\"RS256\"", "\"alg\":\"" + alg + "\"");
            assertThat(verifier().verify(sealed).problems()).extracting(SealProblem::code).containsExactly(SealProblem.Code.ALGORITHM_NOT_ALLOWED);
        }
    }

    @Test
    void withoutTrustAnchor_isIntactButUntrusted() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        SealReport report = SealVerifier.builder().clock(CLOCK).build().verify(sealed);

        assertThat(report.intact()).isTrue();
        assertThat(report.chainTrusted()).isFalse();
        assertThat(report.summary()).startsWith("INVALID (untrusted) JAdES-BASELINE-B seal by ");
    }

    @Test
    void afterTheCertificateExpired_isReportedExpired_unlessTheTimeIsPinned() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());
        Clock later = Clock.fixed(TestPki.NOT_AFTER.plusSeconds(86400), ZoneOffset.UTC);

        SealReport expired = SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(later).build().verify(sealed);
        SealReport pinned = SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(later).validationTime(TestPki.SIGNING_TIME).build().verify(sealed);

        assertThat(expired.problems()).extracting(SealProblem::code).contains(SealProblem.Code.CERTIFICATE_EXPIRED);
        assertThat(pinned.isValid()).isTrue();
    }

    @Test
    void malformedInput_isAReport_notAnException() {
        for (String input : List.of("", "{", "[]", "{\"payload\":\"x\"}", "{\"payload\":\"x\",\"signatures\":[{}, {}]}", "{\"a\":1,\"a\":2}")) {
            SealReport report = verifier().verify(input.getBytes(StandardCharsets.UTF_8));
            assertThat(report.isValid()).as(input).isFalse();
            assertThat(report.problems()).as(input).isNotEmpty();
        }
    }

    @Test
    void payloadWithEscapesControlsAndNonAscii_roundTripsByteForByte() throws Exception {
        byte[] payload = "{\n\t\"a\": \"q\\\"b\\\\c\\nd\\u0001 \u00e9\u4e2d\ud83d\ude00\"\r\n}".getBytes(StandardCharsets.UTF_8);

        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(payload, PKI.rsaSeal().signer());
        SealReport report = verifier().verify(sealed);

        assertThat(report.isValid()).isTrue();
        assertThat(report.payload().orElseThrow().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(StrictJson.parseObject(sealed).getString("payload").getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
    }

    @Test
    void sealer_refusesMalformedUtf8() {
        for (byte[] bad : List.of(new byte[] {'{', (byte) 0xc0, (byte) 0x80, '}'}, new byte[] {'{', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '}'},
                new byte[] {'{', (byte) 0xe2, (byte) 0x82, '}'})) {
            assertThatThrownBy(() -> JadesSealer.builder().build().seal(bad, PKI.rsaSeal().signer()))
                    .isInstanceOf(io.github.microcredentials.core.CredentialParseException.class).hasMessageContaining("UTF-8");
        }
    }

    @Test
    void sealer_refusesNonJson_andVerificationOnlyAlgorithms() {
        assertThatThrownBy(() -> JadesSealer.builder().build().seal("not json".getBytes(StandardCharsets.UTF_8), PKI.rsaSeal().signer()))
                .isInstanceOf(io.github.microcredentials.core.CredentialParseException.class);
        assertThatThrownBy(() -> JadesSealer.builder().algorithm(SignatureAlgorithm.RS512)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JadesSealer.builder().level(SealLevel.BASELINE_LTA)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JadesSealer.builder().level(SealLevel.BASELINE_T).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> JadesSealer.builder().algorithm(SignatureAlgorithm.ES256).build().prepare(CREDENTIAL, PKI.rsaSeal().chain()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Re-signs a seal with a changed protected header, as an attacker holding the key could. */
    static byte[] resealWithHeader(String from, String to) throws Exception {
        byte[] sealed = JadesSealer.builder().clock(CLOCK).build().seal(CREDENTIAL, PKI.rsaSeal().signer());
        JsonObject seal = StrictJson.parseObject(sealed);
        String header = new String(Multibase.decodeBase64url(seal.getJsonArray("signatures").getJsonObject(0).getString("protected")),
                StandardCharsets.UTF_8).replace(from, to);
        String encoded = Multibase.base64url(header.getBytes(StandardCharsets.UTF_8));
        byte[] input = (encoded + "." + seal.getString("payload")).getBytes(StandardCharsets.UTF_8);
        byte[] value = PKI.rsaSeal().signer().sign(input);
        return ("{\"payload\":" + JsonText.compact(seal.get("payload")) + ",\"signatures\":[{\"protected\":\"" + encoded
                + "\",\"signature\":\"" + Multibase.base64url(value) + "\"}]}").getBytes(StandardCharsets.UTF_8);
    }
}
