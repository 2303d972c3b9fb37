package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 12, item 1: a credential signed with an RDF-canonicalized suite and rewritten into an
 * RDF-equivalent form that hides a date (or another member) from the JSON readers keeps a valid
 * signature; the verifier must refuse it rather than report VALID. Each case here verified VALID
 * before the plain-form check.
 */
class PlainFormTest {

    private static final String CRED = "https://www.w3.org/2018/credentials#";
    private static final String SEC = "https://w3id.org/security#";
    private static final String XSD_DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";
    private static final Clock NOW = TestSupport.clockAt("2027-01-01T00:00:00Z");
    private static final String PAST = "2026-12-01T00:00:00Z";
    private static final String FUTURE = "2027-06-01T00:00:00Z";

    /** Signs with the proof created at {@code created}; the verifier runs at {@link #NOW}. */
    private static JsonObject signed(Cryptosuite suite, JsonObject credential, String created) throws Exception {
        SigningKey key = DataIntegrityVerifierTest.keyFor(suite);
        JsonObject withIssuer = StrictJson.PROVIDER.createObjectBuilder(credential).add("issuer", key.publicKey().did().toString()).build();
        byte[] bytes = DataIntegritySigner.builder(suite, key.signer()).contexts(TestSupport.CONTEXTS).clock(TestSupport.clockAt(created))
                .build().sign(TestSupport.toBytes(withIssuer));
        return StrictJson.parseObject(bytes);
    }

    private static JsonObject vc2(String validFrom, String validUntil) {
        JsonObjectBuilder c = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("id", "urn:uuid:8f5f7a34-4c5a-4c7e-9b1f-0c7bb2a1c001")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("validFrom", validFrom);
        if (validUntil != null) {
            c.add("validUntil", validUntil);
        }
        return c.add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:learner").add("name", "Alice")).build();
    }

