package io.github.microcredentials.signing.internal.xades;

import io.github.microcredentials.core.json.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Safe XML parsing (no DTD, no external entity, no XInclude, bounded size, depth, element count
 * and text length) and serialization.
 */
public final class XmlDocs {

    /** The largest XML document accepted by default, in bytes. */
    public static final int MAX_BYTES = (int) ReadLimits.DEFAULT.maxDocumentBytes();

    /** A document over a limit. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    private XmlDocs() {
    }

    /**
     * Parses untrusted XML, namespace-aware; a document type declaration is refused.
     *
     * @param bytes the document
     * @return the DOM
     * @throws IOException if the document is too large, malformed, or declares a DTD
     */
    public static Document parse(byte[] bytes) throws IOException {
        return parse(bytes, ReadLimits.DEFAULT);
    }

    /**
     * Parses untrusted XML within limits, namespace-aware; a document type declaration is refused.
     * A streaming pass checks the limits before the tree is built, so that neither a deep nor a
     * huge document costs stack or heap (the signature code walks trees recursively).
     *
     * @param bytes the document
     * @param limits the limits: size, element depth, tokens (elements, attributes, texts), text length
     * @return the DOM
     * @throws LimitExceeded if the document exceeds a limit
     * @throws IOException if the document is malformed or declares a DTD
     */
    public static Document parse(byte[] bytes, ReadLimits limits) throws IOException {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new LimitExceeded("XML document larger than " + limits.maxDocumentBytes() + " bytes (limit maxDocumentBytes)");
        }
        checkLimits(bytes, limits);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser lacks a security feature", e);
        } catch (SAXException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void checkLimits(byte[] bytes, ReadLimits limits) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            long tokens = 0;
            long text = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > limits.maxDepth()) {
                        throw new LimitExceeded("XML elements nested deeper than " + limits.maxDepth() + " levels (limit maxDepth)");
                    }
                    tokens += 1 + reader.getAttributeCount() + reader.getNamespaceCount();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        if (reader.getAttributeValue(i).length() > limits.maxStringLength()) {
                            throw new LimitExceeded("an XML attribute value longer than " + limits.maxStringLength()
                                    + " characters (limit maxStringLength)");
                        }
                    }
                    text = 0;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    text = 0;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (text == 0) {
                        tokens++;
                    }
                    text += reader.getTextLength();
                    if (text > limits.maxStringLength()) {
                        throw new LimitExceeded("an XML text longer than " + limits.maxStringLength() + " characters (limit maxStringLength)");
                    }
                } else if (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    tokens++;
                }
                if (tokens > limits.maxElements()) {
                    throw new LimitExceeded("more than " + limits.maxElements() + " XML elements, attributes and texts (limit maxElements)");
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    /**
     * Serializes a document as UTF-8 with an XML declaration, without reformatting.
     *
     * @param document the DOM
     * @return the bytes
     */
    public static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialize the signed document", e);
        }
    }
}
