package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of canonicalization: canonical N-Quads (UTF-8) and the canonical blank node labels. */
public final class CanonicalNQuads {

    private final byte[] bytes;
    private final RdfDataset dataset;
    private final IdentifierIssuer canonical;

    CanonicalNQuads(byte[] bytes, RdfDataset dataset, IdentifierIssuer canonical) {
        this.bytes = bytes;
        this.dataset = dataset;
        this.canonical = canonical;
    }

    /**
     * The canonical N-Quads document, every line ending in {@code \n}, as UTF-8.
     *
     * @return the bytes (not copied: do not change them)
     */
    public byte[] bytes() {
        return bytes;
    }

    /**
     * The canonical N-Quads document as text.
     *
     * @return the text
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The canonical label of every blank node that had an input label ({@link RdfDataset#blank(String)}).
     *
     * @return input label to canonical label, for example {@code _:e0} to {@code _:c14n1}
     */
    public Map<String, String> blankNodeMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int b = 0; b < dataset.blankCount(); b++) {
            String label = dataset.label(b);
            if (label != null && canonical.has(b)) {
                map.put(label, canonical.label(b));
            }
        }
        return map;
    }
}