    private static VerificationReport verify(JsonObject document) {
        return DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(NOW).build()
                .verify(JsonText.pretty(document).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject move(JsonObject document, String member, UnaryOperator<JsonObjectBuilder> put) {
        return put.apply(StrictJson.PROVIDER.createObjectBuilder(document).remove(member)).build();
    }

    private static JsonObject typed(String date) {
        return Json.createObjectBuilder().add("@value", date).add("@type", XSD_DATE_TIME).build();
    }

    private static JsonObject proof(JsonObject document) {
        return document.getJsonArray("proof").getJsonObject(0);
    }

    private static JsonObject withProof(JsonObject document, JsonObject proof) {
        return StrictJson.PROVIDER.createObjectBuilder(document).add("proof", Json.createArrayBuilder().add(proof)).build();
    }

    @ParameterizedTest
    @EnumSource(value = Cryptosuite.class, names = {"EDDSA_RDFC_2022", "ECDSA_RDFC_2019"})
    void expiredCredential_validUntilAsFullIriKeyWithTypedValue_isNotValid(Cryptosuite suite) throws Exception {
        JsonObject signed = signed(suite, vc2("2026-01-01T00:00:00Z", PAST), "2026-01-01T00:00:00Z");
        assertThat(verify(signed).indication()).isEqualTo(Indication.INVALID);

        JsonObject rewritten = move(signed, "validUntil", b -> b.add(CRED + "validUntil", typed(PAST)));

        VerificationReport report = verify(rewritten);
        assertThat(report.isValid()).isFalse();
        assertThat(DataIntegrityVerifierTest.codes(report)).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void expiredCredential_validUntilInsideNest_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", PAST), "2026-01-01T00:00:00Z");

        JsonObject rewritten = move(signed, "validUntil", b -> b.add("@nest", Json.createObjectBuilder().add("validUntil", PAST)));

        assertThat(DataIntegrityVerifierTest.codes(verify(rewritten))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void expiredCredential_validUntilUnderAnInlineAlias_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", PAST), "2026-01-01T00:00:00Z");
        JsonValue alias = Json.createObjectBuilder().add("until", Json.createObjectBuilder()
                .add("@id", CRED + "validUntil").add("@type", XSD_DATE_TIME)).build();

        JsonObject rewritten = move(signed, "validUntil", b -> b.add("until", PAST)
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2").add(alias)));

        VerificationReport report = verify(rewritten);
        assertThat(report.isValid()).isFalse();
        assertThat(DataIntegrityVerifierTest.codes(report)).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void expiredCredential_validUntilInAnIncludedNodeOfTheSameId_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", PAST), "2026-01-01T00:00:00Z");
        String id = signed.getString("id");

        JsonObject rewritten = move(signed, "validUntil", b -> b.add("@included", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", id).add("validUntil", PAST))));

        assertThat(DataIntegrityVerifierTest.codes(verify(rewritten))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void expiredCredential_validUntilMovedToAnotherDescriptionOfTheCredentialNode_isNotValid() throws Exception {
        // Like 1EdTech's complete example, whose refreshService has the credential's own id.
        JsonObject unsigned = StrictJson.PROVIDER.createObjectBuilder(vc2("2026-01-01T00:00:00Z", PAST))
                .add("https://example.org/ns#self", Json.createObjectBuilder().add("id", "urn:uuid:8f5f7a34-4c5a-4c7e-9b1f-0c7bb2a1c001"))
                .build();
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, unsigned, "2026-01-01T00:00:00Z");

        JsonObject rewritten = move(signed, "validUntil", b -> b.add("https://example.org/ns#self", Json.createObjectBuilder()
                .add("id", "urn:uuid:8f5f7a34-4c5a-4c7e-9b1f-0c7bb2a1c001").add("validUntil", PAST)));

        assertThat(DataIntegrityVerifierTest.codes(verify(rewritten))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void notYetValidCredential_validFromAsTypedValueObject_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2(FUTURE, null), "2026-01-01T00:00:00Z");

        JsonObject rewritten = move(signed, "validFrom", b -> b.add("validFrom", typed(FUTURE)));

        assertThat(verify(rewritten).isValid()).isFalse();
        JsonObject hidden = move(signed, "validFrom", b -> b.add(CRED + "validFrom", typed(FUTURE)));
        assertThat(DataIntegrityVerifierTest.codes(verify(hidden))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void expiredProof_expiresAsFullIriKey_isNotValid() throws Exception {
        SigningKey key = DataIntegrityVerifierTest.ED25519;
        JsonObject credential = StrictJson.PROVIDER.createObjectBuilder(vc2("2026-01-01T00:00:00Z", null))
                .add("issuer", key.publicKey().did().toString()).build();
        JsonObject signed = StrictJson.parseObject(DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer())
                .contexts(TestSupport.CONTEXTS).clock(TestSupport.clockAt("2026-11-01T00:00:00Z"))
                .proofValidity(java.time.Duration.ofDays(1)).build().sign(TestSupport.toBytes(credential)));
        assertThat(DataIntegrityVerifierTest.codes(verify(signed))).contains(FailureCode.PROOF_EXPIRED);
        JsonObject proof = proof(signed);

        JsonObject hidden = withProof(signed, move(proof, "expires", b -> b.add(SEC + "expiration", typed(proof.getString("expires")))));

        VerificationReport report = verify(hidden);
        assertThat(report.isValid()).isFalse();
        assertThat(DataIntegrityVerifierTest.codes(report)).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void proofFromTheFuture_createdAsFullIriKey_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", null), FUTURE);
        assertThat(DataIntegrityVerifierTest.codes(verify(signed))).contains(FailureCode.PROOF_NOT_YET_VALID);
        JsonObject proof = proof(signed);

        JsonObject hidden = withProof(signed, move(proof, "created", b -> b.add("http://purl.org/dc/terms/created", typed(FUTURE))));

        VerificationReport report = verify(hidden);
        assertThat(report.isValid()).isFalse();
        assertThat(DataIntegrityVerifierTest.codes(report)).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void legacyCredential_expirationDateAsFullIriKey_isNotValid() throws Exception {
        JsonObject vc11 = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add("https://www.w3.org/2018/credentials/v1"))
                .add("id", "urn:uuid:8f5f7a34-4c5a-4c7e-9b1f-0c7bb2a1c002")
                .add("type", Json.createArrayBuilder().add("VerifiableCredential"))
                .add("issuanceDate", "2026-01-01T00:00:00Z")
                .add("expirationDate", PAST)
                .add("credentialSubject", Json.createObjectBuilder().add("id", "did:example:learner"))
                .build();
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc11, "2026-01-01T00:00:00Z");
        assertThat(DataIntegrityVerifierTest.codes(verify(signed))).contains(FailureCode.CREDENTIAL_EXPIRED);

        JsonObject hidden = move(signed, "expirationDate", b -> b.add(CRED + "expirationDate", typed(PAST)));

        assertThat(DataIntegrityVerifierTest.codes(verify(hidden))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void credentialSubject_hiddenInANest_isNotValid() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", null), "2026-01-01T00:00:00Z");
        assertThat(verify(signed).isValid()).isTrue();

        JsonObject hidden = move(signed, "credentialSubject", b -> b.add("@nest",
                Json.createObjectBuilder().add("credentialSubject", signed.get("credentialSubject"))));

        assertThat(DataIntegrityVerifierTest.codes(verify(hidden))).contains(FailureCode.NON_PLAIN_FORM);
    }

    @Test
    void plainRewrites_stillVerify() throws Exception {
        JsonObject signed = signed(Cryptosuite.EDDSA_RDFC_2022, vc2("2026-01-01T00:00:00Z", FUTURE), "2026-01-01T00:00:00Z");

        // Key order, one value for a one-element array, a node reference as object: the same JSON to a reader.
        JsonObject rewritten = StrictJson.PROVIDER.createObjectBuilder()
                .add("credentialSubject", signed.get("credentialSubject"))
                .add("type", "VerifiableCredential")
                .addAll(StrictJson.PROVIDER.createObjectBuilder(signed).remove("type").remove("credentialSubject"))
                .add("issuer", Json.createObjectBuilder().add("id", signed.getString("issuer")))
                .build();

        assertThat(verify(signed).isValid()).isTrue();
        assertThat(verify(rewritten).allFailures()).isEmpty();
    }
}
