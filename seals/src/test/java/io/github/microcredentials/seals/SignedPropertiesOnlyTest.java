package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.testfixtures.TestPki;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 2: a seal reports only what its signature covers. An unsigned second
 * QualifyingProperties, an unsigned copy of a signed property, a second SigningTime, or JOSE
 * header parameters outside the protected header make the seal invalid; none of their values is
 * reported.
 */
class SignedPropertiesOnlyTest {

    private static final String FORGED = "2001-01-01T00:00:00Z";

    private static String xades() throws Exception {
        return new String(XadesSealTest.seal(), StandardCharsets.UTF_8);
    }

    private static SealReport verify(String document) {
        return XadesSealTest.verifier().verify(document.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefusedAndNotReported(SealReport report) {
        assertThat(report.isValid()).isFalse();
        assertThat(report.problems()).extracting(SealProblem::code).contains(SealProblem.Code.UNSAFE_STRUCTURE);
        assertThat(report.signingTime().filter(Instant.parse(FORGED)::equals)).isEmpty();
    }

    @Test
    void xades_secondUnsignedQualifyingPropertiesWithAForgedSigningTime_isInvalid() throws Exception {
        String sealed = xades();
        String prefix = sealed.replaceAll("(?s).*<(\\w+):QualifyingProperties.*", "$1");
        String target = sealed.replaceAll("(?s).*<\\w+:QualifyingProperties[^>]*Target=\"([^\"]+)\".*", "$1");
        String forged = "<ds:Object><" + prefix + ":QualifyingProperties xmlns:" + prefix + "=\"http://uri.etsi.org/01903/v1.3.2#\""
                + " Target=\"" + target + "\"><" + prefix + ":SignedProperties>"
                + "<" + prefix + ":SignedSignatureProperties><" + prefix + ":SigningTime>" + FORGED + "</" + prefix + ":SigningTime>"
                + "</" + prefix + ":SignedSignatureProperties></" + prefix + ":SignedProperties></" + prefix + ":QualifyingProperties></ds:Object>";
        assertThat(verify(sealed).signingTime()).contains(TestPki.SIGNING_TIME);

        String attacked = sealed.replace("</ds:Signature>", forged + "</ds:Signature>");

        assertRefusedAndNotReported(verify(attacked));
    }

    @Test
    void xades_secondSigningTimeInTheSignedProperties_isInvalid() throws Exception {
        String sealed = xades();
        String prefix = sealed.replaceAll("(?s).*<(\\w+):SigningTime>.*", "$1");

        String attacked = sealed.replaceFirst("</" + prefix + ":SigningTime>",
                "</" + prefix + ":SigningTime><" + prefix + ":SigningTime>" + FORGED + "</" + prefix + ":SigningTime>");

        SealReport report = verify(attacked);
        assertThat(report.isValid()).isFalse();
        assertThat(report.signingTime().filter(Instant.parse(FORGED)::equals)).isEmpty();
    }

    @Test
    void xades_unsignedCopyOfTheSigningTimeInUnsignedProperties_isInvalid() throws Exception {
        String sealed = xades();
        String prefix = sealed.replaceAll("(?s).*<(\\w+):SigningTime>.*", "$1");
        String unsigned = "<" + prefix + ":UnsignedProperties><" + prefix + ":UnsignedSignatureProperties><" + prefix + ":SigningTime>"
                + FORGED + "</" + prefix + ":SigningTime></" + prefix + ":UnsignedSignatureProperties></" + prefix + ":UnsignedProperties>";

        String attacked = sealed.replace("</" + prefix + ":QualifyingProperties>", unsigned + "</" + prefix + ":QualifyingProperties>");

        assertRefusedAndNotReported(verify(attacked));
    }

    @Test
    void xades_qualifyingPropertiesOnAPlainXmlSignature_areNotReported() throws Exception {
        // A seal whose SignedProperties no reference covers: whatever they say is unsigned.
        String sealed = xades();
        String withoutReference = sealed.replaceAll("(?s)<ds:Reference[^>]*Type=\"http://uri.etsi.org/01903#SignedProperties\".*?</ds:Reference>", "");

        SealReport report = verify(withoutReference);

        assertThat(report.isValid()).isFalse();
        assertThat(report.signingTime()).isEmpty();
    }

    @Test
    void jades_signingTimeOrCertificateInTheUnprotectedHeader_isInvalid() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(JadesSealTest.CLOCK).build().seal(JadesSealTest.CREDENTIAL, TestPki.INSTANCE.rsaSeal().signer());
        JsonObject seal = StrictJson.parseObject(sealed);
        JsonObject signature = seal.getJsonArray("signatures").getJsonObject(0);
        for (String member : new String[] {"sigT", "x5c", "kid", "iat"}) {
            JsonObject header = Json.createObjectBuilder(signature.containsKey("header") ? signature.getJsonObject("header")
                    : JsonObject.EMPTY_JSON_OBJECT).add(member, member.equals("x5c") ? Json.createArrayBuilder()
                            .add(Multibase.base64url(new byte[] {1, 2})).build() : Json.createValue(FORGED)).build();
            JsonObject attacked = Json.createObjectBuilder(seal).add("signatures", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder(signature).add("header", header))).build();

            SealReport report = JadesSealTest.verifier().verify(JsonText.pretty(attacked).getBytes(StandardCharsets.UTF_8));

            assertThat(report.isValid()).as(member).isFalse();
            // A member the protected header has too is malformed; any other is unsigned and unsafe.
            assertThat(report.problems()).as(member).extracting(SealProblem::code)
                    .containsAnyOf(SealProblem.Code.UNSAFE_STRUCTURE, SealProblem.Code.MALFORMED);
            assertThat(report.signingTime().filter(Instant.parse(FORGED)::equals)).as(member).isEmpty();
            // The content of a seal with an unsigned header parameter is not handed on, intact or not.
            assertThat(report.payload()).as(member).isEmpty();
        }
    }
}
