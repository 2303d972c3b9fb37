package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.internal.compact.CompactJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.PreservedData;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an Open Badges credential says that the writer does not write the same way from the
 * credential read: for each member of the credential, the issuer Profile, the subject and the
 * achievement, the value the input had ({@code source}) and the value the writer derived from the
 * model ({@code derived}), where they differ. Writing applies it member by member: where the
 * writer still derives what it derived (the credential was not edited there), the input's value is
 * written (or the member left out, if the input had none); where the model was edited, the
 * writer's value stands. So OB3 → model → OB3 gives back the achievement's {@code name},
 * {@code criteria}, {@code alignment}s, {@code resultDescription}s and every other member, except
 * the proof (it signed other bytes; sign again). Kept as {@link PreservedData} of format
 * {@value #FORMAT}.
 */
public final class Preservation {

    /** The format name of the preserved data. */
    public static final String FORMAT = "ob3";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int VERSION = 1;
    /** The objects whose members are compared, each the value of a member of the one before. */
    private static final List<String> OBJECTS = List.of("", "/issuer", "/credentialSubject", "/credentialSubject/achievement");
    /** Members never carried over: the proof signs the input's bytes; the writer owns the contexts. */
    private static final Set<String> NEVER = Set.of("proof", "@context");
    /** Members of a VC 1.1 credential that the writer's VC 2.0 one states as validFrom and validUntil. */
    private static final Set<String> LEGACY = Set.of("issuanceDate", "expirationDate");

    private Preservation() {
    }

    /**
     * The preserved data of a credential read.
     *
     * @param input the credential read
     * @param mc the model read from it
     * @param legacy whether it is a VC 1.1 credential
     * @return the data, or empty when the writer writes the input as it is (or cannot write it)
     */
    public static Optional<PreservedData> compute(JsonNode input, MicroCredential mc, boolean legacy) {
        ObjectNode derived;
        try {
            derived = new CredentialWriter(settingsOf(input)).write(mc);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        ArrayNode members = NODES.arrayNode();
        for (String at : OBJECTS) {
            JsonNode source = input.at(at);
            JsonNode written = derived.at(at);
            if (source.isObject() && written.isObject()) {
                compare(at, (ObjectNode) source, (ObjectNode) written, legacy, members);
            }
        }
        ArrayNode contexts = extraContexts(input.path("@context"), derived.path("@context"));
        if (members.isEmpty() && contexts.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode data = NODES.objectNode().put("version", VERSION);
        data.set("members", members);
        data.set("contexts", contexts);
        return Optional.of(new PreservedData(FORMAT, CompactJson.text(data)));
    }

    /**
     * The writer settings the input was most likely written with, so that what the writer derives
     * from them is not taken for data: its issuer id, whether it hashes identities, and its salts
     * (replayed in order, so that an unchanged identity hashes as it did).
     */
    private static WriterSettings settingsOf(JsonNode input) {
        JsonNode issuer = input.path("issuer");
        String id = issuer.isTextual() ? issuer.asText() : issuer.path("id").asText("");
        Optional<URI> issuerId = Optional.empty();
        try {
            issuerId = Optional.of(Uris.absolute(id));
        } catch (IllegalArgumentException e) {
            // no usable issuer id: the writer uses the organisation's
        }
        List<String> salts = new ArrayList<>();
        boolean hashed = false;
        for (JsonNode identity : input.path("credentialSubject").path("identifier")) {
            hashed |= identity.path("hashed").asBoolean(false);
            if (identity.path("hashed").asBoolean(false)) {
                salts.add(identity.path("salt").asText(""));
            }
        }
        Iterator<String> replay = salts.iterator();
        return new WriterSettings(issuerId, hashed, () -> replay.hasNext() ? replay.next() : "", Optional.empty(),
                Optional.empty(), false);
    }

    private static void compare(String at, ObjectNode source, ObjectNode written, boolean legacy, ArrayNode members) {
        Set<String> names = new LinkedHashSet<>();
        source.fieldNames().forEachRemaining(names::add);
        written.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            boolean nested = OBJECTS.contains(at + "/" + name) && source.path(name).isObject() && written.path(name).isObject();
            boolean skipped = at.isEmpty() && (NEVER.contains(name) || legacy && LEGACY.contains(name));
            if (nested || skipped || same(source.get(name), written.get(name))) {
                continue;
            }
            ObjectNode member = members.addObject().put("at", at).put("name", name);
            Optional.ofNullable(source.get(name)).ifPresent(v -> member.set("source", v));
            Optional.ofNullable(written.get(name)).ifPresent(v -> member.set("derived", v));
        }
    }

    /** Equal JSON values, numbers by their text ({@code 36} and {@code 36} whatever node type holds them). */
    private static boolean same(JsonNode a, JsonNode b) {
        return a == null || b == null ? a == b : CompactJson.text(a).equals(CompactJson.text(b));
    }

    /** The input's contexts the writer does not declare (a context of an extension the input uses). */
    private static ArrayNode extraContexts(JsonNode input, JsonNode written) {
        ArrayNode extra = NODES.arrayNode();
        Set<String> declared = new LinkedHashSet<>();
        written.forEach(c -> declared.add(c.asText()));
        for (JsonNode context : input.isArray() ? input : List.of(input)) {
            if (context.isTextual() && !declared.contains(context.asText()) && !context.asText().equals(Contexts.VC_V1)) {
                extra.add(context);
            }
        }
        return extra;
    }

    /**
     * Applies preserved data to what the writer wrote.
     *
     * @param written the writer's credential, changed in place
     * @param data the preserved data
     * @return the members where the model was edited, so that the writer's value was kept
     * @throws IllegalArgumentException if the data is not preserved Open Badges data of this library
     */
    public static List<String> apply(ObjectNode written, PreservedData data) {
        JsonNode root = CompactJson.tree(data.json());
        if (root.path("version").asInt() != VERSION || !root.path("members").isArray()) {
            throw new IllegalArgumentException("not preserved Open Badges data of version " + VERSION);
        }
        List<String> edited = new ArrayList<>();
        for (JsonNode member : root.get("members")) {
            String at = member.path("at").asText("");
            String name = member.path("name").asText("");
            JsonNode target = written.at(at);
            if (name.isEmpty() || NEVER.contains(name) && at.isEmpty() || !(target instanceof ObjectNode object)) {
                continue;
            }
            if (!same(object.get(name), member.get("derived"))) {
                edited.add(at + "/" + name);
            } else if (member.has("source")) {
                object.set(name, member.get("source").deepCopy());
            } else {
                object.remove(name);
            }
        }
        JsonNode contexts = written.get("@context");
        if (contexts instanceof ArrayNode array) {
            root.path("contexts").forEach(c -> array.add(c.deepCopy()));
        }
        return edited;
    }
}
