/**
 * Certificates people can hold: PDF/A-3b certificates of micro-credentials with the signed
 * credential embedded, a QR code and a PAdES seal; their verification; PNG pages and badge images.
 *
 * <p>Flying Saucer, OpenPDF, PDFBox and ZXing have no module descriptor but name their automatic
 * modules in their manifests ({@code Automatic-Module-Name}), so no requirement depends on a jar's
 * file name.
 */
@SuppressWarnings("requires-automatic")
module io.github.microcredentials.render {
    requires transitive io.github.microcredentials.core;
    requires transitive io.github.microcredentials.signing;
    requires transitive io.github.microcredentials.seals;
    requires io.github.microcredentials.edc;
    requires io.github.microcredentials.openbadges;
    requires static transitive org.jspecify;
    requires com.fasterxml.jackson.databind;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires flying.saucer;
    requires flying.saucer.pdf;
    requires com.github.librepdf.openpdf;
    // Flying Saucer and PDFBox (automatic modules) log through SLF4J and Commons Logging; an explicit
    // module such as these is resolved only when a named module requires it, and automatic modules
    // read only what is resolved, so without these lines they fail on the module path.
    requires org.slf4j;
    requires org.apache.commons.logging;
    // Only for Flying Saucer's user agent, whose verification needs Batik's TranscoderException.
    requires org.apache.xmlgraphics.batik.transcoder;
    requires com.google.zxing;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires java.desktop;
    requires java.xml;
    // JDK modules Flying Saucer uses (its CSS model implements org.w3c.dom.css; it logs through
    // java.util.logging when its logging is switched on): an automatic module cannot require them.
    requires jdk.xml.dom;
    requires java.logging;

    exports io.github.microcredentials.render;
}
