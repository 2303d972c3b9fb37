package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.testfixtures.TestPki;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key sources of seals ({@link Signers}): PKCS#12, key store entries, PEM, a remote service; secrets stay out of messages. */
class SignersTest {

    static final TestPki PKI = TestPki.INSTANCE;
    static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    Path pkcs12(String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            store.setKeyEntry(alias, PKI.rsaSeal().key(), PASSWORD, PKI.rsaSeal().chain().toArray(new Certificate[0]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        Path file = dir.resolve("seal.p12");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void pkcs12_withItsOnlyKey_sealsVerifiably() throws Exception {
        Signer signer = Signers.pkcs12(pkcs12("seal"), PASSWORD, Optional.empty());

        byte[] sealed = JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer);

        assertThat(signer.certificateChain()).hasSize(2);
        assertThat(SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed).isValid()).isTrue();
        assertThat(signer.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void pkcs12_wrongPassword_failsWithoutShowingIt() throws Exception {
        Path file = pkcs12("seal");

        assertThatThrownBy(() -> Signers.pkcs12(file, "wrong horse".toCharArray(), Optional.empty()))
                .isInstanceOf(SigningException.class).hasMessageContaining("wrong password").hasMessageNotContaining("horse");
    }

    @Test
    void pkcs12_withSeveralKeys_needsAnAlias() throws Exception {
        Path file = pkcs12("a", "b");

        assertThatThrownBy(() -> Signers.pkcs12(file, PASSWORD, Optional.empty())).isInstanceOf(SigningException.class)
                .hasMessageContaining("2 key entries");
        assertThat(Signers.pkcs12(file, PASSWORD, Optional.of("b")).certificateChain()).hasSize(2);
        assertThatThrownBy(() -> Signers.pkcs12(file, PASSWORD, Optional.of("c"))).isInstanceOf(SigningException.class);
    }

    @Test
    void pem_keyAndChain_sign_andAForeignKeyIsRefused() throws Exception {
        String key = pem("PRIVATE KEY", PKI.ecSeal().key().getEncoded());
        String chain = pem("CERTIFICATE", PKI.ecSeal().certificate().getEncoded()) + pem("CERTIFICATE", PKI.root().certificate().getEncoded());

        Signer signer = Signers.pem(key, chain);

        assertThat(SealVerifier.builder().trustAnchors(PKI.root().chain()).build()
                .verify(JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer)).isValid()).isTrue();
        String otherKey = pem("PRIVATE KEY", PKI.rsaSeal().key().getEncoded());
        assertThatThrownBy(() -> Signers.pem(otherKey, chain)).isInstanceOf(SigningException.class);
    }

    @Test
    void signer_refusesAnAlgorithmThatDoesNotFitItsKey() {
        assertThatThrownBy(() -> Signers.withAlgorithm(PKI.rsaSeal().signer(), SignatureAlgorithm.ES256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signers.withAlgorithm(PKI.rsaSeal().signer(), SignatureAlgorithm.RS512))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pem_traditionalOpenSslKeys_pkcs1AndSec1_areRead() throws Exception {
        String rsa = traditional(PKI.rsaSeal().key());
        String ec = traditional(PKI.ecSeal().key());
        assertThat(rsa).contains("BEGIN RSA PRIVATE KEY");
        assertThat(ec).contains("BEGIN EC PRIVATE KEY");

        Signer rsaSigner = Signers.pem(rsa, pem("CERTIFICATE", PKI.rsaSeal().certificate().getEncoded()));
        Signer ecSigner = Signers.pem(ec, pem("CERTIFICATE", PKI.ecSeal().certificate().getEncoded()));

        assertThat(rsaSigner.algorithm()).isEqualTo(SignatureAlgorithm.RS256);
        assertThat(ecSigner.algorithm()).isEqualTo(SignatureAlgorithm.ES256);
        assertThat(Signers.pem(ec).publicKey()).isEqualTo(ecSigner.publicKey());
        assertThatThrownBy(() -> Signers.pem("-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"))
                .isInstanceOf(SigningException.class).hasMessageContaining("unencrypted");
    }

    /** OpenSSL's traditional PEM: PKCS#1 for RSA, SEC 1 with the curve named for EC. */
    static String traditional(java.security.PrivateKey key) throws Exception {
        if (key.getAlgorithm().equals("EC")) {
            org.bouncycastle.asn1.pkcs.PrivateKeyInfo info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(key.getEncoded());
            java.math.BigInteger d = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(info.parsePrivateKey()).getKey();
            byte[] sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, d, info.getPrivateKeyAlgorithm().getParameters()).getEncoded();
            return pem("EC PRIVATE KEY", sec1);
        }
        java.io.StringWriter out = new java.io.StringWriter();
        try (org.bouncycastle.openssl.jcajce.JcaPEMWriter writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(out)) {
            writer.writeObject(key);
        }
        return out.toString();
    }

    @Test
    void aSignerWithoutCertificate_isRefusedBySealers_withTheReason() {
        Signer bare = io.github.microcredentials.signing.SigningKey.generate(io.github.microcredentials.signing.KeyType.P256).signer();

        assertThatThrownBy(() -> JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, bare))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificate chain");
        assertThatThrownBy(() -> XadesSealer.builder().build().seal("<a/>".getBytes(java.nio.charset.StandardCharsets.UTF_8), bare))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("certificate chain");
    }

    @Test
    void sealer_withPs256_signsTheSameKeyWithPss() throws Exception {
        Signer signer = Signers.pkcs12(pkcs12("seal"), PASSWORD, Optional.empty());

        byte[] sealed = JadesSealer.builder().algorithm(SignatureAlgorithm.PS256).build().seal(JadesSealTest.CREDENTIAL, signer);

        assertThat(new String(sealed, java.nio.charset.StandardCharsets.UTF_8)).isNotEmpty();
        assertThat(SealVerifier.builder().trustAnchors(PKI.root().chain()).build().verify(sealed).isValid()).isTrue();
        assertThat(signer.algorithm()).isEqualTo(SignatureAlgorithm.RS256);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
