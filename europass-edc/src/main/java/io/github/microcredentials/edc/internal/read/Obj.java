package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A node object of the input as the reader sees it: each accessor marks the member as read, checks
 * its JSON type (throwing {@link CredentialParseException} with the member's pointer when it is
 * wrong) and converts it. JSON-LD lets a member hold one value or an array; accessors accept both.
 */
final class Obj {

    /** One value of a member, with its pointer. */
    record Item(JsonNode value, String pointer) {
    }

    private static final Pattern XSD_DURATION = Pattern.compile("-?P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");

    private final ObjectNode node;
    private final String pointer;
    private final ReadState state;

    Obj(ObjectNode node, String pointer, ReadState state) {
        this.node = node;
        this.pointer = pointer;
        this.state = state;
    }

    ObjectNode node() {
        return node;
    }

    String pointer() {
        return pointer;
    }

    ReadState state() {
        return state;
    }

    String at(String member) {
        return pointer + "/" + escape(member);
    }

    static String escape(String member) {
        return member.replace("~", "~0").replace("/", "~1");
    }

    boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull() && !(value.isArray() && value.isEmpty());
    }

    /** All values of a member (read). */
    List<Item> items(String member) {
        JsonNode value = node.get(member);
        state.consume(node, member);
        List<Item> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                items.add(new Item(value.get(i), at(member) + "/" + i));
            }
        } else {
            items.add(new Item(value, at(member)));
        }
        return items;
    }

    /** The first value of a member; further values are reported as not carried. */
    Optional<Item> item(String member) {
        List<Item> items = items(member);
        for (Item extra : items.subList(Math.min(1, items.size()), items.size())) {
            state.unmapped(extra.pointer(), "furtherValue");
            state.consumeTree(extra.value());
        }
        return items.stream().findFirst();
    }

    /** The node objects of a member; references by identifier are followed. */
    List<Obj> objects(String member) {
        List<Obj> objects = new ArrayList<>();
        for (Item item : items(member)) {
            resolve(item).ifPresent(objects::add);
        }
        return objects;
    }

    Optional<Obj> object(String member) {
        return item(member).flatMap(this::resolve);
    }

    /** A node object, or the node a reference names (empty when the document does not hold it). */
    Optional<Obj> resolve(Item item) {
        if (item.value() instanceof ObjectNode object) {
            return Optional.of(state.obj(object, item.pointer()));
        }
        if (item.value().isTextual()) {
            return state.node(item.value().asText());
        }
        throw wrongType(item.pointer(), "a node object or an identifier");
    }

    Optional<String> string(String member) {
        return item(member).map(i -> string(i));
    }

    String string(Item item) {
        if (!item.value().isValueNode() || item.value().isNull()) {
            throw wrongType(item.pointer(), "a string");
        }
        return item.value().asText();
    }

    Optional<URI> uri(String member) {
        return item(member).map(i -> uri(string(i), i.pointer()));
    }

    static URI uri(String text, String pointer) {
        try {
            URI uri = new URI(text);
            if (uri.isAbsolute()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, with the pointer
        }
        throw unchecked(Problem.INVALID_VALUE, pointer, "not an absolute IRI: \"" + text + "\"");
    }

    /** The node identifier (read). */
    Optional<String> id() {
        return string("id");
    }

    /** Reads the identifier of a node the model keeps no identifier for; a meaningful one is reported. */
    void auxiliaryId() {
        id().filter(id -> !LocalIds.isLocal(id)).ifPresent(id -> state.info(RuleIds.UNMAPPED, "nodeId", at("id"),
                Optional.of(id)));
    }

    Set<String> types() {
        Set<String> types = new LinkedHashSet<>();
        items("type").forEach(i -> types.add(string(i)));
        return types;
    }

    /** Reads the type; a node of none of the expected classes is reported, and read as the first. */
    void expectType(String... classes) {
        Set<String> types = types();
        for (String expected : classes) {
            if (types.contains(expected)) {
                return;
            }
        }
        state.finding(RuleIds.NODE_TYPE, null, io.github.microcredentials.core.validation.Severity.WARNING, at("type"),
                Optional.of(String.join(" ", types)), String.join(" | ", classes), classes[0]);
    }

    Optional<OffsetDateTime> dateTime(String member) {
        return item(member).map(this::dateTime);
    }

    OffsetDateTime dateTime(Item item) {
        String text = string(item);
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime time = text.contains("T") ? LocalDateTime.parse(text).atOffset(ZoneOffset.UTC)
                        : LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                state.info(RuleIds.APPROXIMATE, "noTimeZone", item.pointer(), Optional.of(text));
                return time;
            } catch (DateTimeParseException again) {
                throw unchecked(Problem.INVALID_VALUE, item.pointer(), "not an xsd:dateTime: \"" + text + "\"");
            }
        }
    }

    /** A duration; one in months or years (which have no fixed length) is reported and skipped. */
    Optional<Duration> duration(String member) {
        Optional<Item> item = item(member);
        if (item.isEmpty()) {
            return Optional.empty();
        }
        String text = string(item.get());
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            if (!XSD_DURATION.matcher(text).matches()) {
                throw unchecked(Problem.INVALID_VALUE, item.get().pointer(), "not an xsd:duration: \"" + text + "\"");
            }
            state.unmapped(item.get().pointer(), "duration");
            return Optional.empty();
        }
    }

    static UncheckedParse wrongType(String pointer, String expected) {
        return unchecked(Problem.WRONG_TYPE, pointer, "expected " + expected);
    }

    static UncheckedParse unchecked(Problem problem, String pointer, String detail) {
        return new UncheckedParse(new CredentialParseException(problem, pointer, detail));
    }

    /** Carries a parse exception through lambdas; unwrapped at the reader's entry point. */
    static final class UncheckedParse extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedParse(CredentialParseException cause) {
            super(cause);
        }

        CredentialParseException parseException() {
            return (CredentialParseException) getCause();
        }
    }
}
