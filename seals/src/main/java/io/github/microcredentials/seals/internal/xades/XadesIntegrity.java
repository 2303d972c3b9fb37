package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.seals.internal.seal.Rule;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAKey;
import java.security.interfaces.RSAKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.xml.security.algorithms.SignatureAlgorithm;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.XMLSignatureInput;
import org.apache.xml.security.utils.resolver.ResourceResolverContext;
import org.apache.xml.security.utils.resolver.ResourceResolverSpi;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Whether one {@code ds:Signature} is intact, judged as ETSI EN 319 102-1 and the EU DSS judge it:
 * its signature value verifies with its signing certificate's key, and every reference of its
 * {@code SignedInfo} resolves and its digest matches. References are resolved and transformed by
 * Santuario with secure validation on (no XSLT, no MD5, at most 30 references and 5 transforms, IDs
 * unique), within the document or against the detached documents the caller supplied: never by
 * fetching anything. Manifests are not followed (their entries are not signed references).
 *
 * <p>Integrity is all this class decides; whether a seal's structure, algorithms and certificates
 * are acceptable is decided by the caller.
 */
final class XadesIntegrity {

    /** XAdES namespaces whose qualifying properties are read. */
    static final Set<String> XADES_NAMESPACES = Set.of(XadesSigning.XADES, "http://uri.etsi.org/01903/v1.4.1#",
            "http://uri.etsi.org/01903/v1.2.2#", "http://uri.etsi.org/01903/v1.1.1#");

    /** Signature methods that still verify but are retired (ETSI TS 119 312): intact, not accepted. */
    private static final Set<String> LEGACY_SIGNATURE_METHODS = Set.of(
            "http://www.w3.org/2000/09/xmldsig#rsa-sha1",
            "http://www.w3.org/2000/09/xmldsig#dsa-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha1",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha224",
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha224",
            "http://www.w3.org/2001/04/xmldsig-more#rsa-ripemd160",
            "http://www.w3.org/2009/xmldsig11#dsa-sha256");

    /** Digest methods that still compute but are retired. */
    private static final Set<String> LEGACY_DIGESTS = Set.of(
            "http://www.w3.org/2000/09/xmldsig#sha1",
            "http://www.w3.org/2001/04/xmldsig-more#sha224",
            "http://www.w3.org/2001/04/xmlenc#ripemd160");

    /** Digest URIs of certificate references, with their JCA names (SHA-1 is legacy there too). */
    private static final Map<String, String> CERT_DIGESTS = Map.of(
            "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1",
            "http://www.w3.org/2001/04/xmldsig-more#sha224", "SHA-224",
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-256", "SHA3-256",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-384", "SHA3-384",
            "http://www.w3.org/2007/05/xmldsig-more#sha3-512", "SHA3-512");

    /** At most this many certificates are tried as the signer of a signature that names none. */
    private static final int MAX_CANDIDATES = 16;

    private XadesIntegrity() {
    }

