package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealEuropassTest {

    static final char[] PASSWORD = "test-only-password".toCharArray();

    @TempDir
    Path dir;

    Path keystore() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/seal/test-seal.p12")) {
            return Files.write(dir.resolve("seal.p12"), in.readAllBytes());
        }
    }

    static X509Certificate root() throws Exception {
        try (InputStream in = SealEuropassTest.class.getResourceAsStream("/seal/test-seal-root.pem")) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void sealEdc_isAValidJadesSeal_whosePayloadReadsBackWithTheSealerAsIssuer() throws Exception {
        byte[] sealed = SealEuropass.sealEdc(Samples.microCredential(), keystore(), PASSWORD);

        SealReport report = SealEuropass.verify(sealed, root());

        assertThat(report.isValid()).isTrue();
        assertThat(report.level()).contains(SealLevel.BASELINE_B);
        var read = EdcReader.create().read(sealed).value();
        var issuer = read.issuer().or(() -> read.awardingBodies().stream().findFirst()).orElseThrow();
        assertThat(issuer.legalName().get("en")).contains("Universiteit Test");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).contains("\"signatures\"");
    }

    @Test
    void twoStep_givesAValidSeal() throws Exception {
        Signer service = Signers.pkcs12(keystore(), PASSWORD, Optional.of("seal"));

        byte[] sealed = SealEuropass.twoStep("{\"a\":1}".getBytes(StandardCharsets.UTF_8), service.certificateChain(), service);

        assertThat(SealEuropass.verify(sealed, root()).isValid()).isTrue();
    }
}
