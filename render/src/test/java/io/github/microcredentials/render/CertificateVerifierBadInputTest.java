package io.github.microcredentials.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.testfixtures.TestPki;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

/** Hostile or broken certificates: each a clear finding, never an exception. */
class CertificateVerifierBadInputTest {

    static final TestPki PKI = TestPki.INSTANCE;

    static CertificateVerifier verifier() {
        return CertificateVerifier.builder().trustAnchors(PKI.root().chain()).clock(PadesTest.NOW).build();
    }

    static byte[] seal(byte[] pdf) throws RenderException, SigningException {
        return PdfSealer.builder().clock(PadesTest.NOW).build().seal(pdf, PKI.rsaSeal().signer());
    }

    @Test
    void twoEmbeddedCredentials_isAFinding() throws Exception {
        byte[] pdf = withSecondCredential(Signed.certificate(), Signed.vcJwt(Fixtures.demo()));

        CertificateReport report = verifier().verify(seal(pdf));

        assertThat(report.has(CertificateReport.Code.MULTIPLE_CREDENTIALS)).isTrue();
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INDETERMINATE);
        assertThat(report.credential()).isEmpty();
        assertThat(report.seal().orElseThrow().indication()).isEqualTo(CertificateReport.Indication.VALID);
    }

    @Test
    void embeddedCredentialWhoseProofFails_isInvalid_evenUnderAValidSeal() throws Exception {
        SignedCredential tampered = SignedCredential.of(Signed.DATA_INTEGRITY.text().replace("Sofie", "Sophie"));
        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).build().pdf(Fixtures.demo(), tampered);

        CertificateReport report = verifier().verify(seal(pdf));

        assertThat(report.seal().orElseThrow().indication()).isEqualTo(CertificateReport.Indication.VALID);
        assertThat(report.credential().orElseThrow().indication()).isEqualTo(CertificateReport.Indication.INVALID);
        assertThat(report.credential().orElseThrow().verified()).isEmpty();
        assertThat(report.has(CertificateReport.Code.CREDENTIAL_INVALID)).isTrue();
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INVALID);
    }

    @Test
    void certificateNamingAnotherCredential_isAMismatch() throws Exception {
        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).build()
                .pdf(Fixtures.demo().toBuilder().id(java.net.URI.create("urn:uuid:11111111-2222-4333-8444-555555555555")).build(),
                        Signed.DATA_INTEGRITY);

        CertificateReport report = verifier().verify(seal(pdf));

        assertThat(report.has(CertificateReport.Code.CREDENTIAL_MISMATCH)).isTrue();
        assertThat(report.indication()).isEqualTo(CertificateReport.Indication.INVALID);
    }

    @Test
    void notAPdf_orTooLarge_orTruncated_isAFinding() throws Exception {
        assertThat(verifier().verify("hello".getBytes(StandardCharsets.US_ASCII)).has(CertificateReport.Code.MALFORMED_PDF)).isTrue();
        assertThat(CertificateVerifier.builder().maxBytes(100).build().verify(Signed.certificate())
                .has(CertificateReport.Code.MALFORMED_PDF)).isTrue();
        byte[] sealed = seal(Signed.certificate());
        CertificateReport truncated = verifier().verify(Arrays.copyOf(sealed, sealed.length - 200));
        assertThat(truncated.isValid()).isFalse();
    }

    @Property(tries = 60)
    void signedByteChanged_neverThrows_andIsNeverValid(@ForAll @IntRange(min = 0, max = 1_000_000) int position,
            @ForAll byte value) {
        byte[] mutated = SEALED.clone();
        int at = position % mutated.length;
        // The signature value itself is outside the signed ranges: its unsigned parts (the CMS certificate set,
        // the case of a hex digit) may change without changing the verdict.
        if (mutated[at] == value || at >= GAP[0] && at < GAP[1]) {
            return;
        }
        mutated[at] = value;

        CertificateReport report = verifier().verify(mutated);

        assertThat(report.indication()).isNotEqualTo(CertificateReport.Indication.VALID);
    }

    private static final byte[] SEALED = sealQuietly();
    private static final int[] GAP = gap(SEALED);

    private static int[] gap(byte[] pdf) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/ByteRange \\[0 (\\d+) (\\d+) \\d+\\]")
                .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            throw new IllegalStateException("no byte range");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static byte[] sealQuietly() {
        try {
            return seal(Signed.certificate());
        } catch (RenderException | SigningException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a second embedded credential to a certificate, as another producer (or an attacker) might. */
    static byte[] withSecondCredential(byte[] pdf, SignedCredential second) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(second.bytes()));
            file.setSubtype(second.form().mimeType());
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(second.form().fileName());
            spec.setFileUnicode(second.form().fileName());
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode tree = document.getDocumentCatalog().getNames().getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> names = new HashMap<>(tree.getNames());
            names.put(second.form().fileName(), spec);
            tree.setNames(names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