    /**
     * What the check found about one signature.
     *
     * @param intact whether the signature value and every reference verify
     * @param signer the certificate whose key verified (or the referenced one), if any
     * @param certificates the certificates the signature carries
     * @param qualifyingProperties the signature's {@code QualifyingProperties}, if any
     * @param findings what the checks found
     */
    record Result(boolean intact, Optional<X509Certificate> signer, List<X509Certificate> certificates,
            @Nullable Element qualifyingProperties, List<Finding> findings) {

        Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Checks one signature; findings are located under {@code prefix}.
     *
     * @param signature the {@code ds:Signature}
     * @param detached the detached documents the caller supplied
     * @param allowed the caller's allowed algorithms (legacy ones are verified apart and reported)
     * @param prefix a location prefix ({@code ""} for the only signature)
     * @return the result
     */
    static Result check(Element signature, List<Detached> detached, Set<io.github.microcredentials.signing.SignatureAlgorithm> allowed, String prefix) {
        Element qualifying = qualifyingProperties(signature);
        Found<List<X509Certificate>> carried = certificates(signature, qualifying, prefix);
        List<Finding> findings = new ArrayList<>(carried.findings());
        List<X509Certificate> certificates = carried.value();
        XMLSignature xml;
        try {
            xml = new XMLSignature(signature, "", true);
        } catch (XMLSecurityException | RuntimeException e) {
            findings.add(new Finding(Rule.UNSUPPORTED, prefix + "ds:Signature", "the signature cannot be processed safely (Santuario, secure validation): "
                    + e.getMessage()));
            return new Result(false, Optional.empty(), certificates, qualifying, findings);
        }
        xml.addResourceResolver(new DetachedResolver(detached));
        Found<Boolean> referenced = references(signature, xml.getSignedInfo(), detached, prefix);
        findings.addAll(referenced.findings());
        boolean references = referenced.value();
        Optional<X509Certificate> signer = Optional.empty();
        boolean value = false;
        String method = xml.getSignedInfo().getSignatureMethodURI();
        // Santuario has a SignatureAlgorithm of its own (below): this library's is named in full.
        Optional<io.github.microcredentials.signing.SignatureAlgorithm> algorithm =
                io.github.microcredentials.signing.SignatureAlgorithm.ofXmlDsig(method);
        boolean legacy = LEGACY_SIGNATURE_METHODS.contains(method);
        if (algorithm.isPresent() && !allowed.contains(algorithm.get())) {
            findings.add(new Finding(Rule.ALGORITHM_NOT_ALLOWED, prefix + "ds:SignatureMethod", "algorithm " + method + " is not allowed"));
        } else if (algorithm.isEmpty() && !legacy) {
            findings.add(new Finding(Rule.ALGORITHM_NOT_ALLOWED, prefix + "ds:SignatureMethod", "unknown or refused signature algorithm " + method));
        } else {
            List<X509Certificate> candidates = candidates(certificates, signingCertificateDigests(qualifying));
            byte[] signatureValue = signatureValue(xml);
            if (signatureValue == null) {
                findings.add(new Finding(Rule.MALFORMED, prefix + "ds:SignatureValue", "the signature value is not base64"));
            }
            if (signatureValue != null) {
                for (X509Certificate candidate : candidates) {
                    if (verifies(xml.getSignedInfo(), candidate.getPublicKey(), signatureValue)) {
                        signer = Optional.of(candidate);
                        value = true;
                        break;
                    }
                }
                Optional<PublicKey> key = value ? Optional.empty() : keyValue(xml);
                if (key.isPresent()) {
                    value = verifies(xml.getSignedInfo(), key.get(), signatureValue);
                }
                if (!value && candidates.isEmpty() && key.isEmpty()) {
                    findings.add(new Finding(Rule.SIGNING_CERTIFICATE_MISSING, prefix + "ds:KeyInfo", "the signature carries no certificate or key"));
                } else if (!value) {
                    findings.add(new Finding(Rule.SIGNATURE_INVALID, prefix + "ds:SignatureValue", "the signature value does not verify with the signing certificate"));
                }
                if (signer.isEmpty() && !candidates.isEmpty()) {
                    signer = Optional.of(candidates.get(0));
                }
            }
            if (value && legacy) {
                findings.add(new Finding(Rule.LEGACY_ALGORITHM, prefix + "ds:SignatureMethod", "the signature uses the retired algorithm " + method));
            }
            signer.map(X509Certificate::getPublicKey).filter(XadesIntegrity::weakKey).ifPresent(k -> findings.add(new Finding(Rule.LEGACY_ALGORITHM,
                    prefix + "ds:KeyInfo", "the signing key is shorter than " + Algorithms.MIN_RSA_BITS + " bits")));
        }
        return new Result(value && references, signer, certificates, qualifying, findings);
    }

    private static boolean weakKey(PublicKey key) {
        return key instanceof RSAKey rsa && rsa.getModulus().bitLength() < Algorithms.MIN_RSA_BITS
                || key instanceof DSAKey;
    }

    /** The signature value, or null when it is not base64. */
    private static byte @Nullable [] signatureValue(XMLSignature xml) {
        try {
            return xml.getSignatureValue();
        } catch (XMLSecurityException | RuntimeException e) {
            // Santuario decodes the value with java.util.Base64, which throws for text that is not base64.
            return null;
        }
    }

    private static boolean verifies(SignedInfo signedInfo, PublicKey key, byte[] value) {
        try {
            if (verifies(signedInfo.getSignatureAlgorithm(), signedInfo, key, value)) {
                return true;
            }
            // The JDK has no Brainpool (or other non-NIST) curves since Java 16; Bouncy Castle has them.
            return "EC".equals(key.getAlgorithm()) && verifies(new SignatureAlgorithm(signedInfo.getSignatureMethodElement(), "", true,
                    BouncyCastle.PROVIDER), signedInfo, key, value);
        } catch (XMLSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean verifies(SignatureAlgorithm algorithm, SignedInfo signedInfo, PublicKey key, byte[] value) {
        try {
            algorithm.initVerify(key);
            algorithm.update(signedInfo.getCanonicalizedOctetStream());
            return algorithm.verify(value);
        } catch (XMLSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** A private Bouncy Castle provider instance, never registered JVM-wide. */
    private static final class BouncyCastle {
        static final java.security.Provider PROVIDER = new org.bouncycastle.jce.provider.BouncyCastleProvider();
    }

    /** A ds:KeyValue, read only when KeyInfo has no RetrievalMethod (which could point anywhere). */
    private static Optional<PublicKey> keyValue(XMLSignature xml) {
        Element keyInfo = xml.getKeyInfo() == null ? null : xml.getKeyInfo().getElement();
        if (keyInfo == null || Dom.child(keyInfo, XadesSigning.DS, "KeyValue") == null
                || Dom.child(keyInfo, XadesSigning.DS, "RetrievalMethod") != null) {
            return Optional.empty();
        }
        try {
            return xml.getKeyInfo() == null ? Optional.empty() : Optional.ofNullable(xml.getKeyInfo().getPublicKey());
        } catch (XMLSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Verifies every reference of SignedInfo, one by one, so that one failure does not hide the others. */
    private static Found<Boolean> references(Element signature, SignedInfo signedInfo, List<Detached> detached, String prefix) {
        List<Finding> findings = new ArrayList<>();
        boolean all = true;
        for (int i = 0; i < signedInfo.getLength(); i++) {
            String location = prefix + "ds:SignedInfo/ds:Reference[" + (i + 1) + "]";
            Reference reference;
            try {
                reference = signedInfo.item(i);
            } catch (XMLSecurityException | RuntimeException e) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, location, "the reference cannot be read: " + e.getMessage()));
                all = false;
                continue;
            }
            // DOM gives "" for an absent attribute: a reference without URI is not one to the whole document.
            String uri = reference.getElement().hasAttributeNS(null, "URI") ? reference.getURI() : null;
            if (!sameDocument(uri) && DetachedResolver.find(detached, uri).isEmpty()) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, location, "the detached document " + (uri == null ? "(no URI)" : "\"" + uri + "\"")
                        + " was not supplied: the reference cannot be checked"));
                all = false;
                continue;
            }
            Optional<String> unparsable = unparsableInput(reference, detached, uri);
            if (unparsable.isPresent()) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, location, unparsable.get()));
                all = false;
                continue;
            }
            Optional<String> misplaced = misplacedTarget(reference, signature);
            if (misplaced.isPresent()) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, location, misplaced.get()));
                all = false;
                continue;
            }
            try {
                if (!reference.verify()) {
                    findings.add(new Finding(Rule.REFERENCE_INVALID, location, "the digest of " + (uri == null || uri.isEmpty() ? "the document" : uri)
                            + " does not match: the signed content was changed"));
                    all = false;
                } else if (LEGACY_DIGESTS.contains(reference.getMessageDigestAlgorithm().getAlgorithmURI())) {
                    findings.add(new Finding(Rule.LEGACY_ALGORITHM, location, "the reference uses the retired digest "
                            + reference.getMessageDigestAlgorithm().getAlgorithmURI()));
                }
            } catch (XMLSecurityException | RuntimeException e) {
                findings.add(new Finding(Rule.REFERENCE_INVALID, location, "the reference cannot be resolved or transformed safely: " + e.getMessage()));
                all = false;
            }
        }
        return new Found<>(all, findings);
    }

    /**
     * A typed reference must point at what its type names, where XML Signature and XAdES put it
     * (as DSS checks, against wrapping): an {@code Object} reference at a {@code ds:Object} of this
     * signature (or at least inside it), a {@code Manifest} reference at a {@code ds:Manifest} in
     * one, a {@code SignedProperties} reference at a {@code SignedProperties} inside this signature.
     */
    private static Optional<String> misplacedTarget(Reference reference, Element signature) {
        String type = reference.getType();
        String uri = reference.getURI();
        if (type == null || uri == null || !uri.startsWith("#") || uri.startsWith("#xpointer(")) {
            return Optional.empty();
        }
        Element target = signature.getOwnerDocument().getElementById(uri.substring(1));
        boolean ok;
        String expected;
        if (type.equals(Reference.OBJECT_URI)) {
            expected = "within this signature, and a ds:Object there only as a child of the signature";
            ok = target != null && Dom.within(target, signature)
                    && (!isDs(target, "Object") || target.getParentNode() == signature);
        } else if (type.equals(Reference.MANIFEST_URI)) {
            expected = "a ds:Manifest in a ds:Object of this signature";
            ok = target != null && isDs(target, "Manifest") && target.getParentNode() instanceof Element object
                    && isDs(object, "Object") && object.getParentNode() == signature;
        } else if (type.endsWith("#SignedProperties") && type.startsWith("http://uri.etsi.org/01903")) {
            expected = "a SignedProperties in a QualifyingProperties of this signature";
            // Matched by local name: early XAdES producers (DigiDoc 1.x) wrote them in other namespaces.
            ok = target != null && "SignedProperties".equals(target.getLocalName()) && Dom.within(target, signature)
                    && target.getParentNode() instanceof Element qualifying && "QualifyingProperties".equals(qualifying.getLocalName());
        } else {
            return Optional.empty();
        }
        return ok ? Optional.empty() : Optional.of("the reference's target \"" + uri + "\" is not " + expected + " (not found)");
    }

    private static boolean isDs(Element element, String localName) {
        return XadesSigning.DS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    /**
     * Octets that a reference's transforms would parse as XML are parsed here first, with this
     * library's limits and no DTD: Santuario's own parser reports malformed input on the standard
     * error stream, which a library must never write to. A base64 transform followed by XML
     * transforms is refused for the same reason.
     */
    private static Optional<String> unparsableInput(Reference reference, List<Detached> detached, @Nullable String uri) {
        List<Element> transforms = Dom.children(Dom.child(reference.getElement(), XadesSigning.DS, "Transforms"), XadesSigning.DS, "Transform");
        for (int i = 0; i < transforms.size() - 1; i++) {
            if (BASE64.equals(transforms.get(i).getAttribute("Algorithm"))) {
                return Optional.of("a base64 transform followed by other transforms is not supported");
            }
        }
        boolean parses = transforms.stream().anyMatch(t -> !BASE64.equals(t.getAttribute("Algorithm")));
        if (!parses || sameDocument(uri)) {
            return Optional.empty();
        }
        Optional<Detached> document = DetachedResolver.find(detached, uri);
        try {
            if (document.isPresent()) {
                XmlDocs.parse(document.get().content());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("the detached document is transformed as XML but is not well-formed XML: " + e.getMessage());
        }
    }

    private static final String BASE64 = "http://www.w3.org/2000/09/xmldsig#base64";

    /** A reference within the document: {@code ""}, {@code #id}, {@code #xpointer(...)}. */
    static boolean sameDocument(@Nullable String uri) {
        return uri != null && (uri.isEmpty() || uri.startsWith("#"));
    }

    /** The QualifyingProperties of a signature: in one of its ds:Object children, targeting it. */
    static @Nullable Element qualifyingProperties(Element signature) {
        String id = signature.getAttribute("Id");
        for (Element object : Dom.children(signature, XadesSigning.DS, "Object")) {
            for (Node node = object.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && "QualifyingProperties".equals(e.getLocalName())
                        && XADES_NAMESPACES.contains(e.getNamespaceURI())
                        && (id.isEmpty() || ("#" + id).equals(e.getAttribute("Target")) || e.getAttribute("Target").isEmpty())) {
                    return e;
                }
            }
        }
        return null;
    }

    /** A child of a XAdES element in any XAdES namespace. */
    static @Nullable Element xadesChild(@Nullable Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && localName.equals(e.getLocalName()) && XADES_NAMESPACES.contains(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** The children of a XAdES element in any XAdES namespace. */
    static List<Element> xadesChildren(@Nullable Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && localName.equals(e.getLocalName()) && XADES_NAMESPACES.contains(e.getNamespaceURI())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** KeyInfo certificates, then CertificateValues; unreadable ones are skipped with a warning. */
    private static Found<List<X509Certificate>> certificates(Element signature, @Nullable Element qualifying, String prefix) {
        List<X509Certificate> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Element> encoded = new ArrayList<>();
        for (Element data : Dom.children(Dom.child(signature, XadesSigning.DS, "KeyInfo"), XadesSigning.DS, "X509Data")) {
            encoded.addAll(Dom.children(data, XadesSigning.DS, "X509Certificate"));
        }
        Element unsigned = xadesChild(xadesChild(qualifying, "UnsignedProperties"), "UnsignedSignatureProperties");
        for (Element values : xadesChildren(unsigned, "CertificateValues")) {
            encoded.addAll(xadesChildren(values, "EncapsulatedX509Certificate"));
        }
        for (Element element : encoded) {
            try {
                X509Certificate certificate = Certs.fromBase64(element.getTextContent());
                if (!out.contains(certificate)) {
                    out.add(certificate);
                }
            } catch (CertificateException e) {
                findings.add(new Finding(Rule.CERTIFICATE_UNREADABLE, prefix + element.getLocalName(), "an unreadable certificate was ignored"));
            }
        }
        return new Found<>(out, findings);
    }

    /** The CertDigest elements of SigningCertificate and SigningCertificateV2. */
    static List<Element> signingCertificateDigests(@Nullable Element qualifying) {
        Element signed = xadesChild(xadesChild(qualifying, "SignedProperties"), "SignedSignatureProperties");
        List<Element> out = new ArrayList<>();
        for (String name : List.of("SigningCertificateV2", "SigningCertificate")) {
            for (Element cert : xadesChildren(xadesChild(signed, name), "Cert")) {
                Element digest = xadesChild(cert, "CertDigest");
                if (digest != null) {
                    out.add(digest);
                }
            }
        }
        return out;
    }

    /** The certificate a CertDigest names, if one of them. */
    static Optional<X509Certificate> referenced(List<X509Certificate> certificates, List<Element> certDigests) {
        for (Element certDigest : certDigests) {
            Element method = Dom.child(certDigest, XadesSigning.DS, "DigestMethod");
            Element value = Dom.child(certDigest, XadesSigning.DS, "DigestValue");
            String digest = method == null ? null : CERT_DIGESTS.get(method.getAttribute("Algorithm"));
            if (digest == null || value == null) {
                continue;
            }
            byte[] expected;
            try {
                expected = Base64.getMimeDecoder().decode(value.getTextContent().strip());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (X509Certificate certificate : certificates) {
                if (MessageDigest.isEqual(expected, Algorithms.digest(digest, Certs.der(certificate)))) {
                    return Optional.of(certificate);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a CertDigest uses SHA-1. */
    static boolean legacyCertDigest(Element certDigest) {
        Element method = Dom.child(certDigest, XadesSigning.DS, "DigestMethod");
        return method != null && "SHA-1".equals(CERT_DIGESTS.get(method.getAttribute("Algorithm")));
    }

    /** The referenced signing certificate first, then the others, bounded. */
    private static List<X509Certificate> candidates(List<X509Certificate> certificates, List<Element> certDigests) {
        Set<X509Certificate> out = new LinkedHashSet<>();
        referenced(certificates, certDigests).ifPresent(out::add);
        out.addAll(certificates);
        return new ArrayList<>(out).subList(0, Math.min(out.size(), MAX_CANDIDATES));
    }

    /**
     * Resolves the URIs of detached references to the documents the caller supplied, by name
     * (exactly, or percent-decoded), or to the one supplied document. Never fetches anything.
     */
    static final class DetachedResolver extends ResourceResolverSpi {
        private final List<Detached> documents;

        DetachedResolver(List<Detached> documents) {
            this.documents = documents;
        }

        static Optional<Detached> find(List<Detached> documents, @Nullable String uri) {
            if (uri != null) {
                for (Detached document : documents) {
                    if (document.name().equals(uri) || document.name().equals(decode(uri))) {
                        return Optional.of(document);
                    }
                }
            }
            return documents.size() == 1 ? Optional.of(documents.get(0)) : Optional.empty();
        }

        private static String decode(String uri) {
            try {
                return URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return uri;
            }
        }

        @Override
        public boolean engineCanResolveURI(ResourceResolverContext context) {
            return !sameDocument(context.uriToResolve) && find(documents, context.uriToResolve).isPresent();
        }

        @Override
        public XMLSignatureInput engineResolveURI(ResourceResolverContext context) {
            Detached document = find(documents, context.uriToResolve).orElseThrow();
            XMLSignatureInput input = new XMLSignatureInput(document.content());
            input.setSourceURI(context.uriToResolve);
            return input;
        }
    }
}
