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

    /** Finishes a laid-out document while the layout engine still holds it. */
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
     * @param producer the producer name written by the layout engine
     * @param diagnostics receives the engine's warnings (which are not logged)
     * @param finisher saves the document
     * @return the finisher's bytes
     * @throws IOException if the layout or the finisher fails
     */
    public static byte[] render(Document html, Map<String, byte[]> assets, String producer, List<String> diagnostics,
            Finisher finisher) throws IOException {
        QuietLog.rendering();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
                    .useColorProfile(Bundled.srgb())
                    .withProducer(producer)
                    .withW3cDocument(html, BASE)
                    .withDiagnosticConsumer(d -> {
                        if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                            diagnostics.add(d.getFormattedMessage());
                        }
                    })
                    .useUriResolver((base, uri) -> resolve(uri))
                    .useProtocolsStreamImplementation(url -> stream(assets, url), SCHEME)
                    .useExternalResourceAccessControl((uri, type) -> uri != null
                            && (uri.startsWith(BASE) || uri.startsWith("data:")), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            font(builder, Bundled.regular(), 400, FontStyle.NORMAL);
            font(builder, Bundled.bold(), 700, FontStyle.NORMAL);
            font(builder, Bundled.italic(), 400, FontStyle.ITALIC);
            // Closing the renderer clears the engine's per-thread state (fonts, diagnostics consumer).
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                return finisher.finish(document);
            }
        } finally {
            QuietLog.done();
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
