package io.github.microcredentials.render;

import io.github.microcredentials.render.internal.Bundled;
import io.github.microcredentials.render.internal.Html;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The look of a certificate: an XHTML page with slots, a style sheet, a logo and two colours. The
 * {@link #standard()} template shows every Annex I element; an institution overrides its colours,
 * logo and style sheet, or gives its own page.
 *
 * <p>A page is XHTML (no document type declaration). An element {@code data-mc="NAME"} receives a
 * value of the credential, an element {@code data-mc-label="KEY"} a translated label, and an
 * element {@code data-mc-if="NAME"} is removed when the credential has no such value. Names:
 * {@code kind, learner, born, title, description, awarding-body, country, issued, place-of-issue,
 * workload, level, participation, grade, stackability, prerequisites, learning-outcomes,
 * assessments, quality-assurance, further-information, credential-id, qr, logo, embedded}
 * ({@code qr} and {@code logo} on {@code img} elements; the three lists on {@code ul}). Label keys
 * are those of the bundled label files ({@code learning-outcomes}, {@code issued}, …). The page's
 * body is repeated once per language. Fonts: {@code 'Noto Sans'} (regular, bold, italic) is
 * bundled and embedded; no other font is available (any family a style sheet names is set in Noto
 * Sans, and {@code @font-face} rules are ignored), so that every certificate is PDF/A.
 *
 * <p>Everything a template uses is read when it is created; rendering reads no file and fetches
 * nothing: a URL in the page or the style sheet resolves only to the template's own files.
 * Immutable and thread-safe.
 */
public final class Template {

    /** The largest file of a template directory. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> ASSET_TYPES = Set.of("png", "jpg", "jpeg", "css");

    private static final class Standard {
        static final String HTML = new String(Bundled.read("template/certificate.xhtml"), StandardCharsets.UTF_8);
        static final String CSS = new String(Bundled.read("template/certificate.css"), StandardCharsets.UTF_8);
    }

    private final String html;
    private final String css;
    private final Optional<String> logoUri;
    private final Map<String, byte[]> assets;

    private Template(Builder builder) throws RenderException {
        this.html = builder.html;
        String standardCss = Standard.CSS.replace("@primary@", builder.primary).replace("@accent@", builder.accent);
        this.css = builder.replaceCss ? builder.css : standardCss + "\n" + builder.css;
        this.logoUri = Optional.ofNullable(builder.logoUri);
        this.assets = Map.copyOf(builder.assets);
        Set<String> unknown = Html.unknownNames(parse(html));
        if (!unknown.isEmpty()) {
            throw new RenderException("the template uses unknown slots or labels: " + String.join(", ", unknown));
        }
    }

    /**
     * The standard template: dark blue and teal, no logo.
     *
     * @return the template
     */
    public static Template standard() {
        try {
            return builder().build();
        } catch (RenderException e) {
            throw new IllegalStateException("the bundled template is broken", e);
        }
    }

    /**
     * Starts a template from the standard one.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads an institution's template directory. Every file is optional:
     * <ul>
     *   <li>{@code template.properties}: {@code primary-colour} and {@code accent-colour}
     *       ({@code #rrggbb}), {@code logo} (a file name; default {@code logo.png} or
     *       {@code logo.jpg} when present), {@code css} {@code append} (default) or {@code replace};</li>
     *   <li>{@code certificate.xhtml}: the page, else the standard one;</li>
     *   <li>{@code certificate.css}: added after the standard style sheet (or replacing it);</li>
     *   <li>other {@code .png}, {@code .jpg} and {@code .css} files: images and style sheets the
     *       page may refer to by name.</li>
     * </ul>
     *
     * @param directory the directory
     * @return the template
     * @throws RenderException if a file cannot be read, is larger than {@link #MAX_FILE_BYTES}, a
     *     colour is not {@code #rrggbb}, the logo is not PNG or JPEG, or the page is not usable
     */
    public static Template fromDirectory(Path directory) throws RenderException {
        try {
            Builder builder = builder();
            Properties properties = new Properties();
            Path settings = directory.resolve("template.properties");
            if (Files.isRegularFile(settings)) {
                properties.load(new java.io.StringReader(new String(read(settings), StandardCharsets.UTF_8)));
            }
            Optional.ofNullable(properties.getProperty("primary-colour")).ifPresent(builder::primaryColourUnchecked);
            Optional.ofNullable(properties.getProperty("accent-colour")).ifPresent(builder::accentColourUnchecked);
            Path page = directory.resolve("certificate.xhtml");
            if (Files.isRegularFile(page)) {
                builder.html(new String(read(page), StandardCharsets.UTF_8));
            }
            Path css = directory.resolve("certificate.css");
            if (Files.isRegularFile(css)) {
                builder.css(new String(read(css), StandardCharsets.UTF_8), "replace".equals(properties.getProperty("css")));
            }
            logo(directory, properties.getProperty("logo")).ifPresent(builder::logoUnchecked);
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
                    if (Files.isRegularFile(file) && ASSET_TYPES.contains(extension)) {
                        builder.assets.put(name, read(file));
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new RenderException("cannot read the template directory " + directory + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new RenderException("template " + directory + ": " + e.getMessage(), e);
        }
    }

    private static Optional<byte[]> logo(Path directory, String name) throws IOException {
        for (String candidate : name != null ? new String[] {name} : new String[] {"logo.png", "logo.jpg", "logo.jpeg"}) {
            Path file = directory.resolve(candidate).normalize();
            if (!file.startsWith(directory.normalize())) {
                throw new IllegalArgumentException("the logo must be a file of the template directory");
            }
            if (Files.isRegularFile(file)) {
                return Optional.of(read(file));
            }
        }
        if (name != null) {
            throw new IllegalArgumentException("no logo file " + name);
        }
        return Optional.empty();
    }

    private static byte[] read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file.getFileName() + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        return Files.readAllBytes(file);
    }

    /** Parses the page with DTDs, external entities and XInclude off. */
    static Document parse(String xhtml) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            javax.xml.parsers.DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(null);
            return parser.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new RenderException("the template page is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    Document page() throws RenderException {
        return parse(html);
    }

    String css() {
        return css;
    }

    Optional<String> logoUri() {
        return logoUri;
    }

    Map<String, byte[]> assets() {
        return assets;
    }

    /** Settings of a {@link Template}. */
    public static final class Builder {
        private String html = Standard.HTML;
        private String css = "";
        private boolean replaceCss;
        private String primary = "#14325c";
        private String accent = "#0a7f86";
        private String logoUri;
        private final Map<String, byte[]> assets = new HashMap<>();

        private Builder() {
        }

        /**
         * The page, XHTML with slots (see {@link Template}); by default the standard page.
         *
         * @param xhtml the page
         * @return this builder
         */
        public Builder html(String xhtml) {
            this.html = Objects.requireNonNull(xhtml, "xhtml");
            return this;
        }

        /**
         * A style sheet.
         *
         * @param styleSheet CSS 2.1 (with Flying Saucer's {@code -fs-} extensions)
         * @param replace {@code true} to replace the standard style sheet, {@code false} to add to it
         * @return this builder
         */
        public Builder css(String styleSheet, boolean replace) {
            this.css = Objects.requireNonNull(styleSheet, "styleSheet");
            this.replaceCss = replace;
            return this;
        }

        /**
         * The main colour (band, title, headings).
         *
         * @param colour {@code #rrggbb}
         * @return this builder
         * @throws IllegalArgumentException if not {@code #rrggbb}
         */
        public Builder primaryColour(String colour) {
            primaryColourUnchecked(colour);
            return this;
        }

        /**
         * The second colour (kind of credential, rules under headings).
         *
         * @param colour {@code #rrggbb}
         * @return this builder
         * @throws IllegalArgumentException if not {@code #rrggbb}
         */
        public Builder accentColour(String colour) {
            accentColourUnchecked(colour);
            return this;
        }

        /**
         * The institution's logo.
         *
         * @param image a PNG or JPEG image
         * @return this builder
         * @throws IllegalArgumentException if the image is neither PNG nor JPEG
         */
        public Builder logo(byte[] image) {
            logoUnchecked(image.clone());
            return this;
        }

        /**
         * A file the page or style sheet refers to by name.
         *
         * @param name the file name, without a path
         * @param content PNG, JPEG or CSS
         * @return this builder
         */
        public Builder asset(String name, byte[] content) {
            if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
                throw new IllegalArgumentException("an asset name is a plain file name: " + name);
            }
            assets.put(name, content.clone());
            return this;
        }

        /**
         * Builds the template.
         *
         * @return the template
         * @throws RenderException if the page is not well-formed XHTML or uses an unknown slot or label
         */
        public Template build() throws RenderException {
            return new Template(this);
        }

        void primaryColourUnchecked(String colour) {
            this.primary = colour(colour);
        }

        void accentColourUnchecked(String colour) {
            this.accent = colour(colour);
        }

        void logoUnchecked(byte[] image) {
            String type = image.length > 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' ? "image/png"
                    : image.length > 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8 ? "image/jpeg" : null;
            if (type == null) {
                throw new IllegalArgumentException("the logo must be a PNG or JPEG image");
            }
            this.logoUri = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image);
        }

        private static String colour(String colour) {
            if (colour == null || !COLOUR.matcher(colour.strip()).matches()) {
                throw new IllegalArgumentException("a colour is #rrggbb, not " + colour);
            }
            return colour.strip();
        }
    }
}
