package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.LocalizedString;

/**
 * A localized string where Open Badges wants a plain string ({@code name}, {@code description},
 * {@code targetName}): the plain string holds the text in the document's language, and a language
 * map ({@code nameMap}, {@code descriptionMap}) beside it holds every language whenever the plain
 * string alone would not give the text back.
 */
final class Texts {

    private Texts() {
    }

    /**
     * Writes {@code text} as a plain string in {@code field} and, unless it is exactly one text in
     * the document's language, as a language map in {@code mapField}.
     *
     * @param forceMap writes the map even then, for a text the reader would otherwise take for a
     *     derived value
     */
    static void write(ObjectNode node, String field, String mapField, LocalizedString text, String language,
            boolean forceMap) {
        node.put(field, Derived.display(text, language));
        if (forceMap || !isPlain(text, language)) {
            node.set(mapField, Nodes.languageMap(text));
        }
    }

    /** Whether the plain string in the document's language gives the whole text back. */
    static boolean isPlain(LocalizedString text, String language) {
        return text.texts().size() == 1 && text.texts().containsKey(language);
    }
}
