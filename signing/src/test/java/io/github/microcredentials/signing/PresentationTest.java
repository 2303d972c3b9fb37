package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.Indication;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Verifiable Presentations: a holder encloses credentials and signs them with an
 * {@code authentication} proof bound to a challenge and domain; the verifier checks the proof, the
 * holder binding, the data-model rules, and each credential as on its own.
 */
class PresentationTest {

    private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519);
    private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519);
    private static final SigningKey P256_HOLDER = SigningKey.generate(KeyType.P256);
    private static final String CHALLENGE = "nonce-4711";
    private static final String DOMAIN = "https://verifier.example";
    private static final PresentationOptions EXPECTED = PresentationOptions.challenge(CHALLENGE).withDomain(DOMAIN);

    private static DataIntegrityVerifier.Builder credentials() {
        return DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(TestSupport.clockAt("2026-07-01T00:00:00Z"));
    }

    private static final PresentationVerifier VERIFIER = PresentationVerifier.of(credentials().build());

    static Stream<Cryptosuite> suites() {
        return Stream.of(Cryptosuite.EDDSA_JCS_2022, Cryptosuite.EDDSA_RDFC_2022, Cryptosuite.ECDSA_RDFC_2019, Cryptosuite.ECDSA_JCS_2019);
    }

    private static byte[] credential(String subject) throws Exception {
        JsonObject doc = StrictJson.PROVIDER.createObjectBuilder(TestSupport.json("/credentials/vc2-example.json"))
                .add("issuer", ISSUER.publicKey().did().toString())
                .add("id", "urn:example:credential:" + subject.substring(subject.lastIndexOf(':') + 1))
                .add("credentialSubject", StrictJson.PROVIDER.createObjectBuilder().add("id", subject)).build();
        return DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ISSUER.signer()).contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2026-06-30T08:00:00Z")).build().sign(TestSupport.toBytes(doc));
    }

    private static DataIntegritySigner.Builder holderSigner(Cryptosuite suite) {
        SigningKey key = suite.accepts(KeyType.ED25519) ? HOLDER : P256_HOLDER;
        return DataIntegritySigner.builder(suite, key.signer()).contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2026-06-30T09:00:00Z"));
    }

    private static byte[] present(Cryptosuite suite, PresentationOptions options, byte[]... credentials) throws Exception {
        return PresentationSigner.builder(holderSigner(suite).build()).build().present(List.of(credentials), options);
    }

    private static List<FailureCode> codes(PresentationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void validPresentation_ofTwoCredentials_verifies(Cryptosuite suite) throws Exception {
        byte[] vp = present(suite, EXPECTED, credential("did:example:learner"), credential("did:example:learner2"));

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.credentials()).hasSize(2).allMatch(VerificationReport::isValid);
        assertThat(report.holder()).contains((suite.accepts(KeyType.ED25519) ? HOLDER : P256_HOLDER).publicKey().did());
        JsonObject proof = StrictJson.parseObject(vp).getJsonArray("proof").getJsonObject(0);
        assertThat(proof.getString("proofPurpose")).isEqualTo("authentication");
        assertThat(proof.getString("challenge")).isEqualTo(CHALLENGE);
        assertThat(proof.getString("domain")).isEqualTo(DOMAIN);
        assertThat(report.summary()).startsWith("VALID: presentation by did:key:");
    }

    @Test
    void wrongChallenge_isChallengeMismatch_andAMissingOneToo() throws Exception {
        byte[] vp = present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, credential("did:example:learner"));

        PresentationReport report = VERIFIER.verify(vp, PresentationOptions.challenge("another-nonce").withDomain(DOMAIN));
        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.CHALLENGE_MISMATCH);

        byte[] without = present(Cryptosuite.EDDSA_JCS_2022, PresentationOptions.none(), credential("did:example:learner"));
        assertThat(codes(VERIFIER.verify(without, EXPECTED)))
                .containsExactly(FailureCode.CHALLENGE_MISMATCH, FailureCode.DOMAIN_MISMATCH);
        // nothing expected: nothing checked
        assertThat(VERIFIER.verify(vp, PresentationOptions.none()).isValid()).isTrue();
    }

    @Test
    void wrongDomain_isDomainMismatch() throws Exception {
        byte[] vp = present(Cryptosuite.EDDSA_RDFC_2022, EXPECTED, credential("did:example:learner"));

        PresentationReport report = VERIFIER.verify(vp, PresentationOptions.challenge(CHALLENGE).withDomain("https://other.example"));

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.DOMAIN_MISMATCH);
        assertThat(report.allFailures().get(0).location()).isEqualTo("/proof/0/domain");
    }

    @Test
    void wrongPurpose_isWrongProofPurpose() throws Exception {
        JsonObject unsigned = StrictJson.parseObject(present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, credential("did:example:learner")));
        unsigned = StrictJson.PROVIDER.createObjectBuilder(unsigned).remove("proof").build();
        // a validly signed proof, but for assertions, not authentication
        JsonObject signed = holderSigner(Cryptosuite.EDDSA_JCS_2022).build().secure(unsigned, "assertionMethod", EXPECTED, false);

        PresentationReport report = VERIFIER.verify(TestSupport.toBytes(signed), EXPECTED);

        assertThat(codes(report)).containsExactly(FailureCode.WRONG_PROOF_PURPOSE);
    }

    @Test
    void tamperedInnerCredential_isCredentialInvalid_withItsOwnReport() throws Exception {
        String good = new String(credential("did:example:learner"), StandardCharsets.UTF_8);
        byte[] tampered = good.replace("did:example:learner", "did:example:mallory").getBytes(StandardCharsets.UTF_8);
        // the holder signs the presentation over the tampered credential: the holder's proof holds, the issuer's does not
        byte[] vp = present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, credential("did:example:other"), tampered);

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.CREDENTIAL_INVALID);
        assertThat(report.failures().get(0).location()).isEqualTo("/verifiableCredential/1");
        assertThat(report.proofs()).allMatch(ProofResult::valid);
        assertThat(report.credentials().get(0).isValid()).isTrue();
        assertThat(report.credentials().get(1).allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
        assertThat(report.toJson()).contains("\"code\": \"SIGNATURE_INVALID\"");
    }

    @Test
    void holderWhoDoesNotControlTheKey_isHolderMismatch() throws Exception {
        URI stranger = SigningKey.generate(KeyType.ED25519).publicKey().did();
        // the signer is told (wrongly) that the stranger controls the holder's key; a did:key verifier knows better
        DataIntegritySigner misinformed = holderSigner(Cryptosuite.EDDSA_JCS_2022).keyResolver(KeyResolver.of(List.of(
                new VerificationMethod(HOLDER.publicKey().didKeyVerificationMethod(), stranger, HOLDER.publicKey())))).build();
        byte[] vp = PresentationSigner.builder(misinformed).holder(stranger).build().present(List.of(credential("did:example:learner")), EXPECTED);

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.HOLDER_MISMATCH);
    }

    @Test
    void signer_refusesAHolderWhoDoesNotControlTheKey() {
        URI stranger = SigningKey.generate(KeyType.ED25519).publicKey().did();
        assertThatThrownBy(() -> PresentationSigner.builder(holderSigner(Cryptosuite.EDDSA_JCS_2022).build()).holder(stranger).build()
                .present(List.of(), EXPECTED)).isInstanceOf(SigningException.class).hasMessageContaining("does not control");
    }

    @Test
    void holderBindingThatCannotBeEstablished_isIndeterminate_orValidWhenRelaxed() throws Exception {
        URI holder = URI.create("https://holder.example/people/1");
        DataIntegritySigner told = holderSigner(Cryptosuite.EDDSA_JCS_2022).keyResolver(KeyResolver.of(List.of(
                new VerificationMethod(HOLDER.publicKey().didKeyVerificationMethod(), holder, HOLDER.publicKey())))).build();
        byte[] vp = PresentationSigner.builder(told).holder(holder).build().present(List.of(credential("did:example:learner")), EXPECTED);

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(codes(report)).containsExactly(FailureCode.HOLDER_BINDING_UNESTABLISHED);

        PresentationReport relaxed = PresentationVerifier.of(credentials().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build())
                .verify(vp, EXPECTED);
        assertThat(relaxed.indication()).isEqualTo(Indication.VALID);
    }

    @Test
    void enclosedW3cVector_withUnestablishedIssuerBinding_isIndeterminate_orValidWhenRelaxed() throws Exception {
        byte[] vector = TestSupport.bytes("/vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json");
        byte[] vp = present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, vector);

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.allFailures()).isEmpty();
        assertThat(report.credentials()).singleElement().extracting(VerificationReport::indication).isEqualTo(Indication.INDETERMINATE);

        PresentationReport relaxed = PresentationVerifier.of(credentials().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build())
                .verify(vp, EXPECTED);
        assertThat(relaxed.indication()).isEqualTo(Indication.VALID);
    }

    @Test
    void dataModelRules_areReportedWithTheirIds() throws Exception {
        JsonObject vp = StrictJson.parseObject(present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, credential("did:example:learner")));
        JsonObject broken = StrictJson.PROVIDER.createObjectBuilder(vp).remove("proof")
                .add("@context", StrictJson.PROVIDER.createArrayBuilder().add("https://www.w3.org/ns/credentials/examples/v2")
                        .add("https://www.w3.org/ns/credentials/v2"))
                .add("type", StrictJson.PROVIDER.createArrayBuilder().add("VerifiableCredential"))
                .add("id", "not a url").build();
        JsonObject signed = holderSigner(Cryptosuite.EDDSA_JCS_2022).build().secure(broken, "authentication", EXPECTED, false);

        PresentationReport report = VERIFIER.verify(TestSupport.toBytes(signed), EXPECTED);

        // a presentation that reads but breaks a MUST is a data-model violation citing its rule, as a credential's is
        assertThat(report.failures()).extracting(Failure::code).containsOnly(FailureCode.DATA_MODEL_VIOLATION);
        assertThat(report.failures()).extracting(f -> f.ruleId().orElseThrow()).containsExactly("VCDM-VP-1", "VCDM-VP-2", "VCDM-VP-3");
        assertThat(report.failures()).extracting(Failure::location).containsExactly("/@context/0", "/type", "/id");
        assertThat(report.failures().get(2).toString()).isEqualTo(
                "DATA_MODEL_VIOLATION VCDM-VP-3 at /id: the presentation's id must be a URL [not a url]");
        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(report.proofs()).allMatch(ProofResult::valid);
        assertThat(io.github.microcredentials.core.validation.Rule.byId("VCDM-VP-3")).isPresent();
    }

    @Test
    void nonObjectCredentials_andABadHolder_areDataModelViolations() throws Exception {
        JsonObject vp = StrictJson.parseObject(present(Cryptosuite.EDDSA_JCS_2022, EXPECTED, credential("did:example:learner")));
        JsonObject broken = StrictJson.PROVIDER.createObjectBuilder(vp).remove("proof")
                .add("holder", StrictJson.PROVIDER.createObjectBuilder().add("name", "no id"))
                .add("verifiableCredential", StrictJson.PROVIDER.createArrayBuilder(vp.getJsonArray("verifiableCredential"))
                        .add("https://university.example/credentials/1").add(42)).build();
        JsonObject signed = holderSigner(Cryptosuite.EDDSA_JCS_2022).build().secure(broken, "authentication", EXPECTED, false);

        PresentationReport report = VERIFIER.verify(TestSupport.toBytes(signed), EXPECTED);

        assertThat(report.failures()).extracting(f -> f.code() + " " + f.ruleId().orElse("") + " " + f.location()).containsExactly(
                "DATA_MODEL_VIOLATION VCDM-VP-4 /holder",
                "DATA_MODEL_VIOLATION VCDM-VP-5 /verifiableCredential/1",
                "DATA_MODEL_VIOLATION VCDM-VP-5 /verifiableCredential/2");
        // the one credential there is, is verified
        assertThat(report.credentials()).singleElement().matches(VerificationReport::isValid);
    }

    @Test
    void unsignedOrUnreadablePresentations_areReported() throws Exception {
        JsonObject vp = StrictJson.parseObject(present(Cryptosuite.EDDSA_JCS_2022, EXPECTED));
        JsonObject unsigned = StrictJson.PROVIDER.createObjectBuilder(vp).remove("proof").build();

        assertThat(codes(VERIFIER.verify(TestSupport.toBytes(unsigned), EXPECTED))).containsExactly(FailureCode.NO_PROOF);
        assertThat(VERIFIER.verify("{\"a\":1,\"a\":2}", EXPECTED).indication()).isEqualTo(Indication.INVALID);
        assertThat(VERIFIER.verify("{\"a\":1,\"a\":2}", EXPECTED).malformed()).isTrue();
        assertThat(VERIFIER.verify("[", EXPECTED).malformed()).isTrue();
    }
}
