package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.LocalizedString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One JSON object of the input with its JSON Pointer: typed access to its members that marks
 * what it reads as carried, and throws {@link CredentialParseException} naming the member when a
 * member has the wrong JSON type.
 */
final class In {

    private final JsonNode node;
    private final String pointer;
    private final Tracker tracker;

    private In(JsonNode node, String pointer, Tracker tracker) {
        this.node = node;
        this.pointer = pointer;
        this.tracker = tracker;
    }

    /** The object at a pointer; anything but an object is a wrong type there. */
    static In object(JsonNode node, String pointer, Tracker tracker) throws CredentialParseException {
        if (!node.isObject()) {
            throw new CredentialParseException(Problem.WRONG_TYPE, pointer, "expected an object, found " + kind(node));
        }
        return new In(node, pointer, tracker);
    }

    /** The pointer of a member, with the RFC 6901 escapes. */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    String pointer() {
        return pointer;
    }

    /** The pointer of a member; {@code ""} names this object itself. */
    String pointer(String name) {
        return name.isEmpty() ? pointer : child(pointer, name);
    }

    JsonNode node() {
        return node;
    }

    Tracker tracker() {
        return tracker;
    }

    boolean has(String name) {
        return node.has(name) && !node.get(name).isNull();
    }

    /** Marks a member as carried. */
    void consume(String name) {
        if (node.has(name)) {
            tracker.consume(pointer(name));
        }
    }

    Optional<String> text(String name) throws CredentialParseException {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        consume(name);
        return Optional.of(value.asText());
    }

    String requiredText(String name) throws CredentialParseException {
        return text(name).orElseThrow(() -> missing(name));
    }

    Optional<BigDecimal> number(String name) throws CredentialParseException {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        consume(name);
        return Optional.of(value.decimalValue());
    }

    Optional<Boolean> bool(String name) throws CredentialParseException {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw wrongType(name, "true or false", value);
        }
        consume(name);
        return Optional.of(value.asBoolean());
    }

    Optional<In> object(String name) throws CredentialParseException {
        return has(name) ? Optional.of(object(node.get(name), pointer(name), tracker)) : Optional.empty();
    }

    In requiredObject(String name) throws CredentialParseException {
        return object(name).orElseThrow(() -> missing(name));
    }

    /** The objects of an array member; a single object stands for an array of one (compacted JSON-LD). */
    List<In> objects(String name) throws CredentialParseException {
        List<In> objects = new ArrayList<>();
        if (!has(name)) {
            return objects;
        }
        JsonNode value = node.get(name);
        if (value.isObject()) {
            objects.add(new In(value, pointer(name), tracker));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                objects.add(object(value.get(i), pointer(name) + "/" + i, tracker));
            }
        } else {
            throw wrongType(name, "an array of objects", value);
        }
        return objects;
    }

    /** The members of an array that holds objects and references (ids as strings). */
    List<In> objectsOrReferences(String name) throws CredentialParseException {
        List<In> items = new ArrayList<>();
        if (!has(name)) {
            return items;
        }
        JsonNode value = node.get(name);
        JsonNode array = value.isArray() ? value : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .arrayNode().add(value);
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String at = value.isArray() ? pointer(name) + "/" + i : pointer(name);
            if (!item.isObject() && !item.isTextual()) {
                throw new CredentialParseException(Problem.WRONG_TYPE, at, "expected an object or an id, found " + kind(item));
            }
            items.add(new In(item, at, tracker));
        }
        return items;
    }

    /** The strings of an array member; a single string stands for an array of one. Marks the member carried. */
    List<String> texts(String name) throws CredentialParseException {
        List<String> texts = new ArrayList<>();
        if (!has(name)) {
            return texts;
        }
        JsonNode value = node.get(name);
        if (value.isTextual()) {
            texts.add(value.asText());
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw new CredentialParseException(Problem.WRONG_TYPE, pointer(name) + "/" + i,
                            "expected a string, found " + kind(value.get(i)));
                }
                texts.add(value.get(i).asText());
            }
        } else {
            throw wrongType(name, "an array of strings", value);
        }
        consume(name);
        return texts;
    }

    /** The {@code type} member: a string or an array of strings. */
    List<String> types() throws CredentialParseException {
        return texts("type");
    }

    /** A JSON-LD language map member: an object from BCP 47 tag to text. */
    Optional<LocalizedString> languageMap(String name) throws CredentialParseException {
        if (!has(name)) {
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (!value.isObject()) {
            throw wrongType(name, "an object from language tag to text", value);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new CredentialParseException(Problem.WRONG_TYPE, child(pointer(name), entry.getKey()),
                        "expected a string, found " + kind(entry.getValue()));
            }
            texts.put(entry.getKey(), entry.getValue().asText());
        }
        LocalizedString text = strict(name, texts, LocalizedString::new);
        consume(name);
        return Optional.of(text);
    }

    /**
     * A localized string written as a plain string plus, where needed, a language map: the map
     * when present, else the string in the document's language.
     */
    Optional<LocalizedString> localized(String field, String mapField, String language)
            throws CredentialParseException {
        Optional<LocalizedString> map = languageMap(mapField);
        if (map.isPresent()) {
            return map;
        }
        Optional<String> plain = text(field);
        if (plain.isPresent() && plain.get().isBlank()) {
            report(Rules.INVALID_VALUE, "emptyText", field, plain.get());
            return Optional.empty();
        }
        return plain.map(text -> LocalizedString.of(language, text));
    }

    /** Converts a value the model must accept: a rejected value is a parse error at the member. */
    <T, R> R strict(String name, T value, Function<T, R> convert) throws CredentialParseException {
        try {
            return convert.apply(value);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // DateTimeException: LocalDate::parse and the like reject text so, not with IllegalArgumentException.
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer(name), e.getMessage(), e);
        }
    }

    /** Converts a value the model may reject: a rejected value is reported and left out. */
    <T, R> Optional<R> lenient(String name, T value, Function<T, R> convert) {
        try {
            return Optional.of(convert.apply(value));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            report(Rules.INVALID_VALUE, null, name, String.valueOf(value), e.getMessage());
            return Optional.empty();
        }
    }

    void report(String rule, @Nullable String variant, String name, String value, Object... args) {
        tracker.report(rule, variant, pointer(name), Optional.of(value), args);
    }

    CredentialParseException missing(String name) {
        return new CredentialParseException(Problem.MISSING_PROPERTY, pointer(name), "the required member \"" + name
                + "\" is missing");
    }

    private CredentialParseException wrongType(String name, String expected, JsonNode found) {
        return new CredentialParseException(Problem.WRONG_TYPE, pointer(name), "expected " + expected + ", found "
                + kind(found));
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
