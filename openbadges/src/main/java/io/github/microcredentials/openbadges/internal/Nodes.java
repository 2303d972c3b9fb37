package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.Term;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** Small builders of the JSON trees the writer emits. */
final class Nodes {

    static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private Nodes() {
    }

    static ObjectNode object() {
        return FACTORY.objectNode();
    }

    /** An object whose {@code type} is the array of one type, as the official schema wants. */
    static ObjectNode typed(String type) {
        ObjectNode node = object();
        node.putArray("type").add(type);
        return node;
    }

    static ArrayNode array(String... values) {
        ArrayNode array = FACTORY.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    /** A JSON-LD language map: {@code {"en": "…", "da": "…"}}. */
    static ObjectNode languageMap(LocalizedString text) {
        ObjectNode map = object();
        text.texts().forEach(map::put);
        return map;
    }

    /** A vocabulary value by its URI, else by its code (an unknown value read from a bare code). */
    static String term(Term term) {
        return term.uri().map(Object::toString).orElse(term.code());
    }

    /** Credits as an exact decimal number, never a binary fraction, never in exponent notation. */
    static void putEcts(ObjectNode node, String name, EctsCredits credits) {
        node.set(name, DecimalNode.valueOf(credits.value()));
    }

    /** A date-time with its offset, always with seconds, as the schema's {@code date-time} format wants. */
    static String dateTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    static void putText(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(v -> node.put(name, v));
    }

    static void putMap(ObjectNode node, String name, Optional<LocalizedString> value) {
        value.ifPresent(v -> node.set(name, languageMap(v)));
    }

    /** Puts an array of the mapped elements, or nothing for an empty collection. */
    static <T> void putArray(ObjectNode node, String name, Collection<T> values, Function<T, ?> element) {
        if (values.isEmpty()) {
            return;
        }
        ArrayNode array = node.putArray(name);
        for (T value : values) {
            Object mapped = element.apply(value);
            if (mapped instanceof com.fasterxml.jackson.databind.JsonNode json) {
                array.add(json);
            } else {
                array.add(mapped.toString());
            }
        }
    }
}
