package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.vcdm.VcdmRules;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signers refuse a credential that breaks a VC Data Model MUST; verifiers report it with the rule id. */
class DataModelEnforcementTest {

    static final SigningKey KEY = DataIntegrityVerifierTest.ED25519;

    /** The signing tests' credential without a subject and with a malformed validFrom. */
    static JsonObject broken() {
        return StrictJson.PROVIDER.createObjectBuilder(DataIntegrityVerifierTest.credentialFor(KEY))
                .remove("credentialSubject").add("validFrom", "2026-07-01").build();
    }

    /** The signing tests' credential naming a related resource by a digest of other content than the verifier is given. */
    static JsonObject withRelatedResource() {
        return StrictJson.PROVIDER.createObjectBuilder(DataIntegrityVerifierTest.credentialFor(KEY))
                .add("relatedResource", StrictJson.PROVIDER.createArrayBuilder().add(StrictJson.PROVIDER.createObjectBuilder()
                        .add("id", VcDataModelRulesTest.RESOURCE.toString())
                        .add("digestSRI", VcDataModelRulesTest.sri(VcDataModelRulesTest.OTHER))))
                .build();
    }

    static List<Optional<String>> rules(VerificationReport report) {
        return report.allFailures().stream().map(Failure::ruleId).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Cryptosuite.class, names = {"EDDSA_RDFC_2022", "EDDSA_JCS_2022"})
    void dataIntegritySigner_refuses_listingEveryViolation(Cryptosuite suite) {
        DataIntegritySigner signer = DataIntegritySigner.builder(suite, KEY.signer()).contexts(TestSupport.CONTEXTS).build();

        assertThatThrownBy(() -> signer.sign(TestSupport.toBytes(broken())))
                .isInstanceOf(CredentialParseException.class)
                .isInstanceOfSatisfying(DataModelException.class, e -> {
                    assertThat(e.ruleIds()).containsExactly(VcdmRules.SUBJECT, VcdmRules.VALID_FROM);
                    assertThat(e.violations()).extracting(Finding::pointer).containsExactly("/credentialSubject", "/validFrom");
                    assertThat(e.problem()).isEqualTo(CredentialParseException.Problem.INVALID_VALUE);
                    assertThat(e.location()).isEqualTo("/credentialSubject");
                    assertThat(e.getMessage()).contains("VCDM-SUBJECT at /credentialSubject", "VCDM-VALID-FROM at /validFrom",
                            "[2026-07-01]");
                });
    }

    @Test
    void vcJwtSigner_refuses() {
        assertThatThrownBy(() -> VcJwtSigner.withKeyId(KEY.signer()).sign(TestSupport.toBytes(broken())))
                .isInstanceOfSatisfying(DataModelException.class,
                        e -> assertThat(e.ruleIds()).containsExactly(VcdmRules.SUBJECT, VcdmRules.VALID_FROM));
    }

