package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.core.json.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
        javax.xml.parsers.SAXParser parser;
        try {
            javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parser = factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser lacks a security feature", e);
        }
        LimitsHandler handler = new LimitsHandler(limits);
        try {
            parser.parse(new ByteArrayInputStream(bytes), handler);
        } catch (SAXException e) {
            if (handler.exceeded != null) {
                throw handler.exceeded;
            }
            throw new IOException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Counts depth, tokens and text length while a document streams by; stops at the first limit. */
    private static final class LimitsHandler extends DefaultHandler {
        private final ReadLimits limits;
        private int depth;
        private long tokens;
        private long text;
        @org.jspecify.annotations.Nullable LimitExceeded exceeded;

        LimitsHandler(ReadLimits limits) {
            this.limits = limits;
        }

        private void stop(String message) throws SAXException {
            exceeded = new LimitExceeded(message);
            throw new SAXException(message);
        }

        private void count(long more) throws SAXException {
            tokens += more;
            if (tokens > limits.maxElements()) {
                stop("more than " + limits.maxElements() + " XML elements, attributes and texts (limit maxElements)");
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes attributes) throws SAXException {
            if (++depth > limits.maxDepth()) {
                stop("XML elements nested deeper than " + limits.maxDepth() + " levels (limit maxDepth)");
            }
            count(1L + attributes.getLength());
            for (int i = 0; i < attributes.getLength(); i++) {
                if (attributes.getValue(i).length() > limits.maxStringLength()) {
                    stop("an XML attribute value longer than " + limits.maxStringLength() + " characters (limit maxStringLength)");
                }
            }
            text = 0;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            text = 0;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (text == 0) {
                count(1);
            }
            text += length;
            if (text > limits.maxStringLength()) {
                stop("an XML text longer than " + limits.maxStringLength() + " characters (limit maxStringLength)");
            }
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
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
