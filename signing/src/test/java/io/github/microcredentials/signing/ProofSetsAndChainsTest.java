package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proof sets and proof chains (VC Data Integrity 1.0 §4, "Add Proof Set/Chain", "Verify Proof Sets
 * and Chains") across suites and curves: each proof has its own verdict; the credential is valid only
 * when every proof is; a chained proof signs the proofs it names and fails without them.
 */
class ProofSetsAndChainsTest {

    private static final URI ISSUER = URI.create("https://example.edu/issuers/1");
    private static final SigningKey P384 = SigningKey.generate(KeyType.P384);
    private static final SigningKey P256 = SigningKey.generate(KeyType.P256);
    private static final SigningKey ED25519 = SigningKey.generate(KeyType.ED25519);

    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.builder()
            .contexts(TestSupport.CONTEXTS)
            .keyResolver(KeyResolver.of(List.of(method(P384), method(P256), method(ED25519))))
            .clock(TestSupport.clockAt("2026-07-01T00:00:00Z"))
            .build();

    private static VerificationMethod method(SigningKey key) {
        return new VerificationMethod(key.publicKey().didKeyVerificationMethod(), ISSUER, key.publicKey());
    }

    private static byte[] credential() {
        JsonObject doc = TestSupport.json("/credentials/vc2-example.json");
        return TestSupport.toBytes(StrictJson.PROVIDER.createObjectBuilder(doc).add("issuer", ISSUER.toString()).build());
    }

    private static DataIntegritySigner.Builder signer(Cryptosuite suite, SigningKey key) {
        return DataIntegritySigner.builder(suite, key.signer()).contexts(TestSupport.CONTEXTS)
                .keyResolver(KeyResolver.of(List.of(method(key))))
                .clock(TestSupport.clockAt("2026-06-30T08:00:00Z"));
    }

    private static JsonObject parse(byte[] json) throws CredentialParseException {
        return StrictJson.parseObject(json);
    }

    private static byte[] withProofs(byte[] signed, JsonArray proofs) throws CredentialParseException {
        return TestSupport.toBytes(StrictJson.PROVIDER.createObjectBuilder(parse(signed)).add("proof", proofs).build());
    }

    @Test
    void proofSet_ofThreeSuitesAndCurves_verifiesEveryProof_andOneBrokenProofFailsOnlyItselfAndTheWhole() throws Exception {
        byte[] signed = signer(Cryptosuite.ECDSA_RDFC_2019, P384).build().sign(credential());
        signed = signer(Cryptosuite.ECDSA_JCS_2019, P256).build().sign(signed);
        signed = signer(Cryptosuite.EDDSA_RDFC_2022, ED25519).build().sign(signed);

        VerificationReport report = VERIFIER.verify(signed);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.proofs()).extracting(ProofResult::method)
                .containsExactly("ecdsa-rdfc-2019", "ecdsa-jcs-2019", "eddsa-rdfc-2022");
        JsonArray proofs = parse(signed).getJsonArray("proof");
        JsonObject broken = StrictJson.PROVIDER.createObjectBuilder(proofs.getJsonObject(1))
                .add("created", "2026-06-30T08:00:01Z").build();
        VerificationReport one = VERIFIER.verify(withProofs(signed,
                StrictJson.PROVIDER.createArrayBuilder(proofs).set(1, broken).build()));
        assertThat(one.indication()).isEqualTo(Indication.INVALID);
        assertThat(one.proofs()).extracting(ProofResult::valid).containsExactly(true, false, true);
        assertThat(one.proofs().get(1).failures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
    }

    @Test
    void proofChain_signsThePreviousProof_andFailsWithoutIt() throws Exception {
        byte[] first = signer(Cryptosuite.ECDSA_RDFC_2019, P384).proofId(URI.create("urn:uuid:proof-1")).build().sign(credential());
        byte[] chain = signer(Cryptosuite.EDDSA_RDFC_2022, ED25519).previousProof("urn:uuid:proof-1").build().sign(first);

        VerificationReport report = VERIFIER.verify(chain);

        assertThat(report.allFailures()).isEmpty();
        JsonArray proofs = parse(chain).getJsonArray("proof");
        assertThat(proofs.getJsonObject(1).getString("previousProof")).isEqualTo("urn:uuid:proof-1");
        // the second proof alone: its previous proof is missing
        VerificationReport alone = VERIFIER.verify(withProofs(chain,
                StrictJson.PROVIDER.createArrayBuilder().add(proofs.getJsonObject(1)).build()));
        assertThat(alone.allFailures()).extracting(Failure::code).containsExactly(FailureCode.PREVIOUS_PROOF_MISSING);
        // the first proof changed: it fails, and so does the proof that signed it
        JsonObject changed = StrictJson.PROVIDER.createObjectBuilder(proofs.getJsonObject(0)).add("created", "2026-06-30T08:00:01Z").build();
        VerificationReport both = VERIFIER.verify(withProofs(chain,
                StrictJson.PROVIDER.createArrayBuilder(proofs).set(0, changed).build()));
        assertThat(both.proofs()).extracting(ProofResult::valid).containsExactly(false, false);
    }

    @Test
    void proofChain_withAnArrayOfPreviousProofs_andJcsSuites() throws Exception {
        byte[] a = signer(Cryptosuite.ECDSA_JCS_2019, P384).proofId(URI.create("urn:uuid:a")).build().sign(credential());
        byte[] b = signer(Cryptosuite.EDDSA_JCS_2022, ED25519).proofId(URI.create("urn:uuid:b")).build().sign(a);
        byte[] c = signer(Cryptosuite.ECDSA_JCS_2019, P256).previousProof("urn:uuid:a", "urn:uuid:b").build().sign(b);

        VerificationReport report = VERIFIER.verify(c);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.proofs()).hasSize(3);
        assertThat(parse(c).getJsonArray("proof").getJsonObject(2).getJsonArray("previousProof")).hasSize(2);
        // the chain's last proof without b: missing
        JsonArray proofs = parse(c).getJsonArray("proof");
        VerificationReport withoutB = VERIFIER.verify(withProofs(c,
                StrictJson.PROVIDER.createArrayBuilder().add(proofs.getJsonObject(0)).add(proofs.getJsonObject(2)).build()));
        assertThat(withoutB.proofs()).extracting(ProofResult::valid).containsExactly(true, false);
        assertThat(withoutB.proofs().get(1).failures()).extracting(Failure::code).containsExactly(FailureCode.PREVIOUS_PROOF_MISSING);
    }

    @Test
    void chainingToAProofThatIsNotThere_isRefusedWhenSigning() {
        assertThatThrownBy(() -> signer(Cryptosuite.EDDSA_RDFC_2022, ED25519).previousProof("urn:uuid:nowhere").build().sign(credential()))
                .isInstanceOf(CredentialParseException.class).hasMessageContaining("urn:uuid:nowhere");
    }
}
