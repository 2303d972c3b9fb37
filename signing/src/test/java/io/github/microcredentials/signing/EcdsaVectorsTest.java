package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.di.Canonicalization;
import io.github.microcredentials.signing.internal.di.Transformed;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C vc-di-ecdsa test vectors (resources {@code vectors/vc-di-ecdsa/}, see SOURCES.md): all four
 * suite and curve pairs, ecdsa-rdfc-2019 and ecdsa-jcs-2019 on P-256 and P-384, reproduced step by
 * step (canonical forms, hashes) and verified; our own signatures verify and have the curve's size.
 */
class EcdsaVectorsTest {

    private static final URI VECTOR_ISSUER = URI.create("https://vc.example/issuers/5678");
    private static final String DIR = "/vectors/vc-di-ecdsa/";

    /** One vector: its folder and the suffix of its files. */
    record Vector(String folder, String suffix, Cryptosuite suite, KeyType keyType) {
        String file(String stem, String extension) {
            return DIR + folder + "/" + stem + suffix + extension;
        }

        String text(String stem) {
            return new String(TestSupport.bytes(file(stem, ".txt")), StandardCharsets.UTF_8);
        }

        String keyPair() {
            return DIR + (keyType == KeyType.P384 ? "p384KeyPair.json" : "p256KeyPair.json");
        }

        boolean jcs() {
            return suite == Cryptosuite.ECDSA_JCS_2019;
        }

        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<Vector> vectors() {
        return Stream.of(
                new Vector("ecdsa-rdfc-2019-p256", "ECDSAP256", Cryptosuite.ECDSA_RDFC_2019, KeyType.P256),
                new Vector("ecdsa-rdfc-2019-p384", "ECDSAP384", Cryptosuite.ECDSA_RDFC_2019, KeyType.P384),
                new Vector("ecdsa-jcs-2019-p256", "JCSECDSAP256", Cryptosuite.ECDSA_JCS_2019, KeyType.P256),
                new Vector("ecdsa-jcs-2019-p384", "JCSECDSAP384", Cryptosuite.ECDSA_JCS_2019, KeyType.P384));
    }

