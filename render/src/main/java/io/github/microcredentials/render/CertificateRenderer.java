package io.github.microcredentials.render;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.render.internal.Html;
import io.github.microcredentials.render.internal.Labels;
import io.github.microcredentials.render.internal.Layout;
import io.github.microcredentials.render.internal.PdfA;
import io.github.microcredentials.render.internal.Qr;
import io.github.microcredentials.render.internal.Slots;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders a micro-credential as a certificate a person can hold: a PDF/A-3b document (ISO 19005-3,
 * conformance level B) with one page per chosen language, showing the Council Recommendation's
 * Annex I elements (learner, title, awarding body and country, date of issue, ECTS workload,
 * learning outcomes, assessment, form of participation, quality assurance, EQF level and QF-EHEA
 * cycle, stackability; grade, prerequisites and further information when present), the credential
 * identifier and a QR code. The signed credential, when given, is embedded byte for byte as the
 * document's associated file ({@code /AFRelationship /Source}); {@link PdfSealer} then seals the
 * document.
 *
 * <p>Labels are bundled for English, German, French, Spanish, Italian, Polish, Dutch, Greek and
 * Bulgarian; texts come from the credential's language maps in each chosen language, else from its
 * English (or first) text, marked with that language. Noto Sans is embedded for Latin, Greek and
 * Cyrillic. Rendering reads no file and fetches nothing. Immutable and thread-safe.
 *
 * <pre>{@code
 * CertificateRenderer renderer = CertificateRenderer.builder()
 *         .languages(List.of("en", "de"))
 *         .qr(QrContent.verificationPage(URI.create("https://www.example.edu/verify")))
 *         .build();
 * byte[] pdf = renderer.pdf(credential, SignedCredential.of(signedJson));
 * }</pre>
 */
public final class CertificateRenderer {

    /** The producer written into every certificate's metadata. */
    public static final String PRODUCER = "microcredentials-java (Flying Saucer, OpenPDF, Apache PDFBox)";

    private final List<String> languages;
    private final Template template;
    private final QrContent qr;
    private final Clock clock;
    private final int dpi;

    private CertificateRenderer(Builder builder) {
        this.languages = List.copyOf(builder.languages);
        this.template = builder.template;
        this.qr = builder.qr;
        this.clock = builder.clock;
        this.dpi = builder.dpi;
    }

    /**
     * A renderer with the defaults: the standard template, the credential's title language
     * (English when it has one), a QR code with the credential identifier, the system clock.
     *
     * @return the renderer
     */
    public static CertificateRenderer create() {
        return builder().build();
    }

    /**
     * Starts a renderer.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Renders a certificate without an embedded credential.
     *
     * @param credential the micro-credential
     * @return the PDF/A-3b document
     * @throws RenderException if a language has neither labels nor texts, the QR content does not
     *     fit, or the layout fails
     */
    public byte[] pdf(MicroCredential credential) throws RenderException {
        return render(credential, Optional.empty());
    }

    /**
     * Renders a certificate that carries the signed credential as its associated file.
     *
     * @param credential the micro-credential the signed credential holds
     * @param signed the signed credential, embedded byte for byte
     * @return the PDF/A-3b document
     * @throws RenderException as {@link #pdf(MicroCredential)}
     */
    public byte[] pdf(MicroCredential credential, SignedCredential signed) throws RenderException {
        return render(credential, Optional.of(signed));
    }

    /**
     * Renders the certificate of a signed Open Badges 3.0 credential or EDC: the model is read from
     * it with the format's reader, and the signed credential is embedded.
     *
     * @param signed the signed credential
     * @return the PDF/A-3b document
     * @throws CredentialParseException if the credential cannot be read into the model
     * @throws RenderException as {@link #pdf(MicroCredential)}
     */
    public byte[] pdf(SignedCredential signed) throws CredentialParseException, RenderException {
        return render(signed.read().value(), Optional.of(signed));
    }

    /**
     * Renders the certificate's pages as PNG images, one per page.
     *
     * @param credential the micro-credential
     * @param signed the signed credential, if any (it appears as the embedded-file note)
     * @return the PNG images, in page order
     * @throws RenderException as {@link #pdf(MicroCredential)}
     */
    public List<byte[]> png(MicroCredential credential, Optional<SignedCredential> signed) throws RenderException {
        return pages(render(credential, signed), dpi);
    }

    /**
     * The pages of a PDF as PNG images.
     *
     * @param pdf the PDF
     * @param dpi the resolution, 36 to 600
     * @return one PNG per page
     * @throws RenderException if the PDF cannot be read or drawn
     */
    public static List<byte[]> pages(byte[] pdf, int dpi) throws RenderException {
        if (dpi < 36 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 36 and 600, not " + dpi);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(image, "png", out);
                pages.add(out.toByteArray());
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot draw the PDF pages: " + e.getMessage(), e);
        }
    }

