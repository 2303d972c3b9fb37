package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.seals.internal.seal.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks XAdES archive time-stamps ({@code xades141:ArchiveTimeStamp}, ETSI EN 319 132-1 5.5.2; the
 * level LTA): the token's imprint must be the digest of, in order, every signed reference's data
 * after its transforms, {@code SignedInfo}, {@code SignatureValue}, {@code KeyInfo}, the unsigned
 * signature properties before the time-stamp, and the {@code ds:Object}s other than the one with the
 * qualifying properties (those no reference covers, as EN 319 132-1 has it; all of them, as
 * TS 101 903 1.4.1 had it: either form is accepted), each element canonicalized with the
 * time-stamp's canonicalization method. A reference whose transforms end in a node-set is taken as
 * it was digested (inclusive C14N 1.0).
 */
final class ArchiveTimestamps {

    private ArchiveTimestamps() {
    }

    /**
     * Checks every archive time-stamp of a signature; a failure is reported as
     * {@link Rule#ARCHIVE_TIMESTAMP_INVALID}.
     *
     * @param signature the signature
     * @param unsigned its UnsignedSignatureProperties
     * @param detached the detached documents supplied
     * @param prefix a location prefix
     * @return the time-stamps' certificates (candidates for chains), with the findings
     */
    static Found<List<X509Certificate>> check(Element signature, @Nullable Element unsigned, List<Detached> detached, String prefix) {
        List<X509Certificate> candidates = new java.util.ArrayList<>();
        List<Finding> findings = new java.util.ArrayList<>();
        List<Element> archives = XadesIntegrity.xadesChildren(unsigned, "ArchiveTimeStamp");
        for (int i = 0; i < archives.size(); i++) {
            Element archive = archives.get(i);
            String location = prefix + "xades:ArchiveTimeStamp[" + (i + 1) + "]";
            Element method = Dom.child(archive, XadesSigning.DS, "CanonicalizationMethod");
            String c14n = method == null || method.getAttribute("Algorithm").isEmpty() ? Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS
                    : method.getAttribute("Algorithm");
            Element encapsulated = XadesIntegrity.xadesChild(archive, "EncapsulatedTimeStamp");
            try {
                byte[] token = Base64.getMimeDecoder().decode(encapsulated == null ? "" : encapsulated.getTextContent());
                Timestamps.Checked checked = Timestamps.check(token, input(signature, unsigned, archive, c14n, detached, false));
                if (checked.failure().isPresent()) {
                    checked = Timestamps.check(token, input(signature, unsigned, archive, c14n, detached, true));
                }
                candidates.addAll(checked.certificates());
                checked.failure().ifPresent(f -> findings.add(new Finding(Rule.ARCHIVE_TIMESTAMP_INVALID, location, f)));
            } catch (XMLSecurityException | IOException | IllegalArgumentException e) {
                findings.add(new Finding(Rule.ARCHIVE_TIMESTAMP_INVALID, location,
                        "cannot compute what the archive time-stamp covers: " + e.getMessage()));
            }
        }
        return new Found<>(candidates, findings);
    }

    private static byte[] input(Element signature, @Nullable Element unsigned, Element archive, String c14n, List<Detached> detached,
            boolean allObjects) throws XMLSecurityException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLSignature xml = new XMLSignature(signature, "", true);
        xml.addResourceResolver(new XadesIntegrity.DetachedResolver(detached));
        SignedInfo signedInfo = xml.getSignedInfo();
        Set<Node> referenced = new HashSet<>();
        for (int i = 0; i < signedInfo.getLength(); i++) {
            Reference reference = signedInfo.item(i);
            String uri = reference.getElement().hasAttributeNS(null, "URI") ? reference.getURI() : null;
            if (uri != null && uri.startsWith("#") && !uri.startsWith("#xpointer(")) {
                Element target = signature.getOwnerDocument().getElementById(uri.substring(1));
                if (target != null) {
                    referenced.add(target);
                }
            }
            if (!XadesIntegrity.sameDocument(uri) && XadesIntegrity.DetachedResolver.find(detached, uri).isEmpty()) {
                throw new IOException("the detached document of reference " + (i + 1) + " was not supplied");
            }
            reference.verify();
            // The octets the reference digested: a node-set result canonicalized as XML Signature does
            // (inclusive C14N 1.0); references that end in a canonicalization transform give octets.
            out.write(reference.getReferencedBytes());
        }
        canonicalize(Dom.child(signature, XadesSigning.DS, "SignedInfo"), c14n, out);
        canonicalize(Dom.child(signature, XadesSigning.DS, "SignatureValue"), c14n, out);
        canonicalize(Dom.child(signature, XadesSigning.DS, "KeyInfo"), c14n, out);
        if (unsigned != null) {
            for (Node node = unsigned.getFirstChild(); node != null && node != archive; node = node.getNextSibling()) {
                if (node instanceof Element e) {
                    canonicalize(e, c14n, out);
                }
            }
        }
        Element qualifying = XadesIntegrity.qualifyingProperties(signature);
        for (Element object : Dom.children(signature, XadesSigning.DS, "Object")) {
            if ((qualifying == null || qualifying.getParentNode() != object) && (allObjects || !referenced.contains(object))) {
                canonicalize(object, c14n, out);
            }
        }
        return out.toByteArray();
    }

    private static void canonicalize(@Nullable Element element, String c14n, ByteArrayOutputStream out) throws XMLSecurityException {
        if (element != null) {
            Canonicalizer.getInstance(c14n).canonicalizeSubtree(element, out);
        }
    }
}