    /** The "employ" vectors use a context (citizenship v4rc1) that is not published with them: checked from their canonical forms. */
    static Stream<Vector> employVectors() {
        return Stream.of(
                new Vector("ecdsa-rdfc-2019-p256/employ", "ECDSAP256", Cryptosuite.ECDSA_RDFC_2019, KeyType.P256),
                new Vector("ecdsa-rdfc-2019-p384/employ", "ECDSAP384", Cryptosuite.ECDSA_RDFC_2019, KeyType.P384));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void canonicalFormsAndHashes_matchTheVector(Vector v) throws Exception {
        JsonObject unsigned = TestSupport.json(DIR + "unsigned.json");
        JsonObject proofConfig = TestSupport.json(v.file("proofConfig", ".json"));
        if (!proofConfig.containsKey("@context")) {
            proofConfig = StrictJson.PROVIDER.createObjectBuilder(proofConfig).add("@context", unsigned.get("@context")).build();
        }

        Transformed t = new Canonicalization(TestSupport.CONTEXTS).transform(v.suite(), v.keyType(), unsigned, proofConfig);

        assertThat(t.canonicalDocument()).isEqualTo(v.text("canonDoc"));
        assertThat(t.canonicalProofConfig()).isEqualTo(v.text("proofCanon"));
        assertThat(HexFormat.of().formatHex(t.documentHash())).isEqualTo(v.text("docHash").strip());
        assertThat(HexFormat.of().formatHex(t.proofConfigHash())).isEqualTo(v.text("proofHash").strip());
        assertThat(HexFormat.of().formatHex(t.hashData())).isEqualTo(v.text("combinedHash").strip());
        assertThat(t.hashData()).hasSize(v.keyType() == KeyType.P384 ? 96 : 64);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void signedVector_verifies(Vector v) {
        VerificationReport report = verifier(v).verify(TestSupport.bytes(v.file("signed", ".json")));

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.proofs()).singleElement().extracting(ProofResult::method).isEqualTo(v.suite().id());
        assertThat(report.warnings()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void signedVector_withDidKeyOnly_isIndeterminate_forItsIssuerBindingOnly(Vector v) {
        VerificationReport report = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2024-01-01T00:00:00Z")).build()
                .verify(TestSupport.bytes(v.file("signed", ".json")));

        // the did:key method resolves offline (a P-384 Multikey too); its controller is not the vectors' issuer,
        // whose controller document (which could list it) the verifier does not have
        assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void tamperedVector_failsWithSignatureInvalid(Vector v) {
        String signed = new String(TestSupport.bytes(v.file("signed", ".json")), StandardCharsets.UTF_8);
        String tampered = signed.replace("The School of Examples", "The School of Exampled");

        VerificationReport report = verifier(v).verify(tampered);

        assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void vectorSignature_isTheCurvesSize_andVerifiesTheCombinedHash(Vector v) {
        byte[] signature = HexFormat.of().parseHex(v.text("sigHex").strip());
        assertThat(Multibase.base58btc(signature)).isEqualTo(v.text("sigBTC58").strip());
        assertThat(signature).hasSize(v.keyType() == KeyType.P384 ? 96 : 64);
        VerificationKey key = VerificationKey.fromMultikey(TestSupport.json(v.keyPair()).getString("publicKeyMultibase"));
        assertThat(key.type()).isEqualTo(v.keyType());

        assertThat(key.verify(HexFormat.of().parseHex(v.text("combinedHash").strip()), signature)).isTrue();
        assertThat(key.verify(HexFormat.of().parseHex(v.text("docHash").strip()), signature)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void signingWithTheVectorKey_givesAProofThatVerifies(Vector v) throws Exception {
        SigningKey key = SigningKey.fromMultikey(TestSupport.json(v.keyPair()).getString("secretKeyMultibase"));
        assertThat(key.publicKey().multikey()).isEqualTo(TestSupport.json(v.keyPair()).getString("publicKeyMultibase"));
        JsonObject config = TestSupport.json(v.file("proofConfig", ".json"));
        DataIntegritySigner signer = DataIntegritySigner.builder(v.suite(), key.signer())
                .clock(TestSupport.clockAt(config.getString("created")))
                .contexts(TestSupport.CONTEXTS)
                // the vectors' issuer is an https id whose controller document would list the did:key method
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(key.publicKey().didKeyVerificationMethod(),
                        URI.create(TestSupport.json(DIR + "unsigned.json").getString("issuer")), key.publicKey()))))
                .build();

        JsonObject signed = StrictJson.parseObject(signer.sign(TestSupport.bytes(DIR + "unsigned.json")));

        JsonObject proof = signed.getJsonArray("proof").getJsonObject(0);
        JsonObject expected = TestSupport.json(v.file("signed", ".json")).getJsonObject("proof");
        // ECDSA signatures are randomised in the vectors (ours use RFC 6979 nonces): everything else is equal
        assertThat(StrictJson.PROVIDER.createObjectBuilder(proof).remove("proofValue").build())
                .isEqualTo(StrictJson.PROVIDER.createObjectBuilder(expected).remove("proofValue").build());
        assertThat(Multibase.decodeBase58btc(proof.getString("proofValue"))).hasSize(v.keyType() == KeyType.P384 ? 96 : 64);
        VerificationReport report = verifier(v).verify(TestSupport.toBytes(signed));
        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("employVectors")
    void employVectors_signatureVerifiesOverTheirCanonicalForms(Vector v) {
        byte[] document = v.text("canonDoc").getBytes(StandardCharsets.UTF_8);
        byte[] proof = v.text("proofCanon").getBytes(StandardCharsets.UTF_8);
        assertThat(HexFormat.of().formatHex(Canonicalization.hash(v.keyType(), document))).isEqualTo(v.text("docHash").strip());
        assertThat(HexFormat.of().formatHex(Canonicalization.hash(v.keyType(), proof))).isEqualTo(v.text("proofHash").strip());
        JsonObject signed = TestSupport.json(v.file("signed", ".json"));
        String method = signed.getJsonObject("proof").getString("verificationMethod");
        VerificationKey key = VerificationKey.fromDidKey(URI.create(method));
        assertThat(key.type()).isEqualTo(v.keyType());

        byte[] signature = Multibase.decodeBase58btc(signed.getJsonObject("proof").getString("proofValue"));
        assertThat(key.verify(HexFormat.of().parseHex(v.text("combinedHash").strip()), signature)).isTrue();
    }

    @Test
    void p384Multikey_roundTrips_throughDidKeyJwkAndSpki() {
        SigningKey key = SigningKey.generate(KeyType.P384);
        VerificationKey pub = key.publicKey();

        assertThat(pub.multikey()).startsWith("z82L");
        assertThat(pub.raw()).hasSize(49);
        assertThat(VerificationKey.fromDidKey(pub.didKeyVerificationMethod())).isEqualTo(pub);
        assertThat(VerificationKey.fromJwk(pub.jwk())).isEqualTo(pub);
        assertThat(pub.jwk()).contains("\"crv\":\"P-384\"");
        assertThat(SigningKey.fromPkcs8Pem(key.toPkcs8Pem()).publicKey()).isEqualTo(pub);
    }

    @Test
    void hostileP384Keys_areRefusedWithAClearError() throws Exception {
        byte[] raw = SigningKey.generate(KeyType.P384).publicKey().raw();
        byte[] notOnCurve = raw.clone();
        notOnCurve[0] = 0x05; // no point encoding starts so (a changed x would be on the curve half the time)
        String badMultikey = Multibase.encodeKey(Multibase.P384_PUB, notOnCurve);
        String shortMultikey = Multibase.encodeKey(Multibase.P384_PUB, java.util.Arrays.copyOf(raw, 33));

        for (String multikey : List.of(badMultikey, shortMultikey)) {
            URI method = URI.create("did:key:" + multikey + "#" + multikey);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> VerificationKey.fromMultikey(multikey)))
                    .as(multikey).isInstanceOf(IllegalArgumentException.class);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> KeyResolver.didKey().resolve(method)))
                    .isInstanceOf(SigningException.class);
        }
        String jwk = SigningKey.generate(KeyType.P384).publicKey().jwk();
        String p256Sized = jwk.replaceAll("\"x\":\"[^\"]+\"", "\"x\":\"" + Multibase.base64url(new byte[32]) + "\"");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> VerificationKey.fromJwk(p256Sized)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("48 bytes");
    }

    @Test
    void aP256KeyOnAP384DidKey_orTheWrongSignatureSize_isRefused() throws Exception {
        SigningKey p384 = SigningKey.generate(KeyType.P384);
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, p384.signer()).contexts(TestSupport.CONTEXTS)
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(p384.publicKey().didKeyVerificationMethod(),
                        VECTOR_ISSUER, p384.publicKey()))))
                .build().sign(TestSupport.bytes(DIR + "unsigned.json"));
        JsonObject doc = StrictJson.parseObject(signed);
        JsonObject proof = doc.getJsonArray("proof").getJsonObject(0);
        byte[] sig = Multibase.decodeBase58btc(proof.getString("proofValue"));
        byte[] shortened = java.util.Arrays.copyOf(sig, 64);
        JsonObject bad = StrictJson.PROVIDER.createObjectBuilder(doc).add("proof", StrictJson.PROVIDER.createArrayBuilder()
                .add(StrictJson.PROVIDER.createObjectBuilder(proof).add("proofValue", Multibase.base58btc(shortened)))).build();
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS)
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(p384.publicKey().didKeyVerificationMethod(),
                        VECTOR_ISSUER, p384.publicKey())))).build();

        assertThat(verifier.verify(signed).allFailures()).isEmpty();
        VerificationReport report = verifier.verify(TestSupport.toBytes(bad));
        assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.MALFORMED_SIGNATURE);
        assertThat(report.allFailures().get(0).message()).contains("96").contains("64");
    }

    /** The 1EdTech OB 3.0 signed test vector: its https verification method names its Multikey after '#'. */
    @Test
    void oneEdTechSignedTestVector_verifies_andATamperedCopyFails() {
        URI method = URI.create("https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi");
        VerificationKey key = VerificationKey.fromMultikey(method.getFragment());
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS)
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(method, URI.create("https://example.edu/issuers/565049"), key))))
                .clock(TestSupport.clockAt("2024-01-01T00:00:00Z")).build();
        byte[] vector = TestSupport.bytes("/interop/1edtech/spec-ldp-testvector-signed.json");

        VerificationReport report = verifier.verify(vector);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        String tampered = new String(vector, StandardCharsets.UTF_8).replace("2010-01-01T00:00:00Z", "2010-01-02T00:00:00Z");
        assertThat(verifier.verify(tampered).allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
    }

    private static DataIntegrityVerifier verifier(Vector v) {
        VerificationKey key = VerificationKey.fromMultikey(TestSupport.json(v.keyPair()).getString("publicKeyMultibase"));
        return DataIntegrityVerifier.builder()
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(key.didKeyVerificationMethod(), VECTOR_ISSUER, key))))
                .contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2024-01-01T00:00:00Z"))
                .build();
    }
}
