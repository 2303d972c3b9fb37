package io.github.microcredentials.render.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;

/**
 * Lays out a filled XHTML document as PDF pages with openhtmltopdf in its PDF/A-3b mode, with the
 * bundled Noto Sans faces embedded as subsets. Resources come only from the template's own assets
 * (scheme {@value #SCHEME}) and {@code data:} URIs: every other URI is refused before it is
 * resolved, so nothing is fetched. Diagnostics are collected, never logged.
 */
public final class Layout {

    /** The URI scheme of template assets. */
    public static final String SCHEME = "mc-template";
    private static final String BASE = SCHEME + ":/";

    private Layout() {
    }

    /**
     * Renders pages into a new PDF document.
     *
     * @param html the filled document
     * @param assets the template's files by name (images, style sheets it imports)
     * @param producer the producer name written by the layout engine
     * @param diagnostics receives the engine's warnings
     * @return the document, open; the caller closes it
     * @throws IOException if the layout fails
     */
    public static PDDocument layout(Document html, Map<String, byte[]> assets, String producer, List<String> diagnostics)
            throws IOException {
        PDDocument document = new PDDocument();
        boolean done = false;
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
                    .useColorProfile(Bundled.srgb())
                    .withProducer(producer)
                    .withW3cDocument(html, BASE)
                    .withDiagnosticConsumer(d -> diagnostics.add(d.getFormattedMessage()))
                    .useUriResolver((base, uri) -> resolve(uri))
                    .useProtocolsStreamImplementation(url -> stream(assets, url), SCHEME)
                    .useExternalResourceAccessControl((uri, type) -> uri != null
                            && (uri.startsWith(BASE) || uri.startsWith("data:")), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            font(builder, Bundled.regular(), 400, FontStyle.NORMAL);
            font(builder, Bundled.bold(), 700, FontStyle.NORMAL);
            font(builder, Bundled.italic(), 400, FontStyle.ITALIC);
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            renderer.createPDFWithoutClosing();
            done = true;
            return document;
        } finally {
            if (!done) {
                document.close();
            }
        }
    }

    private static void font(PdfRendererBuilder builder, byte[] bytes, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(bytes), Bundled.FONT_FAMILY, weight, style, true);
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

    private static FSStream stream(Map<String, byte[]> assets, String url) {
        byte[] bytes = url.startsWith(BASE) ? assets.get(url.substring(BASE.length())) : null;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
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
