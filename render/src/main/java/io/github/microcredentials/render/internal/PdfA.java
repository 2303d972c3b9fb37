package io.github.microcredentials.render.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a laid-out document PDF/A-3b (ISO 19005-3): the document information and an XMP packet
 * that agree ({@code pdfaid:part} 3, {@code pdfaid:conformance} B, and this library's
 * {@code mc:} properties declared in a PDF/A extension schema), an sRGB output intent, and the
 * signed credential as an associated file ({@code /AFRelationship /Source}, a MIME
 * {@code /Subtype}, listed in the catalog's {@code /AF} and in the embedded files).
 */
public final class PdfA {

    /** The namespace of this library's XMP properties. */
    public static final String NAMESPACE = "https://microcredentials.github.io/ns/pdf/1.0/";

    private PdfA() {
    }

    /**
     * What the metadata says.
     *
     * @param title the document title
     * @param author the awarding body
     * @param subject a one-line description
     * @param languages the page languages
     * @param created the creation time
     * @param producer the producing software
     * @param credentialId the credential's identifier
     * @param credentialFormat the embedded credential's form, if one is embedded
     */
    public record Metadata(String title, String author, String subject, List<String> languages, Instant created,
            String producer, String credentialId, Optional<String> credentialFormat) {
    }

    /**
     * A file to embed.
     *
     * @param bytes the content
     * @param fileName the file name
     * @param mimeType its media type
     * @param description a description
     */
    public record Attachment(byte[] bytes, String fileName, String mimeType, String description) {
    }

    /**
     * Applies the PDF/A-3b parts and saves the document.
     *
     * @param document the laid-out document; closed by the caller
     * @param metadata the metadata
     * @param attachment the credential to embed, if any
     * @return the PDF bytes
     * @throws IOException if saving fails
     */
    public static byte[] finish(PDDocument document, Metadata metadata, Optional<Attachment> attachment) throws IOException {
        Calendar created = calendar(metadata.created());
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(metadata.title());
        info.setAuthor(metadata.author());
        info.setSubject(metadata.subject());
        info.setProducer(metadata.producer());
        info.setCreator(metadata.producer());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.setDocumentInformation(info);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata xmp = new PDMetadata(document, new ByteArrayInputStream(xmp(metadata).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(xmp);
        catalog.setLanguage(metadata.languages().get(0));
        if (catalog.getOutputIntents().isEmpty()) {
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(Bundled.srgb()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
        attachment.ifPresent(a -> embed(document, a, created));
        document.getDocument().setDocumentID(documentId(metadata, attachment));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static void embed(PDDocument document, Attachment attachment, Calendar created) {
        try {
            PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(attachment.bytes()));
            file.setSubtype(attachment.mimeType());
            file.setSize(attachment.bytes().length);
            file.setCreationDate(created);
            file.setModDate(created);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.fileName());
            spec.setFileUnicode(attachment.fileName());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.setFileDescription(attachment.description());
            spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, "Source");
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of(attachment.fileName(), spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            COSArray af = new COSArray();
            af.add(spec);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.AF, af);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A file identifier from the content, so that equal input gives equal output. */
    private static COSArray documentId(Metadata metadata, Optional<Attachment> attachment) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((metadata.credentialId() + "\n" + metadata.created() + "\n" + metadata.languages())
                    .getBytes(StandardCharsets.UTF_8));
            attachment.ifPresent(a -> md5.update(a.bytes()));
            byte[] id = md5.digest();
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(Arrays.copyOf(id, id.length)));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JCA algorithm", e);
        }
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    /** The XMP packet: Dublin Core, XMP basic, Adobe PDF, PDF/A identification, extension schema, {@code mc:}. */
    static String xmp(Metadata m) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.created().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
        List<String> languages = new ArrayList<>();
        m.languages().forEach(l -> languages.add("<rdf:li>" + esc(l) + "</rdf:li>"));
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(m.title()) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + esc(m.author()) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(m.subject()) + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag>" + String.join("", languages) + "</rdf:Bag></dc:language></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate><xmp:CreatorTool>" + esc(m.producer())
                + "</xmp:CreatorTool></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + esc(m.producer()) + "</pdf:Producer></rdf:Description>\n"
                + extensionSchema()
                + "<rdf:Description rdf:about=\"\" xmlns:mc=\"" + NAMESPACE + "\">"
                + "<mc:credentialId>" + esc(m.credentialId()) + "</mc:credentialId>"
                + m.credentialFormat().map(f -> "<mc:credentialFormat>" + esc(f) + "</mc:credentialFormat>").orElse("")
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    /** PDF/A requires every property outside the predefined schemas to be declared (ISO 19005-3 §6.6.2.3). */
    private static String extensionSchema() {
        return "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
                + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">"
                + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">"
                + "<pdfaSchema:schema>Micro-credential certificate</pdfaSchema:schema>"
                + "<pdfaSchema:namespaceURI>" + NAMESPACE + "</pdfaSchema:namespaceURI>"
                + "<pdfaSchema:prefix>mc</pdfaSchema:prefix>"
                + "<pdfaSchema:property><rdf:Seq>"
                + property("credentialId", "The identifier of the credential this certificate shows")
                + property("credentialFormat", "The form of the signed credential embedded as the associated file")
                + "</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";
    }

    private static String property(String name, String description) {
        return "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + name + "</pdfaProperty:name>"
                + "<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>"
                + "<pdfaProperty:description>" + description + "</pdfaProperty:description></rdf:li>";
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
