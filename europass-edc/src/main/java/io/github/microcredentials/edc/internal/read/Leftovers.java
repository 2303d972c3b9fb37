package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.validation.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The checks after reading: every member of the input that no reader step took is reported (the
 * reader never drops input silently), and so is every node identifier that stands for nodes of
 * different content (JSON-LD would merge them into one node).
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Reports the members of the credential that were not read, outermost first. */
    static void report(ReadState state, ObjectNode root, String pointer) {
        members(state, root, pointer);
    }

    private static void members(ReadState state, ObjectNode object, String pointer) {
        object.properties().forEach(e -> {
            String at = pointer + "/" + Obj.escape(e.getKey());
            if (state.consumed(object, e.getKey())) {
                descend(state, e.getValue(), at);
            } else {
                state.unmapped(at, null);
            }
        });
    }

    private static void descend(ReadState state, JsonNode value, String pointer) {
        if (value instanceof ObjectNode object) {
            if (!state.visited(object) || (object.size() > 0 && noneConsumed(state, object))) {
                state.unmapped(pointer, null);
            } else {
                members(state, object, pointer);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                descend(state, value.get(i), pointer + "/" + i);
            }
        }
    }

    private static boolean noneConsumed(ReadState state, ObjectNode object) {
        var names = object.fieldNames();
        while (names.hasNext()) {
            if (state.consumed(object, names.next())) {
                return false;
            }
        }
        return true;
    }

    /** Reports node identifiers used for nodes of different content. */
    static void idReuse(ReadState state, JsonNode root, String pointer) {
        collect(state, root, pointer, new HashMap<>());
    }

    private static void collect(ReadState state, JsonNode node, String pointer, Map<String, JsonNode> seen) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual() && object.size() > 2) {
                JsonNode first = seen.putIfAbsent(id.asText(), object);
                if (first != null && !first.equals(object)) {
                    state.finding(RuleIds.ID_REUSE, null, Severity.WARNING, pointer, Optional.of(id.asText()));
                }
            }
            object.properties().forEach(e -> collect(state, e.getValue(), pointer + "/" + Obj.escape(e.getKey()), seen));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(state, node.get(i), pointer + "/" + i, seen);
            }
        }
    }
}
