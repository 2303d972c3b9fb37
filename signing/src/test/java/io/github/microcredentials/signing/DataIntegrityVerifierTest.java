package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing and verifying the Open Badges fixture with each suite, and each specific failure. */
class DataIntegrityVerifierTest {

    static final SigningKey ED25519 = SigningKey.fromMultikey("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");
    static final SigningKey P256 = SigningKey.generate(KeyType.P256);
    static final Clock SIGNING_TIME = TestSupport.clockAt("2026-06-30T08:00:00Z");
    static final Clock LATER = TestSupport.clockAt("2027-01-01T00:00:00Z");

    static SigningKey keyFor(Cryptosuite suite) {
        return suite.accepts(KeyType.ED25519) ? ED25519 : P256;
    }

    /** The fixture with the issuer id set to the key's DID. */
    static JsonObject credentialFor(SigningKey key) {
        JsonObject doc = TestSupport.json("/credentials/ob3-microcredential.json");
        JsonObject issuer = StrictJson.PROVIDER.createObjectBuilder(doc.getJsonObject("issuer")).add("id", key.publicKey().did().toString()).build();
        return StrictJson.PROVIDER.createObjectBuilder(doc).add("issuer", issuer).build();
    }

    static byte[] sign(Cryptosuite suite, JsonObject credential) throws Exception {
        return DataIntegritySigner.builder(suite, keyFor(suite).signer()).contexts(TestSupport.CONTEXTS).clock(SIGNING_TIME).build()
                .sign(TestSupport.toBytes(credential));
    }

    static DataIntegrityVerifier verifier(Clock clock) {
        return DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(clock).build();
    }

