package io.github.microcredentials.render.internal;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.w3c.dom.Document;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.xhtmlrenderer.pdf.TrueTypeUtil;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.resource.ImageResource;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Lays out a filled XHTML document as PDF pages with Flying Saucer (onto OpenPDF), then hands the
 * pages, loaded into PDFBox, to a finisher that makes them PDF/A-3b. The bundled Noto Sans faces
 * are the only fonts: they are embedded as subsets and every family name resolves to them, so no
 * page can use a font that is not embedded. Resources come only from the
 * template's own assets (scheme {@value #SCHEME}) and {@code data:} URIs of PNG or JPEG images:
 * every other URI is refused before it is resolved, so nothing is read or fetched. Refused and
 * unreadable resources are collected as diagnostics; nothing is logged by this class.
 */
public final class Layout {

    /** The URI scheme of template assets. */
    public static final String SCHEME = "mc-template";
    private static final String BASE = SCHEME + ":/";

    private Layout() {
    }

    /** Finishes the laid-out document. */
    @FunctionalInterface
    public interface Finisher {
        /**
         * Finishes and saves the document.
         *
         * @param document the laid-out document
         * @return the saved bytes
         * @throws IOException if saving fails
         */
        byte[] finish(PDDocument document) throws IOException;
    }

    /**
     * Renders pages into a new PDF document and hands it to the finisher.
     *
     * @param html the filled document
     * @param assets the template's files by name (images, style sheets it imports)
     * @param diagnostics receives the resources that were refused or could not be read
     * @param finisher saves the document
     * @return the finisher's bytes
     * @throws IOException if the layout or the finisher fails
     */
    public static byte[] render(Document html, Map<String, byte[]> assets, List<String> diagnostics, Finisher finisher)
            throws IOException {
        byte[] laidOut = layOut(html, assets, diagnostics);
        try (PDDocument document = Loader.loadPDF(laidOut)) {
            // PDF/A-3 is based on PDF 1.7; the layout engine writes the lowest version its content needs.
            document.setVersion(1.7f);
            for (PDPage page : document.getPages()) {
                withoutCidSets(page);
                printable(page);
            }
            return finisher.finish(document);
        }
    }

