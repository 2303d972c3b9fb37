package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import io.github.microcredentials.render.CertificateReport;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    @Test
    void renderSealVerify_andBakeUnbake() throws Exception {
        MicroCredential credential = Samples.microCredential();
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        String signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build()
                .sign(OpenBadgesWriter.builder().issuerId(key.publicKey().did()).build().write(credential));
        Path keystore = Files.createTempFile("seal", ".p12");
        try (InputStream in = getClass().getResourceAsStream("/seal/test-seal.p12")) {
            Files.write(keystore, in.readAllBytes());
        }
        Signer seal = Signers.pkcs12(keystore, SealEuropassTest.PASSWORD, Optional.of("seal"));
        X509Certificate root = SealEuropassTest.root();

        byte[] sealed = Certificates.renderAndSeal(credential, signed, seal);
        CertificateReport report = Certificates.verify(sealed, List.of(root));
        Files.delete(keystore);

        assertThat(report.isValid()).as(report.summary()).isTrue();
        assertThat(Certificates.bakeAndUnbake(credential, signed)).isEqualTo(signed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readmePicture_isAPng() throws Exception {
        byte[] picture = Files.readAllBytes(Path.of("..", "docs", "certificate.png"));

        assertThat(new String(picture, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
