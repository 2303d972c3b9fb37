package io.github.microcredentials.render;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.TsaClient;
import io.github.microcredentials.testfixtures.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The PAdES seal of a rendered certificate, judged by the EU's validator (DSS, test scope) and by
 * our verifier: BASELINE-B and -T intact and passed; a byte changed after sealing not intact for
 * both; an incremental update after sealing reported by ours.
 */
class PadesTest {

    static final TestPki PKI = TestPki.INSTANCE;
    // DSS validates at the current time: seal "now" with certificates valid until 2035.
    static final Clock NOW = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    static final byte[] CERTIFICATE = Signed.certificate();

    static CertificateVerifier ours() {
        return CertificateVerifier.builder().trustAnchors(PKI.root().chain()).clock(NOW).build();
    }

    static byte[] sealB(TestPki.Issued key) throws Exception {
        return PdfSealer.builder().clock(NOW).build().seal(CERTIFICATE, key.signer());
    }

    @Test
    void baselineB_rsa_passesDssAndOurs_andStaysPdfA() throws Exception {
        byte[] sealed = sealB(PKI.rsaSeal());

        assertThat(Dss.validate(sealed, PKI)).isEqualTo(new Dss.Verdict(Indication.TOTAL_PASSED, "null",
                SignatureLevel.PAdES_BASELINE_B, true));
        CertificateReport report = ours().verify(sealed);
        assertThat(report.problems()).isEmpty();
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.VALID);
        assertThat(report.seal().orElseThrow().level()).contains(SealLevel.BASELINE_B);
        assertThat(report.credential().orElseThrow().verified()).contains(Signed.DATA_INTEGRITY);
        assertThat(PdfA.validate(sealed).failures()).isEmpty();
    }

    @Test
    void baselineB_ecdsa_passesDss() throws Exception {
        byte[] sealed = PdfSealer.builder().clock(NOW).build().seal(CERTIFICATE, PKI.ecSeal().signer());

        assertThat(Dss.validate(sealed, PKI)).isEqualTo(new Dss.Verdict(Indication.TOTAL_PASSED, "null",
                SignatureLevel.PAdES_BASELINE_B, true));
        assertThat(ours().verify(sealed).isValid()).isTrue();
    }

    @Test
    void baselineT_withLoopbackTsa_passesDssAndOurs() throws Exception {
        try (LoopbackTsa tsa = new LoopbackTsa(PKI.tsa(), NOW)) {
            byte[] sealed = PdfSealer.builder().level(SealLevel.BASELINE_T).tsa(TsaClient.http(tsa.url())).clock(NOW).build()
                    .seal(CERTIFICATE, PKI.rsaSeal().signer());

            // With an RSA seal and an RSA time-stamping authority the token's length is fixed (the nonce is sized):
            // one signing against the first estimate, one into the space reserved for its real size.
            assertThat(tsa.requests.get()).as("time-stamp requests while sizing the signature exactly").isEqualTo(2);
            assertThat(Dss.validate(sealed, PKI)).isEqualTo(new Dss.Verdict(Indication.TOTAL_PASSED, "null",
                    SignatureLevel.PAdES_BASELINE_T, true));
            CertificateReport report = ours().verify(sealed);
            assertThat(report.isValid()).as(report.summary()).isTrue();
            assertThat(report.seal().orElseThrow().level()).contains(SealLevel.BASELINE_T);
            assertThat(report.seal().orElseThrow().timestampTime()).contains(NOW.instant());
        }
    }

    @Test
    void oneByteChangedAfterSealing_isNotIntactForDssAndOurs() throws Exception {
        byte[] sealed = sealB(PKI.rsaSeal());
        byte[] changed = changeInTheSealedPart(sealed);

        Dss.Verdict dss = Dss.validate(changed, PKI);
        CertificateReport report = ours().verify(changed);

        assertThat(dss.intact()).isFalse();
        assertThat(dss.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INVALID);
        assertThat(report.seal().orElseThrow().intact()).isFalse();
        assertThat(report.has(CertificateReport.Code.DIGEST_MISMATCH)).isTrue();
    }

    @Test
    void incrementalUpdateAfterSealing_isReported() throws Exception {
        byte[] sealed = sealB(PKI.rsaSeal());
        String update = "\n1000 0 obj\n<< /Type /Annot /Subtype /Text /Contents (changed later) >>\nendobj\n";
        byte[] appended = concat(sealed, update.getBytes(StandardCharsets.US_ASCII));

        CertificateReport report = ours().verify(appended);

        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INVALID);
        assertThat(report.has(CertificateReport.Code.MODIFIED_AFTER_SEALING)).isTrue();
        assertThat(report.seal().orElseThrow().intact()).isTrue();
        assertThat(report.seal().orElseThrow().coversWholeFile()).isFalse();
    }

    @Test
    void untrustedSeal_isIndeterminate_notValid() throws Exception {
        CertificateReport report = CertificateVerifier.builder().clock(NOW).build().verify(sealB(PKI.rsaSeal()));

        assertThat(report.indication()).as(report.toJson()).isEqualTo(CertificateReport.Indication.INDETERMINATE);
        assertThat(report.seal().orElseThrow().intact()).isTrue();
        assertThat(report.has(CertificateReport.Code.CHAIN_UNTRUSTED)).isTrue();
    }

    @Test
    void unsealedCertificate_hasNoSeal() {
        CertificateReport report = ours().verify(CERTIFICATE);

        assertThat(report.has(CertificateReport.Code.NO_SEAL)).isTrue();
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INDETERMINATE);
        assertThat(report.credential().orElseThrow().indication()).isEqualTo(CertificateReport.Indication.VALID);
    }

    /** Changes one byte inside the sealed byte range: a hex digit of the first revision's file identifier. */
    static byte[] changeInTheSealedPart(byte[] sealed) {
        String text = new String(sealed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/ID [<");
        assertThat(at).as("the first revision's file identifier").isPositive().isLessThan(text.indexOf("/ByteRange"));
        byte[] changed = sealed.clone();
        int digit = at + "/ID [<".length();
        changed[digit] = (byte) (changed[digit] == '0' ? '1' : '0');
        return changed;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

}
