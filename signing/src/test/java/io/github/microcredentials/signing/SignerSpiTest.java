package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one Signer SPI as Data Integrity and VC-JWT use it: algorithm, key id, remote keys, PEM keys. */
class SignerSpiTest {

    static final SigningKey ED25519 = DataIntegrityVerifierTest.ED25519;

    /** A signer of the right key that claims another algorithm. */
    static Signer claiming(SigningKey key, SignatureAlgorithm algorithm) {
        return new Signer() {
            @Override
            public VerificationKey publicKey() {
                return key.publicKey();
            }

            @Override
            public SignatureAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public byte[] sign(byte[] data) throws SigningException {
                return key.signer().sign(data);
            }
        };
    }

    @Test
    void theDefaultAlgorithm_isTheKeyTypes() {
        assertThat(ED25519.signer().algorithm()).isEqualTo(SignatureAlgorithm.EDDSA);
        assertThat(SigningKey.generate(KeyType.P384).signer().algorithm()).isEqualTo(SignatureAlgorithm.ES384);
        assertThat(ED25519.signer().certificateChain()).isEmpty();
        assertThat(ED25519.signer().keyId()).isEmpty();
        assertThat(SignatureAlgorithm.ES512.verificationOnly()).isTrue();
        assertThat(SignatureAlgorithm.EDDSA.digest()).isEmpty();
        assertThat(SignatureAlgorithm.ofJws("none")).isEmpty();
        assertThat(SignatureAlgorithm.ofJws("PS256")).contains(SignatureAlgorithm.PS256);
    }

    @Test
    void dataIntegrityAndVcJwt_refuseASignerOfAnotherAlgorithm() {
        SigningKey rsa = VcJwtTest.KEYS.get(KeyType.RSA);
        Signer pss = claiming(rsa, SignatureAlgorithm.PS256);

        assertThatThrownBy(() -> VcJwtSigner.withKeyId(pss)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PS256");
        assertThatThrownBy(() -> DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, claiming(ED25519, SignatureAlgorithm.ES256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signers.withAlgorithm(ED25519.signer(), SignatureAlgorithm.ES256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VcJwtVerifier.builder().allowedAlgorithms(Set.of(SignatureAlgorithm.PS256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSignersKeyId_isTheDefaultVerificationMethod() {
        Signer named = new Signer() {
            @Override
            public VerificationKey publicKey() {
                return ED25519.publicKey();
            }

            @Override
            public Optional<String> keyId() {
                return Optional.of("https://example.edu/issuers/1#key-1");
            }

            @Override
            public byte[] sign(byte[] data) throws SigningException {
                return ED25519.signer().sign(data);
            }
        };

        assertThat(DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, named).build().verificationMethod())
                .isEqualTo(URI.create("https://example.edu/issuers/1#key-1"));
        assertThat(DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, ED25519.signer()).build().verificationMethod())
                .isEqualTo(ED25519.publicKey().didKeyVerificationMethod());
        assertThat(DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, named).verificationMethod(URI.create("did:example:x#k"))
                .build().verificationMethod()).isEqualTo(URI.create("did:example:x#k"));
    }

    @Test
    void aRemoteEd25519Key_getsTheDataItself_andItsValueIsChecked() throws Exception {
        RemoteSigningService service = request -> {
            assertThat(request.digest()).isEmpty();
            return ED25519.signer().sign(request.dataToBeSigned());
        };
        Signer remote = Signers.remote(service, ED25519.publicKey());
        byte[] credential = TestSupport.toBytes(DataIntegrityVerifierTest.credentialFor(ED25519));

        String jwt = VcJwtSigner.withKeyId(remote).sign(credential);

        assertThat(VcJwtTest.verifier().verify(jwt).isValid()).isTrue();
        Signer lying = Signers.remote(request -> new byte[64], ED25519.publicKey());
        assertThatThrownBy(() -> lying.sign(new byte[] {1})).isInstanceOf(SigningException.class).hasMessageContaining("does not verify");
    }

    @Test
    void pem_withoutCertificate_signsForDataIntegrity_andRefusesGarbageWithoutQuotingIt() throws Exception {
        Signer signer = Signers.pem(ED25519.toPkcs8Pem());

        assertThat(signer.publicKey()).isEqualTo(ED25519.publicKey());
        assertThat(signer.certificateChain()).isEmpty();
        assertThatThrownBy(() -> Signers.pem("-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXRleHQ=\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(SigningException.class).hasMessageNotContaining("c2VjcmV0");
    }
}
