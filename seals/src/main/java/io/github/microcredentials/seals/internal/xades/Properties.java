package io.github.microcredentials.seals.internal.xades;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The XAdES qualifying properties of one signature, and the certificates it carries. */
final class Properties {

    private static final String XADES_141 = "http://uri.etsi.org/01903/v1.4.1#";

    private final Element signature;
    private final @Nullable Element signedSignatureProperties;
    private final @Nullable Element unsignedSignatureProperties;

    private Properties(Element signature, @Nullable Element signedSignatureProperties, @Nullable Element unsignedSignatureProperties) {
        this.signature = signature;
        this.signedSignatureProperties = signedSignatureProperties;
        this.unsignedSignatureProperties = unsignedSignatureProperties;
    }

    /**
     * The properties of a signature: the signed ones only from the SignedProperties a reference
     * covers (checked unique by {@link Structure}), the unsigned ones from the same QualifyingProperties.
     */
    static Properties of(Structure.Checked checked) {
        Element signedProperties = checked.signedProperties();
        if (signedProperties == null) {
            return new Properties(checked.signature(), null, null);
        }
        Element qualifying = (Element) signedProperties.getParentNode();
        Element signed = Dom.child(signedProperties, XadesSigning.XADES, "SignedSignatureProperties");
        Element unsigned = Dom.child(Dom.child(qualifying, XadesSigning.XADES, "UnsignedProperties"), XadesSigning.XADES, "UnsignedSignatureProperties");
        return new Properties(checked.signature(), signed, unsigned);
    }

    boolean hasSigningCertificate() {
        return !certDigests().isEmpty();
    }

    private List<Element> certDigests() {
        List<Element> out = new ArrayList<>();
        for (String name : List.of("SigningCertificateV2", "SigningCertificate")) {
            for (Element cert : Dom.children(Dom.child(signedSignatureProperties, XadesSigning.XADES, name), XadesSigning.XADES, "Cert")) {
                Element digest = Dom.child(cert, XadesSigning.XADES, "CertDigest");
                if (digest != null) {
                    out.add(digest);
                }
            }
        }
        return out;
    }

    Optional<String> signingTime() {
        Element time = Dom.child(signedSignatureProperties, XadesSigning.XADES, "SigningTime");
        return time == null ? Optional.empty() : Optional.of(time.getTextContent());
    }

    /** Unsigned signature properties of a name, in the XAdES 1.3.2 or 1.4.1 namespace. */
    List<Element> unsigned(String localName) {
        List<Element> out = new ArrayList<>();
        if (unsignedSignatureProperties != null) {
            for (Node node = unsignedSignatureProperties.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && localName.equals(e.getLocalName())
                        && (XadesSigning.XADES.equals(e.getNamespaceURI()) || XADES_141.equals(e.getNamespaceURI()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