    @Test
    void signers_checkRelatedResourcesAgainstWhatTheCallerSupplies() throws Exception {
        Map<java.net.URI, byte[]> content = Map.of(VcDataModelRulesTest.RESOURCE, VcDataModelRulesTest.CONTENT);
        Map<java.net.URI, byte[]> other = Map.of(VcDataModelRulesTest.RESOURCE, VcDataModelRulesTest.OTHER);
        byte[] credential = TestSupport.toBytes(withRelatedResource());

        assertThatThrownBy(() -> DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).contexts(TestSupport.CONTEXTS)
                .relatedResources(content).build().sign(credential))
                .isInstanceOfSatisfying(DataModelException.class, e -> assertThat(e.ruleIds()).containsExactly(VcdmRules.RELATED_MATCH));
        assertThatThrownBy(() -> VcJwtSigner.withKeyId(KEY.signer()).withRelatedResources(content).sign(credential))
                .isInstanceOfSatisfying(DataModelException.class, e -> assertThat(e.ruleIds()).containsExactly(VcdmRules.RELATED_MATCH));
        assertThat(DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).contexts(TestSupport.CONTEXTS)
                .relatedResources(other).build().sign(credential)).isNotEmpty();
        assertThat(VcJwtSigner.withKeyId(KEY.signer()).withRelatedResources(other).sign(credential)).isNotEmpty();
    }

    @Test
    void dataIntegrityVerifier_reportsAViolation_withItsRule_besideAValidSignature() throws Exception {
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, KEY.signer()).contexts(TestSupport.CONTEXTS)
                .clock(DataIntegrityVerifierTest.SIGNING_TIME).build().sign(TestSupport.toBytes(withRelatedResource()));
        DataIntegrityVerifier.Builder verifier = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS)
                .clock(DataIntegrityVerifierTest.LATER);

        VerificationReport matching = verifier.relatedResources(Map.of(VcDataModelRulesTest.RESOURCE, VcDataModelRulesTest.OTHER))
                .build().verify(signed);
        VerificationReport changed = verifier.relatedResources(Map.of(VcDataModelRulesTest.RESOURCE, VcDataModelRulesTest.CONTENT))
                .build().verify(signed);

        assertThat(matching.isValid()).isTrue();
        assertThat(changed.indication()).isEqualTo(Indication.INVALID);
        assertThat(changed.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FailureCode.DATA_MODEL_VIOLATION);
            assertThat(f.ruleId()).contains(VcdmRules.RELATED_MATCH);
            assertThat(f.location()).isEqualTo("/relatedResource/0");
            assertThat(f.toString()).startsWith("DATA_MODEL_VIOLATION VCDM-RELATED-MATCH at /relatedResource/0");
        });
        assertThat(changed.proofs()).allMatch(ProofResult::valid);
        assertThat(changed.toJson()).contains("\"rule\": \"VCDM-RELATED-MATCH\"");
    }

    @Test
    void dataIntegrityVerifier_reportsEveryViolation_ofAnAlteredCredential() throws Exception {
        byte[] signed = DataIntegrityVerifierTest.sign(Cryptosuite.EDDSA_RDFC_2022, DataIntegrityVerifierTest.credentialFor(KEY));
        byte[] altered = DataIntegrityVerifierTest.edit(signed, doc -> StrictJson.PROVIDER.createObjectBuilder(doc)
                .add("type", StrictJson.PROVIDER.createArrayBuilder().add("OpenBadgeCredential"))
                .add("credentialSubject", StrictJson.PROVIDER.createObjectBuilder()).build());

        VerificationReport report = DataIntegrityVerifierTest.verifier(DataIntegrityVerifierTest.LATER).verify(altered);

        assertThat(report.failures()).extracting(Failure::code, Failure::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FailureCode.DATA_MODEL_VIOLATION, Optional.of(VcdmRules.TYPE)),
                org.assertj.core.groups.Tuple.tuple(FailureCode.DATA_MODEL_VIOLATION, Optional.of(VcdmRules.SUBJECT_CLAIMS)));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void aProblemTheVerifierAlreadyReports_getsTheRuleId_notASecondFailure() throws Exception {
        byte[] signed = DataIntegrityVerifierTest.sign(Cryptosuite.EDDSA_RDFC_2022, DataIntegrityVerifierTest.credentialFor(KEY));
        byte[] altered = DataIntegrityVerifierTest.edit(signed, doc -> StrictJson.PROVIDER.createObjectBuilder(doc)
                .add("validFrom", "2026-07-01").build());

        VerificationReport report = DataIntegrityVerifierTest.verifier(DataIntegrityVerifierTest.LATER).verify(altered);

        assertThat(report.failures()).extracting(Failure::code, Failure::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FailureCode.MALFORMED_DATE, Optional.of(VcdmRules.VALID_FROM)));
    }

    @Test
    void validityDatesReadOnce_reportedByBothChecks() throws Exception {
        // The verifier reads the dates once for its own checks and the data model check: a malformed
        // validUntil keeps its rule id, and a start after the end is still a data model violation.
        byte[] signed = DataIntegrityVerifierTest.sign(Cryptosuite.EDDSA_RDFC_2022, DataIntegrityVerifierTest.credentialFor(KEY));
        byte[] malformed = DataIntegrityVerifierTest.edit(signed, doc -> StrictJson.PROVIDER.createObjectBuilder(doc)
                .add("validUntil", 20300101).build());
        byte[] reversed = DataIntegrityVerifierTest.edit(signed, doc -> StrictJson.PROVIDER.createObjectBuilder(doc)
                .add("validFrom", "2020-01-02T00:00:00Z").add("validUntil", "2020-01-01T23:59:59+00:00").build());

        VerificationReport malformedReport = DataIntegrityVerifierTest.verifier(DataIntegrityVerifierTest.LATER).verify(malformed);
        VerificationReport reversedReport = DataIntegrityVerifierTest.verifier(DataIntegrityVerifierTest.LATER).verify(reversed);

        assertThat(malformedReport.failures()).extracting(Failure::code, Failure::ruleId).contains(
                org.assertj.core.groups.Tuple.tuple(FailureCode.MALFORMED_DATE, Optional.of(VcdmRules.VALID_UNTIL)));
        assertThat(reversedReport.failures()).extracting(Failure::code, Failure::ruleId).contains(
                org.assertj.core.groups.Tuple.tuple(FailureCode.DATA_MODEL_VIOLATION, Optional.of(VcdmRules.VALIDITY_ORDER)));
    }

    @Test
    void vcJwtVerifier_reportsAViolation_withItsRule() throws Exception {
        JsonObject header = StrictJson.PROVIDER.createObjectBuilder().add("alg", "EdDSA").add("typ", "JWT")
                .add("kid", KEY.publicKey().didKeyVerificationMethod().toString()).build();
        JsonObject payload = StrictJson.PROVIDER.createObjectBuilder(broken()).remove("validFrom")
                .add("iss", KEY.publicKey().did().toString()).add("jti", "urn:uuid:1d0c5a57-2f0e-4a4e-9b8e-6c2d1f0a9b3c")
                .add("exp", 2098425600L).build();
        String token = Jws.signCompact(header, JsonText.compact(payload).getBytes(StandardCharsets.UTF_8), KEY.signer());

        VerificationReport report = VcJwtVerifier.builder().clock(DataIntegrityVerifierTest.LATER).build().verify(token);

        assertThat(report.failures()).extracting(Failure::code, Failure::location, Failure::ruleId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FailureCode.DATA_MODEL_VIOLATION, "payload/credentialSubject",
                        Optional.of(VcdmRules.SUBJECT)));
        assertThat(report.proofs()).allMatch(ProofResult::valid);
    }
}
