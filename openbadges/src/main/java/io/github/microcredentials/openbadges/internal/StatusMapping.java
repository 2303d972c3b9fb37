package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.StatusPurpose;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code credentialStatus} in Open Badges 3.0: one {@code BitstringStatusListEntry} object (the
 * OB 3.0 schema allows one status, so the revocation entry is written, else the first). The
 * reader takes Bitstring Status List entries (an object or an array of them); other status
 * methods (legacy {@code 1EdTechRevocationList}, {@code StatusList2021Entry}) and malformed entries
 * are left to the report as not carried (the status module checks them when verifying).
 */
final class StatusMapping {

    static final String ENTRY = "BitstringStatusListEntry";

    private StatusMapping() {
    }

    static Optional<ObjectNode> write(MicroCredential mc) {
        Optional<BitstringStatusListEntry> entry = mc.credentialStatus().stream()
                .filter(e -> e.statusPurpose().equals(StatusPurpose.REVOCATION)).findFirst()
                .or(() -> mc.credentialStatus().stream().findFirst());
        return entry.map(StatusMapping::entry);
    }

    private static ObjectNode entry(BitstringStatusListEntry e) {
        ObjectNode node = Nodes.object();
        e.id().ifPresent(id -> node.put("id", id.toString()));
        node.put("type", ENTRY);
        node.put("statusPurpose", e.statusPurpose().value());
        node.put("statusListIndex", Long.toString(e.statusListIndex()));
        node.put("statusListCredential", e.statusListCredential().toString());
        if (e.statusSize() != 1) {
            node.put("statusSize", e.statusSize());
        }
        if (!e.statusMessage().isEmpty()) {
            ArrayNode messages = node.putArray("statusMessage");
            e.statusMessage().forEach(m -> messages.addObject().put("status", m.status()).put("message", m.message()));
        }
        if (!e.statusReference().isEmpty()) {
            ArrayNode references = node.putArray("statusReference");
            e.statusReference().forEach(r -> references.add(r.toString()));
        }
        return node;
    }

    /** Reads the Bitstring Status List entries; marks what it carried as consumed. */
    static void read(In root, MicroCredential.Builder mc) {
        JsonNode status = root.node().get("credentialStatus");
        if (status == null) {
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        String at = root.pointer("credentialStatus");
        if (status.isObject()) {
            items.add(status);
            pointers.add(at);
        } else if (status.isArray()) {
            for (int i = 0; i < status.size(); i++) {
                items.add(status.get(i));
                pointers.add(at + "/" + i);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            Optional<BitstringStatusListEntry> entry = parse(items.get(i));
            if (entry.isPresent()) {
                mc.addCredentialStatus(entry.get());
                consumeAll(root.tracker(), items.get(i), pointers.get(i));
            }
        }
    }

    private static void consumeAll(Tracker tracker, JsonNode node, String pointer) {
        tracker.consume(pointer);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> consumeAll(tracker, node.get(name), In.child(pointer, name)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                consumeAll(tracker, node.get(i), pointer + "/" + i);
            }
        }
    }

    private static Optional<BitstringStatusListEntry> parse(JsonNode node) {
        if (!node.isObject() || !ENTRY.equals(node.path("type").textValue())) {
            return Optional.empty();
        }
        try {
            JsonNode index = node.get("statusListIndex");
            JsonNode purpose = node.get("statusPurpose");
            JsonNode list = node.get("statusListCredential");
            if (index == null || !index.isTextual() || !index.textValue().matches("[0-9]{1,18}")
                    || purpose == null || !purpose.isTextual() || list == null || !list.isTextual()) {
                return Optional.empty();
            }
            Optional<URI> id = node.path("id").isTextual() ? Optional.of(Uris.absolute(node.get("id").textValue())) : Optional.empty();
            int size = node.has("statusSize") ? node.get("statusSize").intValue() : 1;
            if (node.has("statusSize") && !node.get("statusSize").isIntegralNumber()) {
                return Optional.empty();
            }
            List<StatusMessage> messages = new ArrayList<>();
            for (JsonNode m : node.path("statusMessage")) {
                messages.add(new StatusMessage(m.path("status").textValue(), m.path("message").textValue()));
            }
            List<URI> references = new ArrayList<>();
            JsonNode reference = node.get("statusReference");
            if (reference != null && reference.isTextual()) {
                references.add(Uris.absolute(reference.textValue()));
            } else if (reference != null) {
                for (JsonNode r : reference) {
                    references.add(Uris.absolute(r.textValue()));
                }
            }
            return Optional.of(new BitstringStatusListEntry(id, StatusPurpose.of(purpose.textValue()),
                    Long.parseLong(index.textValue()), Uris.absolute(list.textValue()), size, messages, references));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
