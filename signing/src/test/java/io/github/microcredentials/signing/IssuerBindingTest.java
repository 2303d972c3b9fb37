package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.Indication;
import io.github.microcredentials.signing.identity.ControllerDocument;
import io.github.microcredentials.signing.identity.DocumentStore;
import io.github.microcredentials.signing.identity.IdentifierResolver;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issuer binding as policy: it applies to the issuer's proof only, a valid proof whose binding
 * cannot be established is INDETERMINATE (not INVALID) unless the policy accepts it, and a key known
 * not to be the issuer's stays INVALID. Checked on the W3C vectors whose issuer
 * ({@code https://vc.example/issuers/5678}) signs with {@code did:key} methods.
 */
class IssuerBindingTest {

    private static final URI VECTOR_ISSUER = URI.create("https://vc.example/issuers/5678");
    private static final String P256_VECTOR = "/vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json";
    private static final String CHAIN_VECTOR = "/vectors/vc-di-eddsa/proof-set-chain/signedProofChain2.json";

    private static DataIntegrityVerifier.Builder verifier() {
        return DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(TestSupport.clockAt("2024-01-01T00:00:00Z"));
    }

    private static List<FailureCode> codes(VerificationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    /** The issuer's controller document, listing the given method ids under assertionMethod. */
    private static KeyResolver issuerDocumentListing(String... methodIds) {
        var assertion = StrictJson.PROVIDER.createArrayBuilder();
        for (String id : methodIds) {
            assertion.add(id);
        }
        JsonObject document = StrictJson.PROVIDER.createObjectBuilder()
                .add("@context", "https://www.w3.org/ns/cid/v1")
                .add("id", VECTOR_ISSUER.toString())
                .add("assertionMethod", assertion).build();
        return IdentifierResolver.offline(DocumentStore.of(Map.of(VECTOR_ISSUER, TestSupport.toBytes(document)))).keys();
    }

    private static String p256Method() {
        return TestSupport.json(P256_VECTOR).getJsonObject("proof").getString("verificationMethod");
    }

    @Test
    void p256Vector_withoutTheIssuersDocument_isIndeterminate_notInvalid() {
        VerificationReport report = verifier().build().verify(TestSupport.bytes(P256_VECTOR));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.isValid()).isFalse();
        assertThat(report.credential()).isEmpty();
        assertThat(codes(report)).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(report.allFailures().get(0).location()).isEqualTo("/proof/verificationMethod");
        assertThat(report.summary()).startsWith("INDETERMINATE: ISSUER_BINDING_UNESTABLISHED");
        assertThat(report.toJson()).contains("\"indication\": \"INDETERMINATE\"");
    }

    @Test
    void p256Vector_relaxedPolicy_isValidWithAWarning() {
        VerificationReport report = verifier().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build()
                .verify(TestSupport.bytes(P256_VECTOR));

        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(VECTOR_ISSUER);
        assertThat(report.warnings()).singleElement().asString().contains("cannot be established").contains("accepted by policy");
    }

    @Test
    void p256Vector_withTheIssuersDocumentListingTheKey_isValid() {
        VerificationReport report = verifier().keyResolver(issuerDocumentListing(p256Method())).build()
                .verify(TestSupport.bytes(P256_VECTOR));

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void p256Vector_withTheIssuersDocumentNotListingTheKey_isInvalid_underEitherPolicy() {
        KeyResolver other = issuerDocumentListing(VECTOR_ISSUER + "#some-other-key");
        for (IssuerBinding policy : IssuerBinding.values()) {
            VerificationReport report = verifier().keyResolver(other).issuerBinding(policy).build()
                    .verify(TestSupport.bytes(P256_VECTOR));

            assertThat(report.indication()).as(policy.name()).isEqualTo(Indication.INVALID);
            assertThat(codes(report)).as(policy.name()).containsExactly(FailureCode.CONTROLLER_MISMATCH);
        }
    }

    @Test
    void tamperedP256Vector_isInvalid_evenThoughItsBindingIsUnknown() {
        String tampered = new String(TestSupport.bytes(P256_VECTOR), StandardCharsets.UTF_8)
                .replace("The School of Examples", "The School of Exampled");

        VerificationReport report = verifier().build().verify(tampered);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactlyInAnyOrder(FailureCode.SIGNATURE_INVALID, FailureCode.ISSUER_BINDING_UNESTABLISHED);
    }

    @Test
    void chainVector_withoutTheIssuersDocument_isIndeterminate_withOneUnestablishedProof() {
        VerificationReport report = verifier().build().verify(TestSupport.bytes(CHAIN_VECTOR));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(codes(report)).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(report.proofs()).hasSize(4);
        assertThat(verifier().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build()
                .verify(TestSupport.bytes(CHAIN_VECTOR)).indication()).isEqualTo(Indication.VALID);
    }

    @Test
    void chainVector_bindsOnlyTheIssuersProof_theOthersAreEndorsements() {
        JsonObject chain = TestSupport.json(CHAIN_VECTOR);
        String first = chain.getJsonArray("proof").getJsonObject(0).getString("verificationMethod");

        VerificationReport report = verifier().keyResolver(issuerDocumentListing(first)).build().verify(TestSupport.toBytes(chain));

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.proofs()).extracting(p -> p.warnings().size()).containsExactly(0, 1, 1, 1);
        assertThat(report.proofs().get(3).warnings().get(0)).contains("endorsement");
    }

    @Test
    void didKeyIssuer_signedWithAnotherKey_isControllerMismatch_underEitherPolicy() throws Exception {
        SigningKey issuerKey = SigningKey.generate(KeyType.ED25519);
        SigningKey stranger = SigningKey.generate(KeyType.ED25519);
        JsonObject credential = StrictJson.PROVIDER.createObjectBuilder(TestSupport.json("/credentials/vc2-example.json"))
                .add("issuer", issuerKey.publicKey().did().toString()).build();
        // the signer is told (wrongly) that the issuer controls the stranger's key
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, stranger.signer()).contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2026-06-30T08:00:00Z"))
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(stranger.publicKey().didKeyVerificationMethod(),
                        issuerKey.publicKey().did(), stranger.publicKey()))))
                .build().sign(TestSupport.toBytes(credential));

        for (IssuerBinding policy : IssuerBinding.values()) {
            VerificationReport report = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).issuerBinding(policy)
                    .clock(TestSupport.clockAt("2026-07-01T00:00:00Z")).build().verify(signed);
            assertThat(report.indication()).as(policy.name()).isEqualTo(Indication.INVALID);
            assertThat(codes(report)).as(policy.name()).containsExactly(FailureCode.CONTROLLER_MISMATCH);
        }
    }

    @Test
    void minimalDocument_ofAnHttpsIssuer_bindsItsOwnKey() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.P256);
        URI issuer = URI.create("https://example.edu/issuers/1");
        KeyResolver resolver = IdentifierResolver.offline(DocumentStore.of(Map.of(issuer,
                ControllerDocument.minimal(issuer, key.publicKey()).getBytes(StandardCharsets.UTF_8)))).keys();
        JsonObject credential = StrictJson.PROVIDER.createObjectBuilder(TestSupport.json("/credentials/vc2-example.json"))
                .add("issuer", issuer.toString()).build();
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, key.signer()).contexts(TestSupport.CONTEXTS)
                .verificationMethod(URI.create(issuer + "#key-1")).keyResolver(resolver)
                .clock(TestSupport.clockAt("2026-06-30T08:00:00Z")).build().sign(TestSupport.toBytes(credential));

        VerificationReport report = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).keyResolver(resolver)
                .clock(TestSupport.clockAt("2026-07-01T00:00:00Z")).build().verify(signed);

        assertThat(report.indication()).isEqualTo(Indication.VALID);
    }
}