    private byte[] render(MicroCredential credential, Optional<SignedCredential> signed) throws RenderException {
        Objects.requireNonNull(credential, "credential");
        List<String> chosen = languagesFor(credential);
        Optional<String> qrUri = qrImage(credential, signed);
        List<Html.Page> pages = new ArrayList<>();
        for (String language : chosen) {
            pages.add(new Html.Page(language, Slots.of(credential, language, qrUri, template.logoUri(), signed.isPresent())));
        }
        String title = credential.title().map(t -> t.preferred(chosen)).orElse(credential.id().toString());
        List<String> diagnostics = Layout.diagnostics();
        PdfA.Metadata metadata = new PdfA.Metadata(title, author(credential, chosen),
                Labels.of(chosen.get(0)).get("kind." + credential.kind().code()) + ": " + title, chosen,
                clock.instant(), PRODUCER, credential.id().toString(), signed.map(s -> s.form().name()));
        Optional<PdfA.Attachment> attachment = signed.map(s -> new PdfA.Attachment(s.bytes(), s.form().fileName(),
                s.form().mimeType(), "The signed credential this certificate shows (" + s.form() + ")"));
        try {
            return Layout.render(Html.fill(template.page(), template.css(), title, pages), template.assets(), diagnostics,
                    document -> PdfA.finish(document, metadata, attachment));
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot lay out the certificate: " + e.getMessage()
                    + (diagnostics.isEmpty() ? "" : " (" + diagnostics.get(0) + ")"), e);
        }
    }

    private Optional<String> qrImage(MicroCredential credential, Optional<SignedCredential> signed) throws RenderException {
        Optional<String> text = qr.text(credential, signed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        byte[] png = Qr.png(text.get()).orElseThrow(() -> new RenderException("the QR code content ("
                + text.get().length() + " characters) does not fit in a QR code"));
        return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png));
    }

    /** The chosen languages, each with bundled labels or texts in the credential; else the title's language. */
    private List<String> languagesFor(MicroCredential credential) throws RenderException {
        if (languages.isEmpty()) {
            Set<String> title = credential.title().map(LocalizedString::languages).orElse(Set.of());
            return List.of(title.contains("en") || title.isEmpty() ? "en" : title.iterator().next());
        }
        Set<String> present = textLanguages(credential);
        for (String language : languages) {
            if (!Labels.isBundled(language) && !present.contains(language)) {
                throw new RenderException("no labels and no texts in language " + language + "; the credential has "
                        + present + ", labels exist for " + Labels.LANGUAGES);
            }
        }
        return languages;
    }

    private static Set<String> textLanguages(MicroCredential credential) {
        Set<String> languages = new LinkedHashSet<>();
        credential.title().ifPresent(t -> languages.addAll(t.languages()));
        credential.description().ifPresent(t -> languages.addAll(t.languages()));
        credential.learningOutcomes().forEach(o -> languages.addAll(o.text().languages()));
        return languages;
    }

    private static String author(MicroCredential credential, List<String> languages) {
        List<Organisation> bodies = credential.awardingBodies();
        if (!bodies.isEmpty()) {
            return bodies.get(0).legalName().preferred(languages);
        }
        return credential.issuer().map(o -> o.legalName().preferred(languages)).orElse("");
    }

    /** Settings of a {@link CertificateRenderer}. */
    public static final class Builder {
        private final List<String> languages = new ArrayList<>();
        private Template template = Template.standard();
        private QrContent qr = QrContent.credentialId();
        private Clock clock = Clock.systemUTC();
        private int dpi = 150;

        private Builder() {
        }

        /**
         * The languages, one page each, in order; by default the language of the credential's title
         * (English when it has one).
         *
         * @param tags BCP 47 tags, each with bundled labels or texts in the credential
         * @return this builder
         * @throws IllegalArgumentException if a tag is not BCP 47, is repeated, or the list is empty
         */
        public Builder languages(List<String> tags) {
            if (tags.isEmpty()) {
                throw new IllegalArgumentException("at least one language");
            }
            List<String> canonical = new ArrayList<>();
            for (String tag : tags) {
                String language = new Language(tag).tag();
                if (canonical.contains(language)) {
                    throw new IllegalArgumentException("language " + language + " twice");
                }
                canonical.add(language);
            }
            languages.clear();
            languages.addAll(canonical);
            return this;
        }

        /**
         * The template; by default {@link Template#standard()}.
         *
         * @param template the template
         * @return this builder
         */
        public Builder template(Template template) {
            this.template = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * What the QR code carries; by default {@link QrContent#credentialId()}.
         *
         * @param content the content choice
         * @return this builder
         */
        public Builder qr(QrContent content) {
            this.qr = Objects.requireNonNull(content, "content");
            return this;
        }

        /**
         * The clock of the document's creation date; by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The resolution of {@link CertificateRenderer#png} images; by default 150 dpi.
         *
         * @param dpi 36 to 600
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder dpi(int dpi) {
            if (dpi < 36 || dpi > 600) {
                throw new IllegalArgumentException("dpi must be between 36 and 600, not " + dpi);
            }
            this.dpi = dpi;
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the renderer
         */
        public CertificateRenderer build() {
            return new CertificateRenderer(this);
        }
    }
}
