package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.signing.SignatureAlgorithm;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds an enveloped XAdES-BASELINE-B signature with Santuario: one reference to the whole
 * document (enveloped-signature and exclusive c14n transforms), one to the SignedProperties
 * (SigningTime, SigningCertificateV2, DataObjectFormat), the chain in KeyInfo. The signature value
 * comes from outside, so that any key can sign; BASELINE-T adds a SignatureTimeStamp.
 */
public final class XadesSigning {

    /** XML Signature. */
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    /** XAdES 1.3.2. */
    public static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
    /** The reference type of the SignedProperties. */
    public static final String SIGNED_PROPERTIES_TYPE = "http://uri.etsi.org/01903#SignedProperties";
    /** SHA-256 in XML Signature. */
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Document document;
    private final XMLSignature signature;
    private final String id;

    private XadesSigning(Document document, XMLSignature signature, String id) {
        this.document = document;
        this.signature = signature;
        this.id = id;
    }

    /**
     * Adds an unsigned signature to the document element and computes its digests.
     *
     * @param document the document, changed in place
     * @param algorithm the signature algorithm
     * @param chain the seal certificate first
     * @param signingTime the claimed signing time
     * @return the signature under construction
     * @throws XMLSecurityException if Santuario fails
     */
    public static XadesSigning prepare(Document document, SignatureAlgorithm algorithm, List<X509Certificate> chain, Instant signingTime)
            throws XMLSecurityException {
        XmlSecurity.init();
        String id = "id-" + HexFormat.of().formatHex(random16());
        XMLSignature signature = new XMLSignature(document, "", algorithm.xmlDsigUri(), Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        signature.setId(id);
        document.getDocumentElement().appendChild(signature.getElement());
        Transforms content = new Transforms(document);
        content.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        content.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("", content, SHA256, "r-" + id + "-1", null);
        X509Data x509 = new X509Data(document);
        for (X509Certificate certificate : chain) {
            x509.addCertificate(certificate);
        }
        signature.getKeyInfo().add(x509);
        ObjectContainer object = new ObjectContainer(document);
        object.appendChild(qualifyingProperties(document, id, chain.get(0), signingTime));
        signature.appendObject(object);
        Transforms properties = new Transforms(document);
        properties.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        signature.addDocument("#xades-" + id, properties, SHA256, null, SIGNED_PROPERTIES_TYPE);
        signature.getSignedInfo().generateDigestValues();
        return new XadesSigning(document, signature, id);
    }

    private static byte[] random16() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * The data to be signed: the canonical SignedInfo.
     *
     * @return the bytes
     * @throws XMLSecurityException if Santuario fails
     */
    public byte[] dataToBeSigned() throws XMLSecurityException {
        try {
            return signature.getSignedInfo().getCanonicalizedOctetStream();
        } catch (java.io.IOException e) {
            throw new XMLSecurityException(e);
        }
    }

    /**
     * Sets the signature value.
     *
     * @param value the value ({@code r || s} for ECDSA, as XML Signature 1.1 has it)
     */
    public void complete(byte[] value) {
        Element element = signatureValue();
        element.setAttributeNS(null, "Id", "value-" + id);
        element.setTextContent(Base64.getEncoder().encodeToString(value));
    }

    /**
     * The data a signature time-stamp covers: the exclusive-c14n SignatureValue element.
     *
     * @return the bytes
     * @throws XMLSecurityException if canonicalization fails
     */
    public byte[] signatureTimestampData() throws XMLSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(signatureValue(), out);
        return out.toByteArray();
    }

    /**
     * Adds a SignatureTimeStamp (BASELINE-T).
     *
     * @param token the DER time-stamp token over {@link #signatureTimestampData()}
     */
    public void addSignatureTimestamp(byte[] token) {
        Element qualifying = (Element) signature.getElement().getElementsByTagNameNS(XADES, "QualifyingProperties").item(0);
        Element unsigned = xades("UnsignedProperties");
        Element signatureProperties = xades("UnsignedSignatureProperties");
        Element timestamp = xades("SignatureTimeStamp");
        timestamp.setAttributeNS(null, "Id", "TS-" + id);
        Element c14n = document.createElementNS(DS, "ds:CanonicalizationMethod");
        c14n.setAttributeNS(null, "Algorithm", Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        timestamp.appendChild(c14n);
        Element encapsulated = xades("EncapsulatedTimeStamp");
        encapsulated.setTextContent(Base64.getEncoder().encodeToString(token));
        timestamp.appendChild(encapsulated);
        signatureProperties.appendChild(timestamp);
        unsigned.appendChild(signatureProperties);
        qualifying.appendChild(unsigned);
    }

    private Element xades(String name) {
        return document.createElementNS(XADES, "xades:" + name);
    }

    private Element signatureValue() {
        return (Element) signature.getElement().getElementsByTagNameNS(DS, "SignatureValue").item(0);
    }

    private static Element qualifyingProperties(Document document, String id, X509Certificate leaf, Instant signingTime) {
        Element qualifying = document.createElementNS(XADES, "xades:QualifyingProperties");
        qualifying.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
        qualifying.setAttributeNS(null, "Target", "#" + id);
        Element signed = child(qualifying, XADES, "xades:SignedProperties");
        signed.setAttributeNS(null, "Id", "xades-" + id);
        signed.setIdAttributeNS(null, "Id", true);
        Element signatureProperties = child(signed, XADES, "xades:SignedSignatureProperties");
        child(signatureProperties, XADES, "xades:SigningTime").setTextContent(signingTime.toString());
        Element cert = child(child(signatureProperties, XADES, "xades:SigningCertificateV2"), XADES, "xades:Cert");
        Element digest = child(cert, XADES, "xades:CertDigest");
        child(digest, DS, "ds:DigestMethod").setAttributeNS(null, "Algorithm", SHA256);
        child(digest, DS, "ds:DigestValue").setTextContent(
                Base64.getEncoder().encodeToString(Algorithms.digest("SHA-256", Certs.der(leaf))));
        child(cert, XADES, "xades:IssuerSerialV2").setTextContent(Base64.getEncoder().encodeToString(Certs.issuerSerial(leaf)));
        Element format = child(child(signed, XADES, "xades:SignedDataObjectProperties"), XADES, "xades:DataObjectFormat");
        format.setAttributeNS(null, "ObjectReference", "#r-" + id + "-1");
        child(format, XADES, "xades:MimeType").setTextContent("text/xml");
        return qualifying;
    }

    private static Element child(Element parent, String namespace, String name) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(child);
        return child;
    }
}
