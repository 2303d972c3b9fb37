package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.SigningException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key sources: PKCS#12, key store entries, PEM; secrets stay out of messages. */
class SealSignersTest {

    static final TestPki PKI = TestPki.INSTANCE;
    static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    Path pkcs12(String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            store.setKeyEntry(alias, PKI.rsaSeal.key(), PASSWORD, PKI.rsaSeal.chain().toArray(new Certificate[0]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD);
        Path file = dir.resolve("seal.p12");
        Files.write(file, out.toByteArray());
        return file;
    }

    @Test
    void pkcs12_withItsOnlyKey_sealsVerifiably() throws Exception {
        SealSigner signer = SealSigners.pkcs12(pkcs12("seal"), PASSWORD, Optional.empty());

        byte[] sealed = JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer);

        assertThat(signer.certificateChain()).hasSize(2);
        assertThat(SealVerifier.builder().trustAnchors(PKI.root.chain()).build().verify(sealed).isValid()).isTrue();
        assertThat(signer.toString()).doesNotContain("PRIVATE");
    }

    @Test
    void pkcs12_wrongPassword_failsWithoutShowingIt() throws Exception {
        Path file = pkcs12("seal");

        assertThatThrownBy(() -> SealSigners.pkcs12(file, "wrong horse".toCharArray(), Optional.empty()))
                .isInstanceOf(SigningException.class).hasMessageContaining("wrong password").hasMessageNotContaining("horse");
    }

    @Test
    void pkcs12_withSeveralKeys_needsAnAlias() throws Exception {
        Path file = pkcs12("a", "b");

        assertThatThrownBy(() -> SealSigners.pkcs12(file, PASSWORD, Optional.empty())).isInstanceOf(SigningException.class)
                .hasMessageContaining("2 key entries");
        assertThat(SealSigners.pkcs12(file, PASSWORD, Optional.of("b")).certificateChain()).hasSize(2);
        assertThatThrownBy(() -> SealSigners.pkcs12(file, PASSWORD, Optional.of("c"))).isInstanceOf(SigningException.class);
    }

    @Test
    void pem_keyAndChain_sign_andAForeignKeyIsRefused() throws Exception {
        String key = pem("PRIVATE KEY", PKI.ecSeal.key().getEncoded());
        String chain = pem("CERTIFICATE", PKI.ecSeal.certificate().getEncoded()) + pem("CERTIFICATE", PKI.root.certificate().getEncoded());

        SealSigner signer = SealSigners.pem(key, chain);

        assertThat(SealVerifier.builder().trustAnchors(PKI.root.chain()).build()
                .verify(JadesSealer.builder().build().seal(JadesSealTest.CREDENTIAL, signer)).isValid()).isTrue();
        String otherKey = pem("PRIVATE KEY", PKI.rsaSeal.key().getEncoded());
        assertThatThrownBy(() -> SealSigners.pem(otherKey, chain)).isInstanceOf(SigningException.class);
    }

    @Test
    void signer_refusesAnAlgorithmThatDoesNotFitItsKey() {
        assertThatThrownBy(() -> PKI.rsaSeal.signer().sign(SealAlgorithm.ES256, new byte[1])).isInstanceOf(SigningException.class);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
