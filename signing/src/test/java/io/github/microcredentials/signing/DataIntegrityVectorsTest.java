package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.di.Transformed;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The W3C vc-di-eddsa test vectors, reproduced byte for byte and verified. */
class DataIntegrityVectorsTest {

    private static final URI VECTOR_ISSUER = URI.create("https://vc.example/issuers/5678");

    static Stream<String> suites() {
        return Stream.of("eddsa-rdfc-2022", "eddsa-jcs-2022");
    }

    private static JsonObject vector(String suite) {
        return TestSupport.json("/vectors/vc-di-eddsa/" + suite + ".json");
    }

    @ParameterizedTest
    @MethodSource("suites")
    void canonicalFormsAndHashes_matchTheVector(String suiteId) throws Exception {
        JsonObject v = vector(suiteId);
        Cryptosuite suite = Cryptosuite.of(suiteId).orElseThrow();

        Transformed t = new Canonicalization(TestSupport.CONTEXTS)
                .transform(suite, v.getJsonObject("unsignedDocument"), v.getJsonObject("proofOptions"));

        assertThat(t.canonicalDocument()).isEqualTo(v.getString("canonicalDocument"));
        assertThat(t.canonicalProofConfig()).isEqualTo(v.getString("canonicalProofOptions"));
        assertThat(HexFormat.of().formatHex(t.documentHash())).isEqualTo(v.getString("documentHashHex"));
        assertThat(HexFormat.of().formatHex(t.proofConfigHash())).isEqualTo(v.getString("proofOptionsHashHex"));
        assertThat(HexFormat.of().formatHex(t.hashData())).isEqualTo(v.getString("combinedHashHex"));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signing_reproducesSignatureAndProofValue(String suiteId) throws Exception {
        JsonObject v = vector(suiteId);
        SigningKey key = SigningKey.fromMultikey(v.getJsonObject("keyPair").getString("privateKeyMultibase"));
        assertThat(key.publicKey().multikey()).isEqualTo(v.getJsonObject("keyPair").getString("publicKeyMultibase"));
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.of(suiteId).orElseThrow(), key.signer())
                .clock(TestSupport.clockAt(v.getJsonObject("proofOptions").getString("created")))
                .contexts(TestSupport.CONTEXTS)
                // the vector's issuer is an https controller whose document lists the did:key method
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(key.publicKey().didKeyVerificationMethod(),
                        URI.create(v.getJsonObject("unsignedDocument").getString("issuer")), key.publicKey()))))
                .build();

        JsonObject signed = StrictJson.parseObject(signer.sign(TestSupport.toBytes(v.getJsonObject("unsignedDocument"))));

        JsonObject proof = signed.getJsonArray("proof").getJsonObject(0);
        assertThat(proof.getString("proofValue")).isEqualTo(v.getString("proofValue"));
        assertThat(proof).isEqualTo(v.getJsonObject("signedDocument").getJsonObject("proof"));
        byte[] signature = io.github.microcredentials.signing.internal.codec.Multibase.decodeBase58btc(proof.getString("proofValue"));
        assertThat(HexFormat.of().formatHex(signature)).isEqualTo(v.getString("signatureHex"));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signedVector_verifies(String suiteId) {
        JsonObject v = vector(suiteId);

        VerificationReport report = verifier(List.of(v.getJsonObject("keyPair").getString("publicKeyMultibase")))
                .verify(TestSupport.toBytes(v.getJsonObject("signedDocument")));

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(VECTOR_ISSUER);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signedVector_withoutTheIssuersDocument_isIndeterminate_forItsBindingOnly(String suiteId) {
        JsonObject v = vector(suiteId);

        VerificationReport report = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).build()
                .verify(TestSupport.toBytes(v.getJsonObject("signedDocument")));

        assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void proofSetsAndChains_verifyEveryProof() {
        JsonObject keys = TestSupport.json("/vectors/vc-di-eddsa/proof-set-chain/multiKeyPairs.json");
        List<String> multikeys = keys.values().stream().map(k -> k.asJsonObject().getString("publicKeyMultibase")).toList();
        DataIntegrityVerifier verifier = verifier(multikeys);

        for (String file : List.of("signedProofSet1", "signedProofSet2", "signedProofChain1", "signedProofChain2")) {
            VerificationReport report = verifier.verify(TestSupport.bytes("/vectors/vc-di-eddsa/proof-set-chain/" + file + ".json"));
            assertThat(report.allFailures()).as(file).isEmpty();
            assertThat(report.isValid()).as(file).isTrue();
        }
        assertThat(verifier.verify(TestSupport.bytes("/vectors/vc-di-eddsa/proof-set-chain/signedProofChain2.json")).proofs())
                .hasSize(4);
    }

    /** A verifier for which the vectors' issuer controls the vectors' did:key methods (as its DID document would say). */
    static DataIntegrityVerifier verifier(List<String> multikeys) {
        List<VerificationMethod> methods = multikeys.stream().map(VerificationKey::fromMultikey)
                .map(k -> new VerificationMethod(k.didKeyVerificationMethod(), VECTOR_ISSUER, k)).toList();
        return DataIntegrityVerifier.builder()
                .keyResolver(KeyResolver.of(methods))
                .contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2024-01-01T00:00:00Z"))
                .build();
    }
}