    static List<FailureCode> codes(VerificationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    static byte[] edit(byte[] signed, UnaryOperator<JsonObject> change) throws CredentialParseException {
        return JsonText.pretty(change.apply(StrictJson.parseObject(signed))).getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject editProof(JsonObject doc, UnaryOperator<JsonObject> change) {
        JsonObject proof = doc.getJsonArray("proof").getJsonObject(0);
        return StrictJson.PROVIDER.createObjectBuilder(doc)
                .add("proof", StrictJson.PROVIDER.createArrayBuilder().add(change.apply(proof))).build();
    }

    static JsonObject set(JsonObject object, String member, String value) {
        return StrictJson.PROVIDER.createObjectBuilder(object).add(member, value).build();
    }

    @ParameterizedTest
    @EnumSource(Cryptosuite.class)
    void signedCredential_verifiesWithProofArray(Cryptosuite suite) throws Exception {
        byte[] signed = sign(suite, credentialFor(keyFor(suite)));

        VerificationReport report = verifier(LATER).verify(signed);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(StrictJson.parseObject(signed).get("proof").getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(keyFor(suite).publicKey().did());
    }

    @Test
    void proofSet_ofTwoSuites_verifiesEachProof() throws Exception {
        byte[] once = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));
        byte[] twice = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, ED25519.signer()).contexts(TestSupport.CONTEXTS)
                .clock(SIGNING_TIME).build().sign(once);

        VerificationReport report = verifier(LATER).verify(twice);

        assertThat(report.proofs()).extracting(ProofResult::method).containsExactly("eddsa-rdfc-2022", "eddsa-jcs-2022");
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void wrongKey_isSignatureInvalid() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));
        SigningKey other = SigningKey.generate(KeyType.ED25519);
        // The proof claims the other key (controlled by a DID the issuer now names), but was signed with ED25519.
        byte[] forged = edit(signed, d -> editProof(set(d, "issuer", other.publicKey().did().toString()),
                p -> set(p, "verificationMethod", other.publicKey().didKeyVerificationMethod().toString())));

        assertThat(codes(verifier(LATER).verify(forged))).containsExactly(FailureCode.SIGNATURE_INVALID);
    }

    @Test
    void wrongController_isControllerMismatch() throws Exception {
        JsonObject credential = credentialFor(ED25519);
        JsonObject otherIssuer = set(credential, "issuer", "https://www.ucn.dk");
        // the signer is told (wrongly) that the issuer lists the did:key method; the verifier knows better
        KeyResolver misinformed = KeyResolver.of(List.of(new VerificationMethod(ED25519.publicKey().didKeyVerificationMethod(),
                URI.create("https://www.ucn.dk"), ED25519.publicKey())));
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ED25519.signer()).contexts(TestSupport.CONTEXTS)
                .clock(SIGNING_TIME).keyResolver(misinformed).build().sign(TestSupport.toBytes(otherIssuer));

        // a did:key-only verifier cannot tell whether https://www.ucn.dk lists the key
        assertThat(codes(verifier(LATER).verify(signed))).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        // with the issuer's document, which lists another key, it can
        KeyResolver knowing = io.github.microcredentials.signing.identity.IdentifierResolver.offline(
                io.github.microcredentials.signing.identity.DocumentStore.of(java.util.Map.of(URI.create("https://www.ucn.dk"),
                        io.github.microcredentials.signing.identity.ControllerDocument.minimal(URI.create("https://www.ucn.dk"),
                                SigningKey.generate(KeyType.ED25519).publicKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .keys().orElse(KeyResolver.didKey());
        VerificationReport report = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(LATER).keyResolver(knowing)
                .build().verify(signed);
        assertThat(codes(report)).containsExactly(FailureCode.CONTROLLER_MISMATCH);
        assertThat(report.indication()).isEqualTo(Indication.INVALID);
    }

    @Test
    void expiredCredential_isCredentialExpired() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));

        assertThat(codes(verifier(TestSupport.clockAt("2040-01-01T00:00:00Z")).verify(signed)))
                .containsExactly(FailureCode.CREDENTIAL_EXPIRED);
    }

    @Test
    void notYetValidCredential_isNotYetValid_unlessWithinSkew() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));
        Clock early = TestSupport.clockAt("2026-06-30T07:59:00Z");

        assertThat(codes(verifier(early).verify(signed)))
                .containsExactly(FailureCode.CREDENTIAL_NOT_YET_VALID, FailureCode.PROOF_NOT_YET_VALID);
        assertThat(DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(early).clockSkew(Duration.ofMinutes(2))
                .build().verify(signed).isValid()).isTrue();
    }

    @Test
    void expiredProof_isProofExpired() throws Exception {
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ED25519.signer()).contexts(TestSupport.CONTEXTS)
                .clock(SIGNING_TIME).proofValidity(Duration.ofDays(30)).build().sign(TestSupport.toBytes(credentialFor(ED25519)));

        assertThat(verifier(TestSupport.clockAt("2026-07-15T00:00:00Z")).verify(signed).isValid()).isTrue();
        assertThat(codes(verifier(LATER).verify(signed))).containsExactly(FailureCode.PROOF_EXPIRED);
    }

    @Test
    void unknownCryptosuite_isReported() throws Exception {
        byte[] signed = edit(sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519)),
                d -> editProof(d, p -> set(p, "cryptosuite", "bbs-2023")));

        assertThat(codes(verifier(LATER).verify(signed))).containsExactly(FailureCode.UNKNOWN_CRYPTOSUITE);
    }

    @Test
    void tamperedProofValue_isSignatureInvalidOrMalformed() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));
        String value = StrictJson.parseObject(signed).getJsonArray("proof").getJsonObject(0).getString("proofValue");
        String tampered = value.substring(0, 10) + (value.charAt(10) == 'A' ? 'B' : 'A') + value.substring(11);

        assertThat(codes(verifier(LATER).verify(edit(signed, d -> editProof(d, p -> set(p, "proofValue", tampered))))))
                .containsExactly(FailureCode.SIGNATURE_INVALID);
        assertThat(codes(verifier(LATER).verify(edit(signed, d -> editProof(d, p -> set(p, "proofValue", "u" + value.substring(1)))))))
                .containsExactly(FailureCode.MALFORMED_SIGNATURE);
    }

    @Test
    void wrongProofPurpose_isReported() throws Exception {
        byte[] signed = edit(sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519)),
                d -> editProof(d, p -> set(p, "proofPurpose", "authentication")));

        assertThat(codes(verifier(LATER).verify(signed))).contains(FailureCode.WRONG_PROOF_PURPOSE);
    }

    @Test
    void duplicateJsonKey_isDuplicateKeyAndMalformed() throws Exception {
        String signed = new String(sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519)), StandardCharsets.UTF_8);
        String duplicated = signed.replaceFirst("\"name\": \"FAIR Research Data Management\",",
                "\"name\": \"FAIR Research Data Management\", \"name\": \"Something Else\",");

        VerificationReport report = verifier(LATER).verify(duplicated);

        assertThat(codes(report)).containsExactly(FailureCode.DUPLICATE_KEY);
        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(report.malformed()).isTrue();
        assertThat(report.checks()).extracting(Check::code).containsExactly("DUPLICATE_KEY");
        assertThat(report.failures().get(0).location()).isEqualTo("/name");
    }

    @Test
    void undefinedTerm_failsVerificationAndSigning() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));
        byte[] added = edit(signed, d -> set(d, "favouriteColour", "blue"));

        assertThat(codes(verifier(LATER).verify(added))).containsExactly(FailureCode.UNDEFINED_TERM);
        assertThatThrownBy(() -> sign(Cryptosuite.EDDSA_RDFC_2022, set(credentialFor(ED25519), "favouriteColour", "blue")))
                .isInstanceOfSatisfying(CredentialParseException.class,
                        e -> assertThat(e.problem()).isEqualTo(CredentialParseException.Problem.UNKNOWN_PROPERTY));
    }

    @Test
    void undefinedType_andNullValue_areNeverSignedAway() throws Exception {
        JsonObject credential = credentialFor(ED25519);
        JsonObject withType = StrictJson.PROVIDER.createObjectBuilder(credential)
                .add("type", StrictJson.PROVIDER.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential").add("Bogus")).build();
        JsonObject withNull = StrictJson.PROVIDER.createObjectBuilder(credential).addNull("description").build();

        assertThatThrownBy(() -> sign(Cryptosuite.EDDSA_RDFC_2022, withType)).isInstanceOf(CredentialParseException.class)
                .hasMessageContaining("Bogus");
        assertThatThrownBy(() -> sign(Cryptosuite.EDDSA_RDFC_2022, withNull)).isInstanceOf(CredentialParseException.class)
                .hasMessageContaining("/description");
    }

    @Test
    void unknownContext_isErrorUnlessRegistered() throws Exception {
        byte[] signed = sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519));

        VerificationReport report = DataIntegrityVerifier.builder().clock(LATER).build().verify(signed);

        assertThat(codes(report)).containsExactly(FailureCode.UNKNOWN_CONTEXT);
        assertThat(report.allFailures().get(0).message()).contains("context-3.0.3.json");
    }

    @Test
    void noProof_isReported() {
        VerificationReport report = verifier(LATER).verify(TestSupport.bytes("/credentials/vc2-example.json"));

        assertThat(codes(report)).containsExactly(FailureCode.NO_PROOF);
        assertThat(report.credential()).isEmpty();
    }

    @Test
    void keyOfWrongType_isKeyTypeMismatch() throws Exception {
        byte[] signed = edit(sign(Cryptosuite.EDDSA_RDFC_2022, credentialFor(ED25519)),
                d -> editProof(d, p -> set(p, "cryptosuite", "ecdsa-rdfc-2019")));

        assertThat(codes(verifier(LATER).verify(signed))).containsExactly(FailureCode.KEY_TYPE_MISMATCH);
    }

    @Test
    void signerOfWrongKeyType_isRejectedAtBuild() {
        assertThatThrownBy(() -> DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, ED25519.signer()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-256");
    }

    @Test
    void everySingleCharacterChange_ofSignedVectorClaims_fails() throws Exception {
        for (String suite : List.of("eddsa-rdfc-2022", "eddsa-jcs-2022")) {
            JsonObject vector = TestSupport.json("/vectors/vc-di-eddsa/" + suite + ".json");
            JsonObject signed = vector.getJsonObject("signedDocument");
            DataIntegrityVerifier verifier = DataIntegrityVectorsTest.verifier(
                    List.of(vector.getJsonObject("keyPair").getString("publicKeyMultibase")));
            List<JsonObject> mutants = new ArrayList<>();
            mutateStrings(signed, signed, "", mutants);
            assertThat(mutants).as("mutants of %s", suite).hasSizeGreaterThan(300);
            for (JsonObject mutant : mutants) {
                assertThat(verifier.verify(TestSupport.toBytes(mutant)).isValid()).as("%s mutant %s", suite, mutant).isFalse();
            }
        }
    }

    /** Every variant of the document with one character of one string value (outside proof) changed. */
    private static void mutateStrings(JsonObject root, JsonValue value, String pointer, List<JsonObject> out) {
        switch (value.getValueType()) {
            case OBJECT:
                value.asJsonObject().forEach((k, v) -> {
                    if (!(pointer.isEmpty() && k.equals("proof"))) {
                        mutateStrings(root, v, pointer + "/" + StrictJson.escape(k), out);
                    }
                });
                break;
            case ARRAY:
                for (int i = 0; i < value.asJsonArray().size(); i++) {
                    mutateStrings(root, value.asJsonArray().get(i), pointer + "/" + i, out);
                }
                break;
            case STRING: {
                String text = ((jakarta.json.JsonString) value).getString();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    String changed = text.substring(0, i) + (char) (c == 'z' ? 'y' : c + 1) + text.substring(i + 1);
                    out.add(StrictJson.PROVIDER.createPointer(pointer).replace(root, StrictJson.PROVIDER.createValue(changed)));
                }
                break;
            }
            default:
                break;
        }
    }
}