    private static byte[] layOut(Document html, Map<String, byte[]> assets, List<String> diagnostics) throws IOException {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        Assets agent = new Assets(device, assets, diagnostics);
        try {
            ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT,
                    ITextRenderer.DEFAULT_DOTS_PER_PIXEL, device, agent, new BundledFonts());
            renderer.setDocument(html, BASE, new XhtmlNamespaceHandler());
            renderer.layout();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.createPDF(out);
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * The bundled faces as the only fonts: whatever family a style sheet names, generic or not, the
     * text is set in Noto Sans, italic for an italic or oblique style, else bold from weight 600,
     * else regular (the engine's own fonts, the standard 14, are never embedded, and
     * {@code @font-face} rules are ignored). Faces are read from the bundled bytes, never from a file.
     */
    private static final class BundledFonts extends ITextFontResolver {
        private final FontDescription regular;
        private final FontDescription bold;
        private final FontDescription italic;

        BundledFonts() throws IOException, DocumentException {
            this.regular = face("NotoSans-Regular.ttf", Bundled.regular(), 'R');
            this.bold = face("NotoSans-Bold.ttf", Bundled.bold(), 'B');
            this.italic = face("NotoSans-Italic.ttf", Bundled.italic(), 'I');
        }

        private static FontDescription face(String name, byte[] bytes, char tag) throws IOException, DocumentException {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
            font.setSecureRandom(new SubsetTag(tag));
            return TrueTypeUtil.extractDescription(name, bytes, font, false, null, null);
        }

        @Override
        public FSFont resolveFont(SharedContext context, FontSpecification spec) {
            FontDescription face;
            if (spec.fontStyle == IdentValue.ITALIC || spec.fontStyle == IdentValue.OBLIQUE) {
                face = italic;
            } else {
                face = spec.fontWeight != null && convertWeightToInt(spec.fontWeight) >= 600 ? bold : regular;
            }
            return new ITextFSFont(face, spec.size);
        }

        @Override
        public void importFontFaces(List<FontFaceRule> rules, UserAgentCallback agent) {
            // No font but the bundled ones, so that every certificate is PDF/A with embedded fonts.
        }
    }

    /**
     * The source of a font subset's six-letter tag: OpenPDF draws the tag from a random source,
     * which would make equal input give different bytes. This source always gives the same letter,
     * the face's own (tags {@code RRRRRR}, {@code BBBBBB}, {@code IIIIII}): reproducible, distinct
     * per face, and without state. Only {@link #nextDouble()} is used for tags.
     */
    @SuppressWarnings("serial") // never serialised
    private static final class SubsetTag extends SecureRandom {
        private final double letter;

        SubsetTag(char face) {
            // The engine maps [0, 1) onto 'A'..'Z' as (int) (d * 26 + 65).
            this.letter = (face - 'A' + 0.5) / 26;
        }

        @Override
        public double nextDouble() {
            return letter;
        }
    }

    /**
     * Removes the {@code /CIDSet} of the embedded fonts: OpenPDF lists only the glyphs a subset
     * uses, but PDF/A-3 (§6.2.11.4.2) requires a CIDSet, when present, to list every glyph of the
     * font program, and PDF/A-2 and -3 do not require one.
     */
    private static void withoutCidSets(PDPage page) {
        COSDictionary fonts = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            COSDictionary font = fonts.getCOSDictionary(name);
            COSArray descendants = font == null ? null : font.getCOSArray(COSName.DESCENDANT_FONTS);
            if (descendants == null) {
                continue;
            }
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    COSDictionary descriptor = descendant.getCOSDictionary(COSName.FONT_DESC);
                    if (descriptor != null) {
                        descriptor.removeItem(COSName.CID_SET);
                    }
                }
            }
        }
    }

    /**
     * Marks every annotation printable and visible (PDF/A-3 §6.3.2); the engine writes link
     * annotations without flags when a template has links.
     */
    private static void printable(PDPage page) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            annotation.setPrinted(true);
            annotation.setHidden(false);
            annotation.setInvisible(false);
            annotation.setNoView(false);
            annotation.setToggleNoView(false);
        }
    }

    /** A template-relative name becomes an asset URI; {@code data:} stays; anything else resolves to nothing. */
    private static String resolve(String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.startsWith("data:") || uri.startsWith(BASE)) {
            return uri;
        }
        if (uri.contains(":") || uri.startsWith("/") || uri.contains("..")) {
            return null;
        }
        return BASE + uri;
    }

    /**
     * The engine's user agent, restricted to the template's assets: style sheets by name, images by
     * name or as {@code data:} URIs, PNG or JPEG only (the engine would hand SVG to Batik and a PDF
     * to its PDF reader, neither of which a certificate uses). Every other request gets nothing.
     */
    private static final class Assets extends ITextUserAgent {
        private final Map<String, byte[]> assets;
        private final List<String> diagnostics;

        Assets(ITextOutputDevice device, Map<String, byte[]> assets, List<String> diagnostics) {
            super(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL);
            this.assets = assets;
            this.diagnostics = diagnostics;
        }

        @Override
        public String resolveURI(String uri) {
            return resolve(uri);
        }

        @Override
        public String getBaseURL() {
            return BASE;
        }

        @Override
        public void setBaseURL(String url) {
            // The base is always the template: a document cannot move it (for example with <base>).
        }

        @Override
        public ImageResource getImageResource(String uri) {
            String resolved = resolve(uri);
            byte[] bytes = resolved == null ? null : imageBytes(resolved);
            if (bytes == null || !(Images.isPng(bytes) || Images.isJpeg(bytes))) {
                diagnostics.add("image refused or not PNG/JPEG: " + abbreviate(uri));
                return new ImageResource(uri, null);
            }
            ImageResource image = super.getImageResource(resolved);
            if (image.getImage() == null) {
                diagnostics.add("image not readable: " + abbreviate(uri));
            }
            return image;
        }

        private byte[] imageBytes(String resolved) {
            if (resolved.startsWith(BASE)) {
                return assets.get(resolved.substring(BASE.length()));
            }
            int comma = resolved.indexOf(',');
            String header = comma < 0 ? "" : resolved.substring(0, comma).toLowerCase(Locale.ROOT);
            if (!header.endsWith(";base64") || !(header.startsWith("data:image/png") || header.startsWith("data:image/jpeg"))) {
                return null;
            }
            try {
                return Base64.getMimeDecoder().decode(resolved.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        protected InputStream resolveAndOpenStream(String uri) {
            if (uri != null && uri.equals(EngineCss.URI)) {
                return new ByteArrayInputStream(EngineCss.BYTES);
            }
            String resolved = resolve(uri);
            byte[] bytes = resolved != null && resolved.startsWith(BASE) ? assets.get(resolved.substring(BASE.length())) : null;
            if (bytes == null) {
                diagnostics.add("resource refused or missing: " + abbreviate(uri));
                return null;
            }
            return new ByteArrayInputStream(bytes);
        }

        @Override
        protected InputStream openStream(String uri) throws IOException {
            InputStream in = resolveAndOpenStream(uri);
            if (in == null) {
                throw new IOException("not a template file: " + abbreviate(uri));
            }
            return in;
        }

        @Override
        protected URLConnection openConnection(String uri) throws IOException {
            throw new IOException("a certificate fetches nothing: " + abbreviate(uri));
        }
    }

    /**
     * The engine's own default style sheet for XHTML (which hides the head and makes paragraphs,
     * tables and lists what they are), from the engine's jar: read once, the one resource outside
     * the template that the engine may load.
     */
    private static final class EngineCss {
        static final String URI = new XhtmlNamespaceHandler().getDefaultStylesheet().map(StylesheetInfo::getUri)
                .orElseThrow(() -> new IllegalStateException("Flying Saucer has no default style sheet"));
        static final byte[] BYTES = read(URI);

        private EngineCss() {
        }

        private static byte[] read(String uri) {
            try (InputStream in = new URL(uri).openStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Flying Saucer's default style sheet is not readable: " + uri, e);
            }
        }
    }

    /** Recognises the image types a template may use, by their signatures. */
    static final class Images {
        private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

        private Images() {
        }

        static boolean isPng(byte[] bytes) {
            return bytes.length > PNG.length && Arrays.equals(Arrays.copyOf(bytes, PNG.length), PNG);
        }

        static boolean isJpeg(byte[] bytes) {
            return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff;
        }
    }

    private static String abbreviate(String uri) {
        String text = String.valueOf(uri);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /**
     * A new list for diagnostics.
     *
     * @return an empty list
     */
    public static List<String> diagnostics() {
        return new ArrayList<>();
    }
}
