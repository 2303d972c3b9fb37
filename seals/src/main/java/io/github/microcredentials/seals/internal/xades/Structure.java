package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.transforms.Transforms;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The structural rules that defeat signature wrapping, checked before any cryptography: one
 * signature per document; one reference to the whole document ({@code URI=""}) whose only
 * filtering transform removes the signature itself; every other reference inside the signature
 * (its SignedProperties); no external reference; no reused Id.
 */
final class Structure {

    private static final Set<String> C14N = Set.of(
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N11_WITH_COMMENTS);
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.\\-]*");
    private static final String ENVELOPED_XPATH = "not(ancestor-or-self::ds:Signature)";
    private static final String FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";
    private static final String FILTER2_SIGNATURES = "/descendant::ds:Signature";

    /** The XAdES elements that are signed properties: valid only inside the one signed SignedProperties. */
    private static final Set<String> SIGNED_PROPERTY_NAMES = Set.of("SignedProperties", "SignedSignatureProperties",
            "SignedDataObjectProperties", "SigningTime", "SigningCertificate", "SigningCertificateV2", "SignaturePolicyIdentifier",
            "SignatureProductionPlace", "SignatureProductionPlaceV2", "SignerRole", "SignerRoleV2", "DataObjectFormat",
            "CommitmentTypeIndication", "AllDataObjectsTimeStamp", "IndividualDataObjectsTimeStamp");
    /** Signed signature properties a signature has at most once. */
    private static final List<String> AT_MOST_ONCE = List.of("SigningTime", "SigningCertificate", "SigningCertificateV2",
            "SignaturePolicyIdentifier", "SignatureProductionPlace", "SignatureProductionPlaceV2", "SignerRole", "SignerRoleV2");

    private Structure() {
    }

    /**
     * The one signature of a document, and its SignedProperties if a reference signs them.
     *
     * @param signature the {@code ds:Signature}
     * @param signedProperties the {@code xades:SignedProperties} a reference covers, or {@code null}
     */
    record Checked(Element signature, @Nullable Element signedProperties) {
    }

    /**
     * Checks the document and returns its one signature; registers {@code Id} attributes as ids.
     *
     * @throws Rejected with {@link Rule#UNSAFE_STRUCTURE} or {@link Rule#MALFORMED}
     */
    static Checked check(Document document) throws Rejected {
        List<Element> signatures = topLevelSignatures(document);
        if (signatures.isEmpty()) {
            throw new Rejected(Rule.MALFORMED, "", "the document has no ds:Signature");
        }
        if (signatures.size() > 1) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "ds:Signature", "the document has " + signatures.size() + " ds:Signature elements; a seal has one");
        }
        Element signature = signatures.get(0);
        Map<String, Integer> ids = registerIds(document.getDocumentElement(), new HashMap<>());
        Element signedInfo = Dom.child(signature, XadesSigning.DS, "SignedInfo");
        Element c14n = Dom.child(signedInfo, XadesSigning.DS, "CanonicalizationMethod");
        if (c14n == null || !C14N.contains(c14n.getAttribute("Algorithm"))) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "ds:CanonicalizationMethod", "canonicalization method not allowed");
        }
        Element signedProperties = checkReferences(document, signature, Dom.children(signedInfo, XadesSigning.DS, "Reference"), ids);
        checkQualifyingProperties(document, signedProperties);
        return new Checked(signature, signedProperties);
    }

    /**
     * The signatures of a document that are not XAdES counter-signatures of another (those are
     * verified as parts of the signature they counter-sign).
     */
    static List<Element> topLevelSignatures(Document document) {
        NodeList all = document.getElementsByTagNameNS(XadesSigning.DS, "Signature");
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            if (!inCounterSignature(all.item(i))) {
                out.add((Element) all.item(i));
            }
        }
        return out;
    }

    /** Whether a node lies inside a XAdES CounterSignature. */
    static boolean inCounterSignature(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "CounterSignature".equals(e.getLocalName())
                    && XadesIntegrity.XADES_NAMESPACES.contains(e.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks every {@code Id}, {@code ID} and {@code id} attribute as an ID, as XML Signature
     * processors (and DSS) resolve {@code #fragment} references; duplicates are not an error here
     * (secure validation refuses a reference to a duplicated ID; the seal rules refuse any).
     */
    static void registerAllIds(Element root) {
        java.util.ArrayDeque<Element> pending = new java.util.ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            for (String name : List.of("Id", "ID", "id")) {
                Attr attribute = element.getAttributeNodeNS(null, name);
                if (attribute != null) {
                    element.setIdAttributeNode(attribute, true);
                }
            }
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element e) {
                    pending.push(e);
                }
            }
        }
    }

    /**
     * One QualifyingProperties at most, and every signed property inside the SignedProperties a
     * reference covers, once: a second (unsigned) QualifyingProperties, an unsigned copy of a
     * SigningTime or a second SigningTime would let a verifier report what was never signed.
     */
    private static void checkQualifyingProperties(Document document, @Nullable Element signedProperties) throws Rejected {
        List<Element> qualifying = outsideCounterSignatures(document.getElementsByTagNameNS(XadesSigning.XADES, "QualifyingProperties"));
        if (qualifying.size() > 1) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "xades:QualifyingProperties", "the document has "
                    + qualifying.size() + " QualifyingProperties; a seal has one");
        }
        if (qualifying.size() == 1 && signedProperties != null && signedProperties.getParentNode() != qualifying.get(0)) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "xades:QualifyingProperties", "the signed SignedProperties are not in the QualifyingProperties");
        }
        for (String name : SIGNED_PROPERTY_NAMES) {
            for (Element found : outsideCounterSignatures(document.getElementsByTagNameNS(XadesSigning.XADES, name))) {
                if (signedProperties == null || !Dom.within(found, signedProperties)) {
                    throw new Rejected(Rule.UNSAFE_STRUCTURE, "xades:" + name, signedProperties == null
                            ? "xades:" + name + " is not covered by a SignedProperties reference: it is not signed"
                            : "an unsigned xades:" + name + " outside the signed SignedProperties");
                }
            }
        }
        Element signatureProperties = Dom.child(signedProperties, XadesSigning.XADES, "SignedSignatureProperties");
        for (String name : AT_MOST_ONCE) {
            int count = Dom.children(signatureProperties, XadesSigning.XADES, name).size();
            if (count > 1) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, "xades:" + name, count + " xades:" + name + " elements; a signature has one");
            }
        }
    }

    private static List<Element> outsideCounterSignatures(NodeList nodes) {
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (!inCounterSignature(nodes.item(i))) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    /**
     * Counts values of {@code Id}, {@code ID} and {@code id}; marks {@code Id} as an ID attribute.
     * Iterative: the depth of the document is bounded when it is parsed, but not by the stack.
     */
    private static Map<String, Integer> registerIds(Element root, Map<String, Integer> ids) throws Rejected {
        java.util.ArrayDeque<Element> pending = new java.util.ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Element element = pending.pop();
            registerIdsOf(element, ids);
            for (Node child = element.getLastChild(); child != null; child = child.getPreviousSibling()) {
                if (child instanceof Element e) {
                    pending.push(e);
                }
            }
        }
        return ids;
    }

    private static void registerIdsOf(Element element, Map<String, Integer> ids) throws Rejected {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getNamespaceURI() == null ? attribute.getLocalName() : null;
            if ("Id".equals(name)) {
                if (ids.containsKey("Id:" + attribute.getValue())) {
                    throw new Rejected(Rule.UNSAFE_STRUCTURE, "@Id", "the Id \"" + attribute.getValue() + "\" is used twice");
                }
                ids.put("Id:" + attribute.getValue(), 1);
                element.setIdAttributeNode(attribute, true);
            }
            if ("Id".equals(name) || "ID".equals(name) || "id".equals(name)) {
                ids.merge(attribute.getValue(), 1, Integer::sum);
            }
        }
    }

    /** Checks the references; returns the SignedProperties one covers, if any. */
    private static @Nullable Element checkReferences(Document document, Element signature, List<Element> references,
            Map<String, Integer> ids) throws Rejected {
        int whole = 0;
        int signedProperties = 0;
        Element covered = null;
        for (int i = 0; i < references.size(); i++) {
            Element reference = references.get(i);
            String location = "ds:Reference[" + (i + 1) + "]";
            if (!reference.hasAttribute("URI")) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "a reference without URI");
            }
            String uri = reference.getAttribute("URI");
            List<Element> transforms = Dom.children(Dom.child(reference, XadesSigning.DS, "Transforms"), XadesSigning.DS, "Transform");
            if (uri.isEmpty()) {
                whole++;
                checkEnvelopedTransforms(transforms, location);
                continue;
            }
            if (!FRAGMENT.matcher(uri).matches()) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "external or XPointer reference \"" + uri + "\" refused");
            }
            String id = uri.substring(1);
            Element target = document.getElementById(id);
            if (ids.getOrDefault(id, 0) != 1 || target == null) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "the reference target \"" + id + "\" is missing or not unique");
            }
            if (!Dom.within(target, signature)) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "a reference to content outside the signature other than the whole document");
            }
            for (Element transform : transforms) {
                if (!C14N.contains(transform.getAttribute("Algorithm"))) {
                    throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "transform " + transform.getAttribute("Algorithm") + " not allowed here");
                }
            }
            boolean properties = XadesSigning.XADES.equals(target.getNamespaceURI()) && "SignedProperties".equals(target.getLocalName());
            if (XadesSigning.SIGNED_PROPERTIES_TYPE.equals(reference.getAttribute("Type")) || properties) {
                signedProperties++;
                checkSignedPropertiesTarget(signature, target, location);
                covered = target;
            }
        }
        if (whole != 1) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "ds:SignedInfo", whole + " references to the whole document; an enveloped seal has exactly one");
        }
        if (signedProperties > 1) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, "ds:SignedInfo", "more than one SignedProperties reference");
        }
        return covered;
    }

    private static void checkEnvelopedTransforms(List<Element> transforms, String location) throws Rejected {
        if (transforms.isEmpty() || !removesSignature(transforms.get(0))) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "the document reference must first remove the signature (enveloped-signature transform)");
        }
        for (Element transform : transforms.subList(1, transforms.size())) {
            if (!C14N.contains(transform.getAttribute("Algorithm"))) {
                throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "transform " + transform.getAttribute("Algorithm") + " not allowed on the document");
            }
        }
    }

    /**
     * The enveloped-signature transform, the XPath 1.0 form EDC used, or the XPath Filter 2.0
     * form DSS writes ({@code subtract /descendant::ds:Signature}), exactly. The document has one
     * signature (checked before), so each removes exactly it.
     */
    private static boolean removesSignature(Element transform) {
        String algorithm = transform.getAttribute("Algorithm");
        if (Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(algorithm)) {
            return true;
        }
        if (Transforms.TRANSFORM_XPATH2FILTER.equals(algorithm)) {
            List<Element> filters = Dom.children(transform, FILTER2, "XPath");
            return filters.size() == 1 && "subtract".equals(filters.get(0).getAttribute("Filter"))
                    && filters.get(0).getTextContent().strip().equals(FILTER2_SIGNATURES)
                    && XadesSigning.DS.equals(filters.get(0).lookupNamespaceURI("ds"));
        }
        if (!Transforms.TRANSFORM_XPATH.equals(algorithm)) {
            return false;
        }
        List<Element> xpath = Dom.children(transform, XadesSigning.DS, "XPath");
        return xpath.size() == 1 && xpath.get(0).getTextContent().strip().equals(ENVELOPED_XPATH)
                && XadesSigning.DS.equals(xpath.get(0).lookupNamespaceURI("ds"));
    }

    private static void checkSignedPropertiesTarget(Element signature, Element target, String location) throws Rejected {
        Node qualifying = target.getParentNode();
        boolean ok = XadesSigning.XADES.equals(target.getNamespaceURI()) && "SignedProperties".equals(target.getLocalName())
                && qualifying instanceof Element q && "QualifyingProperties".equals(q.getLocalName())
                && ("#" + signature.getAttribute("Id")).equals(q.getAttribute("Target"))
                && q.getParentNode() instanceof Element object && "Object".equals(object.getLocalName())
                && object.getParentNode() == signature;
        if (!ok) {
            throw new Rejected(Rule.UNSAFE_STRUCTURE, location, "the SignedProperties reference does not point to this signature's QualifyingProperties");
        }
    }
}
