package io.github.microcredentials.seals.internal.xades;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers. */
final class Dom {

    private static final Map<String, String> DIGESTS = Map.of(
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    private Dom() {
    }

    /** The first child element with the name, or null. */
    static @Nullable Element child(@Nullable Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The child elements with the name. */
    static List<Element> children(@Nullable Element parent, String namespace, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The JCA digest name of an accepted XML Signature digest URI (no SHA-1, no MD5). */
    static Optional<String> digest(String uri) {
        return Optional.ofNullable(DIGESTS.get(uri));
    }

    /** Whether an element lies inside another (or is it). */
    static boolean within(Node node, Element ancestor) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
