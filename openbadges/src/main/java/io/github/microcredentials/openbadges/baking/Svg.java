package io.github.microcredentials.openbadges.baking;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Baking and unbaking SVG: an {@code openbadges:credential} element in namespace
 * {@value #NAMESPACE} directly after the {@code <svg>} start tag (Open Badges 3.0 §5.3.2).
 *
 * <p>Documents are read with the JDK's own StAX parser, with DTD processing off: a document type
 * declaration is allowed (SVG 1.1 files carry one) but never loaded, one that declares entities
 * is refused, and no external resource is ever resolved. Baking inserts text into the original
 * bytes; the rest of the image is left exactly as it was.
 */
final class Svg {

    static final String NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String PREFIX = "openbadges";

    private Svg() {
    }

    /** Whether the bytes could be XML: optional UTF-8 byte order mark and blanks, then {@code '<'}. */
    static boolean looksLikeXml(byte[] image) {
        int i = hasBom(image) ? 3 : 0;
        while (i < image.length && (image[i] == ' ' || image[i] == '\t' || image[i] == '\r' || image[i] == '\n')) {
            i++;
        }
        return i < image.length && image[i] == '<';
    }

    /** What a pass over the document found. */
    private static final class Scan {
        int credentials;
        int firstLine;
        int secondLine;
        BakedCredential credential;
        String prefixNamespace;
    }

    static UnbakeResult unbake(byte[] svg, int maxDepth, long maxCredentialBytes) {
        try {
            Scan scan = scan(svg, maxDepth, true);
            if (scan.credentials == 0) {
                return UnbakeResult.failed(BakingProblem.Code.NOT_BAKED, "the SVG has no openbadges:credential element");
            }
            if (scan.credentials > 1) {
                return UnbakeResult.failed(BakingProblem.Code.DUPLICATE_CREDENTIAL, scan.credentials
                        + " openbadges:credential elements, on lines " + scan.firstLine + " and " + scan.secondLine
                        + "; Open Badges 3.0 allows one");
            }
            byte[] bytes = scan.credential.bytes();
            if (bytes.length > maxCredentialBytes) {
                return UnbakeResult.failed(BakingProblem.Code.TOO_LARGE, "the credential has " + bytes.length
                        + " bytes; the limit is " + maxCredentialBytes);
            }
            return UnbakeResult.found(scan.credential);
        } catch (BakingException e) {
            return UnbakeResult.failed(java.util.List.of(e.problem()));
        }
    }

    static byte[] bake(byte[] svg, byte[] credential, BakedCredential.Form form, int maxDepth) throws BakingException {
        Scan scan = scan(svg, maxDepth, false);
        if (scan.credentials > 0) {
            throw problem(BakingProblem.Code.ALREADY_BAKED, "the SVG already has an openbadges:credential element on line "
                    + scan.firstLine);
        }
        if (scan.prefixNamespace != null && !scan.prefixNamespace.equals(NAMESPACE)) {
            throw problem(BakingProblem.Code.MALFORMED, "the prefix '" + PREFIX + "' is bound to " + scan.prefixNamespace);
        }
        String text;
        try {
            text = CredentialText.decode(credential);
        } catch (CharacterCodingException e) {
            throw problem(BakingProblem.Code.INVALID_TEXT, "the credential is not valid UTF-8");
        }
        String element = form == BakedCredential.Form.COMPACT_JWS
                ? "<" + PREFIX + ":credential verify=\"" + text + "\"></" + PREFIX + ":credential>"
                : "<" + PREFIX + ":credential>" + cdata(text) + "</" + PREFIX + ":credential>";
        String declaration = scan.prefixNamespace == null ? " xmlns:" + PREFIX + "=\"" + NAMESPACE + "\"" : "";
        return insert(svg, RootTag.find(svg, true), declaration, element);
    }

    /** Inserts the declaration into the root start tag and the element right after it. */
    private static byte[] insert(byte[] svg, RootTag root, String declaration, String element) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(svg.length + element.length() + 64);
        out.write(svg, 0, root.closeOffset());
        out.writeBytes(declaration.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(">".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(element.getBytes(StandardCharsets.UTF_8));
        if (root.selfClosing()) {
            out.writeBytes(("</" + root.name() + ">").getBytes(StandardCharsets.UTF_8));
        }
        int after = root.endOffset();
        out.write(svg, after, svg.length - after);
        return out.toByteArray();
    }

    /**
     * The text in CDATA sections that an XML parser gives back unchanged: {@code "]]>"} is split
     * across two sections, and a carriage return, which parsers turn into a line feed inside
     * character data, is written as the reference {@code &#13;} between sections.
     */
    static String cdata(String text) throws BakingException {
        StringBuilder out = new StringBuilder(text.length() + 16).append("<![CDATA[");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isXmlChar(text, i)) {
                throw problem(BakingProblem.Code.INVALID_TEXT, "the credential holds a character XML cannot carry (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ")");
            }
            if (c == '\r') {
                out.append("]]>&#13;<![CDATA[");
            } else if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
                out.append("]]><![CDATA[>");
            } else {
                out.append(c);
            }
        }
        return out.append("]]>").toString();
    }

    /** XML 1.0 §2.2 Char; surrogates are checked as pairs. */
    private static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    /**
     * One pass over the document with the secure parser: the root must be {@code svg}; credential
     * elements are counted and, when {@code read}, the first one is read.
     */
    private static Scan scan(byte[] svg, int maxDepth, boolean read) throws BakingException {
        // The JDK parser does not give the internal subset reliably with DTD support off: scan it ourselves.
        if (RootTag.find(svg, false).declaresEntities()) {
            throw problem(BakingProblem.Code.ENTITY_DECLARATION, "the SVG's document type declares entities; "
                    + "refused, nothing was expanded or fetched");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(svg));
            Scan scan = new Scan();
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    checkDoctype(reader);
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw problem(BakingProblem.Code.ENTITY_DECLARATION, "the SVG refers to the entity '"
                            + reader.getLocalName() + "' at line " + line(reader) + "; entities are not expanded");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > maxDepth) {
                        throw problem(BakingProblem.Code.TOO_DEEP, "elements nest deeper than " + maxDepth);
                    }
                    if (depth == 1) {
                        checkRoot(reader, scan);
                    }
                    if (NAMESPACE.equals(reader.getNamespaceURI()) && "credential".equals(reader.getLocalName())) {
                        credentialElement(reader, scan, read);
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return scan;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw problem(BakingProblem.Code.MALFORMED, "not well-formed XML" + (at == null ? "" : " at line "
                    + at.getLineNumber() + ", column " + at.getColumnNumber()) + ": " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // The JDK parser signals some malformed input with unchecked exceptions; input never escapes as one.
            throw problem(BakingProblem.Code.MALFORMED, "not well-formed XML: " + e.getClass().getSimpleName());
        } finally {
            close(reader);
        }
    }

    private static void checkDoctype(XMLStreamReader reader) throws BakingException {
        String doctype = reader.getText();
        if (doctype != null && doctype.contains("<!ENTITY")) {
            throw problem(BakingProblem.Code.ENTITY_DECLARATION, "the SVG's document type declares entities; "
                    + "refused, nothing was expanded or fetched");
        }
    }

    private static void checkRoot(XMLStreamReader reader, Scan scan) throws BakingException {
        String namespace = reader.getNamespaceURI();
        if (!"svg".equals(reader.getLocalName()) || namespace != null && !namespace.isEmpty() && !SVG_NAMESPACE.equals(namespace)) {
            throw problem(BakingProblem.Code.NOT_AN_IMAGE, "the root element is not svg");
        }
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            if (PREFIX.equals(reader.getNamespacePrefix(i))) {
                scan.prefixNamespace = reader.getNamespaceURI(i);
            }
        }
    }

    /** Counts a credential element; reads the first (its {@code verify} attribute, else its text). */
    private static void credentialElement(XMLStreamReader reader, Scan scan, boolean read)
            throws XMLStreamException, BakingException {
        int line = line(reader);
        scan.credentials++;
        if (scan.credentials == 1) {
            scan.firstLine = line;
        } else if (scan.credentials == 2) {
            scan.secondLine = line;
        }
        String verify = reader.getAttributeValue(null, "verify");
        StringBuilder body = new StringBuilder();
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                throw problem(BakingProblem.Code.MALFORMED, "the openbadges:credential element on line " + line
                        + " contains an element");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw problem(BakingProblem.Code.ENTITY_DECLARATION, "the credential refers to an entity on line " + line);
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                body.append(reader.getText());
            }
        }
        if (read && scan.credentials == 1) {
            String text = verify != null ? verify : body.toString();
            BakedCredential.Form form = CredentialText.classify(text).orElseThrow(() -> problem(
                    BakingProblem.Code.NOT_A_CREDENTIAL, "the openbadges:credential element on line " + line
                            + " holds neither a JSON object nor a compact JWS"));
            scan.credential = new BakedCredential(form, BakedCredential.ImageFormat.SVG, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The JDK's built-in StAX parser (not one found on the class path), namespace-aware, with DTDs
     * and external entities off and a resolver that refuses everything.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private static int line(XMLStreamReader reader) {
        Location location = reader.getLocation();
        return location == null ? -1 : location.getLineNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String last = message.strip();
        int newline = last.lastIndexOf('\n');
        return newline < 0 ? last : last.substring(newline + 1).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing to release: the input is in memory
            }
        }
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
    }

    static BakingException problem(BakingProblem.Code code, String message) {
        return new BakingException(new BakingProblem(code, message));
    }
}
