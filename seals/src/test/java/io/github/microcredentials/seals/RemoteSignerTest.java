package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.RemoteSigningService;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningRequest;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.testfixtures.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/**
 * Two-step signing with a remote service: an in-process fake of a Cloud Signature Consortium
 * {@code signHash} endpoint that holds the key and sees only digests.
 */
class RemoteSignerTest {

    static final TestPki PKI = TestPki.INSTANCE;

    /** The fake "remote service": it signs digests (SHA-256) with its key, as a CSC signHash call would. */
    static final class SignHashService implements RemoteSigningService {
        private final PrivateKey key;
        final List<SignatureAlgorithm> requests = new ArrayList<>();
        boolean corrupt;

        SignHashService(PrivateKey key) {
            this.key = key;
        }

        @Override
        public synchronized byte[] sign(SigningRequest request) throws SigningException {
            requests.add(request.algorithm());
            byte[] digest = request.digest().orElseThrow();
            try {
                byte[] value;
                if (request.algorithm() == SignatureAlgorithm.RS256) {
                    // PKCS#1 v1.5 over the DigestInfo the service builds around the hash.
                    Signature rsa = Signature.getInstance("NONEwithRSA");
                    rsa.initSign(key);
                    rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), digest)
                            .getEncoded("DER"));
                    value = rsa.sign();
                } else if (request.algorithm() == SignatureAlgorithm.ES256) {
                    Signature ecdsa = Signature.getInstance("NONEwithECDSA");
                    ecdsa.initSign(key);
                    ecdsa.update(digest);
                    ASN1Sequence der = ASN1Sequence.getInstance(ecdsa.sign());
                    value = new byte[64];
                    BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(der.getObjectAt(0)).getPositiveValue(), value, 0, 32);
                    BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(der.getObjectAt(1)).getPositiveValue(), value, 32, 32);
                } else {
                    throw new SigningException("the service does not offer " + request.algorithm());
                }
                if (corrupt) {
                    value[value.length / 2] ^= 1;
                }
                return value;
            } catch (java.security.GeneralSecurityException | java.io.IOException e) {
                throw new SigningException("the service failed", e);
            }
        }
    }

    @Test
    void jadesSeal_signedByDigestOnly_verifies() throws Exception {
        SignHashService service = new SignHashService(PKI.rsaSeal().key());
        Signer signer = Signers.remote(service, PKI.rsaSeal().chain());

        byte[] sealed = JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer);

        assertThat(SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed).isValid()).isTrue();
        assertThat(service.requests).containsExactly(SignatureAlgorithm.RS256);
    }

    @Test
    void xadesSeal_withAnEcKey_verifies() throws Exception {
        Signer signer = Signers.remote(new SignHashService(PKI.ecSeal().key()), PKI.ecSeal().chain());

        byte[] sealed = XadesSealer.builder().build().seal("<credential><id>1</id></credential>".getBytes(StandardCharsets.UTF_8), signer);

        assertThat(SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed).isValid()).isTrue();
    }

    @Test
    void dataIntegrity_withARemoteKeyWithoutCertificate_verifies() throws Exception {
        Signer signer = Signers.remote(new SignHashService(PKI.ecSeal().key()), VerificationKey.of(PKI.ecSeal().certificate().getPublicKey()));
        byte[] credential = Pkcs11SignerTest.credential(signer).getBytes(StandardCharsets.UTF_8);

        byte[] signed = DataIntegritySigner.builder(Cryptosuite.ECDSA_RDFC_2019, signer).build().sign(credential);

        assertThat(DataIntegrityVerifier.builder().clock(Pkcs11SignerTest.LATER).build().verify(signed).allFailures()).isEmpty();
    }

    @Test
    void aValueThatDoesNotVerify_isRefusedBeforeItIsUsed() {
        SignHashService service = new SignHashService(PKI.rsaSeal().key());
        service.corrupt = true;
        Signer signer = Signers.remote(service, PKI.rsaSeal().chain());

        assertThatThrownBy(() -> JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer))
                .isInstanceOf(SigningException.class).hasMessageContaining("does not verify");
        Signer wrongKey = Signers.remote(new SignHashService(PKI.root().key()), PKI.rsaSeal().chain());
        assertThatThrownBy(() -> wrongKey.sign(new byte[] {1, 2, 3})).isInstanceOf(SigningException.class);
    }

    @Test
    void theRequest_carriesDataAndItsDigest_andEdDsaHasNoDigest() {
        SigningRequest request = SigningRequest.of(SignatureAlgorithm.ES256, "abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(request.dataToBeSigned()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(request.digest().orElseThrow()).hasSize(32);
        assertThat(SigningRequest.of(SignatureAlgorithm.EDDSA, new byte[1]).digest()).isEmpty();
    }
}
