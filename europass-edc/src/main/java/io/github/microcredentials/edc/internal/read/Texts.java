package io.github.microcredentials.edc.internal.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Language maps ({@code "title": {"en": "…"}} or, as EU tools write them, {@code {"en": ["…"]}})
 * into the model's texts; a second text in one language is reported, not dropped.
 */
final class Texts {

    /** The language tag of a text without linguistic content (ISO 639-2 {@code zxx}). */
    private static final String NO_LANGUAGE = "zxx";

    private Texts() {
    }

    static Optional<LocalizedString> text(Obj obj, String member) {
        return obj.item(member).flatMap(item -> text(obj.state(), item));
    }

    static Optional<LocalizedString> text(ReadState state, Obj.Item item) {
        if (!item.value().isObject()) {
            throw Obj.wrongType(item.pointer(), "a language map ({\"en\": \"…\"})");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        item.value().properties().forEach(e -> add(state, texts, e.getKey(), e.getValue(),
                item.pointer() + "/" + Obj.escape(e.getKey())));
        state.consumeTree(item.value());
        return texts.isEmpty() ? Optional.empty() : Optional.of(new LocalizedString(texts));
    }

    private static void add(ReadState state, Map<String, String> texts, String tag, JsonNode value, String pointer) {
        List<JsonNode> values = value.isArray() ? toList(value) : List.of(value);
        for (int i = 0; i < values.size(); i++) {
            String at = value.isArray() ? pointer + "/" + i : pointer;
            if (!values.get(i).isTextual()) {
                throw Obj.wrongType(at, "a string");
            }
            String text = values.get(i).asText();
            String canonical = canonical(tag, pointer);
            if (text.isBlank() || texts.containsKey(canonical)) {
                state.unmapped(at, text.isBlank() ? "blankText" : "secondText");
            } else {
                texts.put(canonical, text);
            }
        }
    }

    private static String canonical(String tag, String pointer) {
        try {
            return new Language(tag).tag();
        } catch (IllegalArgumentException e) {
            throw Obj.unchecked(Problem.INVALID_VALUE, pointer, e.getMessage());
        }
    }

    private static List<JsonNode> toList(JsonNode array) {
        java.util.ArrayList<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /**
     * One string from a language map, for model values without a language (names, grades): the
     * English text, else the first; a text in another language that differs is reported.
     */
    static Optional<String> single(Obj obj, String member) {
        return obj.item(member).flatMap(item -> single(obj.state(), item));
    }

    static Optional<String> single(ReadState state, Obj.Item item) {
        return one(state, item, List.of());
    }

    /**
     * The code, IRI or date of a language map, as the library's notes carry them: the text tagged
     * {@code zxx} (no linguistic content), else as {@link #single(ReadState, Obj.Item)}. A text in
     * a language cannot displace it: where JSON-LD merged two notes that share an identifier, the
     * English text of the other note is no code.
     */
    static Optional<String> code(ReadState state, Obj.Item item) {
        return one(state, item, List.of(NO_LANGUAGE));
    }

    private static Optional<String> one(ReadState state, Obj.Item item, List<String> preferred) {
        Optional<LocalizedString> text = text(state, item);
        text.ifPresent(t -> {
            String chosen = t.preferred(preferred);
            t.texts().forEach((tag, value) -> {
                if (!value.equals(chosen)) {
                    state.unmapped(item.pointer() + "/" + tag, "secondLanguage");
                }
            });
        });
        return text.map(t -> t.preferred(preferred));
    }
}
