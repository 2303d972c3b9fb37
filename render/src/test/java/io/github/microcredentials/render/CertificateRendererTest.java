package io.github.microcredentials.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.edc.EdcWriter;
import io.github.microcredentials.render.internal.Labels;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateRendererTest {

    private static CertificateRenderer renderer(String... languages) {
        return CertificateRenderer.builder().clock(Fixtures.CLOCK).languages(List.of(languages)).build();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "el", "bg"})
    void demoCertificate_isPdfA3b_inEachLanguage(String language) throws Exception {
        byte[] pdf = renderer(language).pdf(Fixtures.demo(), Signed.DATA_INTEGRITY);

        PdfA.Verdict verdict = PdfA.validate(pdf);

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.compliant()).isTrue();
    }

    @Test
    void multilingualCertificate_isPdfA3b_withOnePagePerLanguage() throws Exception {
        byte[] pdf = renderer("en", "de", "el", "bg").pdf(Fixtures.multilingual(), Signed.DATA_INTEGRITY);

        assertThat(PdfA.validate(pdf).failures()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(4);
        }
        assertThat(text(pdf)).contains("FAIR Research Data Management", "FAIR-Forschungsdatenmanagement",
                "Διαχείριση ερευνητικών δεδομένων FAIR", "Управление на изследователски данни по FAIR",
                "Μαθησιακά αποτελέσματα", "Резултати от ученето", "Lernergebnisse");
    }

    @Test
    void page_showsTheAnnexElements() throws Exception {
        String text = text(renderer("en").pdf(Fixtures.demo(), Signed.DATA_INTEGRITY));

        assertThat(text).contains("Sofie Nielsen", "FAIR Research Data Management", "University College of Northern Denmark",
                "Denmark", "June 30, 2026", "3 ECTS credits", "81 hours", "EQF level 6", "QF-EHEA first cycle",
                "Learning outcomes", "Design a data management plan", "Data management portfolio", "Portfolio",
                "Supervised online, with identity verification", "Online", "Institutional accreditation",
                "Stackable", "Pass", "urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10",
                "The signed digital credential is embedded in this PDF document.");
    }

    @Test
    void germanPage_hasGermanLabelsDatesAndNumbers() throws Exception {
        String text = text(renderer("de").pdf(Fixtures.demo()));

        assertThat(text).contains("Hiermit wird bescheinigt, dass", "30. Juni 2026", "3 ECTS-Leistungspunkte",
                "EQR-Niveau 6", "Dänemark", "Lernergebnisse");
        assertThat(text).doesNotContain("eingebettet");
    }

    @Test
    void signedCredential_isTheAssociatedFile_byteForByte() throws Exception {
        byte[] pdf = renderer("en").pdf(Fixtures.demo(), Signed.DATA_INTEGRITY);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray af = (COSArray) document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
            assertThat(af.size()).isEqualTo(1);
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) af.getObject(0));
            assertThat(spec.getCOSObject().getNameAsString(COSName.AF_RELATIONSHIP)).isEqualTo("Source");
            assertThat(spec.getFilename()).isEqualTo("credential.jsonld");
            assertThat(spec.getFileUnicode()).isEqualTo("credential.jsonld");
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/ld+json");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(Signed.DATA_INTEGRITY.bytes());
            assertThat(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKey("credential.jsonld");
        }
    }

    @Test
    void sameInputAndClock_giveTheSameBytes() throws Exception {
        assertThat(renderer("en").pdf(Fixtures.demo(), Signed.DATA_INTEGRITY))
                .isEqualTo(renderer("en").pdf(Fixtures.demo(), Signed.DATA_INTEGRITY));
    }

    @Test
    void fromSignedOpenBadgesAndVcJwtAndEdc_throughTheReaders() throws Exception {
        assertThat(text(renderer("en").pdf(Signed.DATA_INTEGRITY))).contains("Sofie Nielsen", "Learning outcomes");
        SignedCredential jwt = Signed.vcJwt(Fixtures.demo());
        byte[] fromJwt = renderer("en").pdf(jwt);
        assertThat(text(fromJwt)).contains("FAIR Research Data Management");
        assertThat(CertificateVerifier.builder().build().verify(fromJwt).credential().orElseThrow().indication())
                .isEqualTo(CertificateReport.Indication.VALID);
        SignedCredential edc = SignedCredential.of(EdcWriter.create().write(Fixtures.demo()));
        assertThat(text(renderer("en").pdf(edc))).contains("FAIR Research Data Management", "EQF level 6");
    }

    @Test
    void qrCode_carriesTheVerificationLink() throws Exception {
        URI page = URI.create("https://www.ucn.dk/verify");
        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).qr(QrContent.verificationPage(page)).build()
                .pdf(Fixtures.demo());

        assertThat(QrDecoder.decodeFirstImage(pdf))
                .isEqualTo("https://www.ucn.dk/verify?credential=urn%3Auuid%3A6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10");
    }

    @Test
    void qrCode_compactCredential_needsAVcJwtThatFits() throws Exception {
        CertificateRenderer compact = CertificateRenderer.builder().qr(QrContent.compactCredential()).build();

        assertThatThrownBy(() -> compact.pdf(Fixtures.demo(), Signed.DATA_INTEGRITY)).isInstanceOf(RenderException.class)
                .hasMessageContaining("VC-JWT");
        assertThatThrownBy(() -> compact.pdf(Fixtures.demo(), Signed.vcJwt(Fixtures.demo()))).isInstanceOf(RenderException.class)
                .hasMessageContaining("does not fit");
        MicroCredential small = MicroCredential.builder(URI.create("urn:uuid:0f6b9e2c-1a1d-4b0e-9a55-1c2d3e4f5a6b"))
                .title(io.github.microcredentials.core.model.LocalizedString.en("Small"))
                .addAwardingBody(io.github.microcredentials.core.sample.Samples.ucn())
                .issued(java.time.OffsetDateTime.parse("2026-06-30T10:00:00+02:00"))
                .learner(io.github.microcredentials.core.model.Learner.builder().fullName("Ana").build()).build();
        SignedCredential jwt = Signed.vcJwt(small);
        assertThat(QrDecoder.decodeFirstImage(compact.pdf(small, jwt))).isEqualTo(jwt.text());
    }

    @Test
    void languageWithoutLabelsOrTexts_isRefused() {
        assertThatThrownBy(() -> renderer("fi").pdf(Fixtures.demo())).isInstanceOf(RenderException.class)
                .hasMessageContaining("no labels and no texts in language fi");
        assertThatThrownBy(() -> CertificateRenderer.builder().languages(List.of("en", "EN")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void languageWithTextsButNoLabels_usesEnglishLabels() throws Exception {
        String text = text(renderer("da").pdf(Fixtures.demo()));

        assertThat(text).contains("FAIR forskningsdatahåndtering", "Learning outcomes");
    }

    @Test
    void everyBundledLanguage_hasEveryLabel() {
        for (String language : Labels.LANGUAGES) {
            assertThat(Labels.ownKeys(language)).as(language).containsExactlyInAnyOrderElementsOf(Labels.ownKeys("en"));
        }
    }

    @Test
    void institutionTemplate_fromDirectory_withLogoColoursAndCss(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("template.properties"), "primary-colour=#7a0019\naccent-colour=#ffcc33\n");
        Files.writeString(dir.resolve("certificate.css"), ".mc-title { font-size: 24pt; }\n");
        Files.write(dir.resolve("logo.png"), BadgeImages.png(Fixtures.demo()));
        Template template = Template.fromDirectory(dir);
        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).template(template).build().pdf(Fixtures.demo());

        assertThat(PdfA.validate(pdf).failures()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int images = 0;
            for (COSName name : document.getPage(0).getResources().getXObjectNames()) {
                images += document.getPage(0).getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
            }
            assertThat(images).as("logo and QR code").isEqualTo(2);
        }
    }

    @Test
    void institutionTemplate_ownPage_andBadSettingsAreRefused(@TempDir Path dir) throws Exception {
        Template own = Template.builder().html("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head/><body>"
                + "<h1 data-mc=\"title\"/><p><span data-mc-label=\"issued\"/>: <span data-mc=\"issued\"/></p></body></html>").build();
        String text = text(CertificateRenderer.builder().template(own).build().pdf(Fixtures.demo()));
        assertThat(text).contains("FAIR Research Data Management", "Date of issue: June 30, 2026").doesNotContain("Sofie");

        assertThatThrownBy(() -> Template.builder().html("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<p data-mc=\"salary\"/></body></html>").build()).isInstanceOf(RenderException.class)
                .hasMessageContaining("data-mc=salary");
        assertThatThrownBy(() -> Template.builder().html("<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html><body>&x;</body></html>").build()).isInstanceOf(RenderException.class);
        Files.writeString(dir.resolve("template.properties"), "primary-colour=red\n");
        assertThatThrownBy(() -> Template.fromDirectory(dir)).isInstanceOf(RenderException.class).hasMessageContaining("#rrggbb");
    }

    @Test
    void templateUrls_resolveOnlyToTemplateFiles() throws Exception {
        Template template = Template.builder().css("body { background-image: url('http://127.0.0.1:9/x.png'); }"
                + " .mc-band { background-image: url('file:///etc/hostname'); }", false).build();

        byte[] pdf = CertificateRenderer.builder().template(template).build().pdf(Fixtures.demo());

        assertThat(PdfA.validate(pdf).failures()).isEmpty();
    }

    @Test
    void otherFontsLinksAndSvg_stillGiveOnlyEmbeddedNotoSans_andPdfA() throws Exception {
        String svg = "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>".getBytes(StandardCharsets.UTF_8));
        Template template = Template.builder().html("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head/><body>"
                + "<h1 data-mc=\"title\"/><p style=\"font-family: monospace\"><a href=\"https://www.ucn.dk/\">UCN</a></p>"
                + "<p style=\"font-family: Courier, serif; font-weight: bold; font-style: italic\" data-mc=\"learner\"/>"
                + "<img src=\"" + svg + "\" alt=\"\"/></body></html>")
                .css("body { font-family: 'Times New Roman', serif; } @font-face { font-family: X; src: url('x.ttf'); }", false)
                .build();

        byte[] pdf = CertificateRenderer.builder().clock(Fixtures.CLOCK).template(template).build().pdf(Fixtures.demo());

        assertThat(PdfA.validate(pdf).failures()).isEmpty();
        assertThat(text(pdf)).contains("FAIR Research Data Management", "UCN", "Sofie Nielsen");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold|Italic)");
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
            }
            assertThat(resources.getXObjectNames()).as("the SVG image is refused").isEmpty();
            assertThat(document.getPage(0).getAnnotations()).as("the link").hasSize(1).allSatisfy(a -> assertThat(a.isPrinted()).isTrue());
        }
    }

    @Test
    void pngPages_areImages() throws Exception {
        List<byte[]> pages = renderer("en", "de").png(Fixtures.demo(), Optional.of(Signed.DATA_INTEGRITY));

        assertThat(pages).hasSize(2);
        assertThat(new String(pages.get(0), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
