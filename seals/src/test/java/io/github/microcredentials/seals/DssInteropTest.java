package io.github.microcredentials.seals;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import io.github.microcredentials.testfixtures.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The interop gate: the EU's own validator (DSS, test scope only) judges our seals. It must find
 * them intact, TOTAL_PASSED with our test root trusted, at the level we made; and it must fail,
 * as ours does, after a one-byte change of the sealed content.
 */
class DssInteropTest {

    static final TestPki PKI = TestPki.INSTANCE;
    // DSS validates at the current time: seal "now" with certificates valid until 2035.
    static final Clock NOW = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    static final byte[] CREDENTIAL = JadesSealTest.CREDENTIAL;
    static final byte[] XML = XadesSealTest.XML;

    /** DSS's verdict. */
    record Verdict(Indication indication, String subIndication, SignatureLevel level, boolean intact) {
    }

    static Verdict dss(byte[] sealed) {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(PKI.root().certificate()));
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(new eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource(
                new java.io.ByteArrayInputStream(PKI.crl())));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(sealed));
        validator.setCertificateVerifier(verifier);
        eu.europa.esig.dss.validation.reports.Reports reports = validator.validateDocument();
        SimpleReport simple = reports.getSimpleReport();
        String id = simple.getFirstSignatureId();
        return new Verdict(simple.getIndication(id), String.valueOf(simple.getSubIndication(id)), simple.getSignatureFormat(id),
                reports.getDiagnosticData().getSignatureById(id).isSignatureIntact());
    }

    static SealVerifier ours() {
        return SealVerifier.builder().trustAnchors(PKI.root().chain()).clock(NOW).build();
    }

    static byte[] changeOneByte(byte[] sealed, String from, String to) {
        String text = new String(sealed, StandardCharsets.UTF_8);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("one occurrence of " + from).hasSize(2);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jadesBaselineB_rs256_passesDss() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(NOW).build().seal(CREDENTIAL, PKI.rsaSeal().signer());

        assertThat(dss(sealed)).isEqualTo(new Verdict(Indication.TOTAL_PASSED, "null", SignatureLevel.JAdES_BASELINE_B, true));
        assertThat(ours().verify(sealed).isValid()).isTrue();
    }

    @Test
    void jadesBaselineB_es256_passesDss() throws Exception {
        byte[] sealed = JadesSealer.builder().clock(NOW).build().seal(CREDENTIAL, PKI.ecSeal().signer());

        assertThat(dss(sealed)).isEqualTo(new Verdict(Indication.TOTAL_PASSED, "null", SignatureLevel.JAdES_BASELINE_B, true));
    }

    @Test
    void jadesBaselineT_passesDss() throws Exception {
        byte[] sealed = JadesSealer.builder().level(SealLevel.BASELINE_T).tsa(new InProcessTsa(PKI.tsa(), NOW)).clock(NOW).build()
                .seal(CREDENTIAL, PKI.rsaSeal().signer());

        assertThat(dss(sealed)).isEqualTo(new Verdict(Indication.TOTAL_PASSED, "null", SignatureLevel.JAdES_BASELINE_T, true));
        assertThat(ours().verify(sealed).level()).contains(SealLevel.BASELINE_T);
    }

    @Test
    void jadesOneByteChange_failsInDssAndOurs() throws Exception {
        byte[] sealed = changeOneByte(JadesSealer.builder().clock(NOW).build().seal(CREDENTIAL, PKI.rsaSeal().signer()), "credentialSubject", "credentialSubjecT");

        Verdict verdict = dss(sealed);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.intact()).isFalse();
        assertThat(ours().verify(sealed).intact()).isFalse();
    }

    @Test
    void xadesBaselineB_passesDss() throws Exception {
        byte[] sealed = XadesSealer.builder().clock(NOW).build().seal(XML, PKI.rsaSeal().signer());

        assertThat(dss(sealed)).isEqualTo(new Verdict(Indication.TOTAL_PASSED, "null", SignatureLevel.XAdES_BASELINE_B, true));
        assertThat(ours().verify(sealed).isValid()).isTrue();
    }

    @Test
    void xadesBaselineT_ecdsa_passesDss() throws Exception {
        byte[] sealed = XadesSealer.builder().level(SealLevel.BASELINE_T).tsa(new InProcessTsa(PKI.tsa(), NOW)).clock(NOW).build()
                .seal(XML, PKI.ecSeal().signer());

        assertThat(dss(sealed)).isEqualTo(new Verdict(Indication.TOTAL_PASSED, "null", SignatureLevel.XAdES_BASELINE_T, true));
        assertThat(ours().verify(sealed).level()).contains(SealLevel.BASELINE_T);
    }

    @Test
    void xadesOneByteChange_failsInDssAndOurs() throws Exception {
        byte[] sealed = changeOneByte(XadesSealer.builder().clock(NOW).build().seal(XML, PKI.rsaSeal().signer()), "Sociology", "Sociologz");

        Verdict verdict = dss(sealed);

        assertThat(verdict.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(verdict.intact()).isFalse();
        assertThat(ours().verify(sealed).intact()).isFalse();
    }
}
