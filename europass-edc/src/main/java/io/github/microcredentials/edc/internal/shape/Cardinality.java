package io.github.microcredentials.edc.internal.shape;

import java.util.Collection;

/**
 * What the EDC shapes say of how many values a property of a node may have, for code that must
 * choose between values rather than keep them all.
 */
public final class Cardinality {

    private Cardinality() {
    }

    /**
     * Whether a node of these types may have one value of the property at most, or one per
     * language.
     *
     * @param types the node's types
     * @param property the property IRI
     * @return {@code true} for {@code sh:maxCount 1} or {@code sh:uniqueLang}
     */
    public static boolean isSingle(Collection<String> types, String property) {
        for (ShapeTable.Row row : ShapeTable.rows()) {
            if (row.focusPath().isEmpty() && row.path().equals(property) && types.contains(row.focusClass())
                    && (row.uniqueLang() || row.max().isPresent() && row.max().getAsInt() == 1)) {
                return true;
            }
        }
        return false;
    }
}
