package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the members of one JSON object, remembering which were read so that {@link #end()} can
 * report the ones nobody asked for. A JSON {@code null} member counts as absent.
 */
public final class JsonIn {

    private final JsonNode node;
    private final String pointer;
    private final ReadContext context;
    private final Set<String> read = new HashSet<>();

    private JsonIn(JsonNode node, String pointer, ReadContext context) {
        this.node = node;
        this.pointer = pointer;
        this.context = context;
    }

    /**
     * Starts reading an object.
     *
     * @param node the value, which must be an object
     * @param pointer its JSON Pointer
     * @param context the read in progress
     * @return the reader
     * @throws CredentialParseException if the value is not an object
     */
    public static JsonIn object(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        if (!node.isObject()) {
            throw new CredentialParseException(Problem.WRONG_TYPE, pointer, "expected an object, found " + kind(node));
        }
        return new JsonIn(node, pointer, context);
    }

    /**
     * The pointer of this object.
     *
     * @return the JSON Pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The read in progress.
     *
     * @return the context
     */
    public ReadContext context() {
        return context;
    }

    /**
     * Reads an optional member.
     *
     * @param name the member name
     * @param decoder how to decode it
     * @param <T> the model type
     * @return the value, or empty when the member is absent or null
     * @throws CredentialParseException if the member cannot be decoded
     */
    public <T> Optional<T> optional(String name, Decoder<T> decoder) throws CredentialParseException {
        read.add(name);
        JsonNode member = node.get(name);
        if (member == null || member.isNull()) {
            return Optional.empty();
        }
        return Optional.of(decoder.decode(member, Pointers.member(pointer, name), context));
    }

    /**
     * Reads a required member.
     *
     * @param name the member name
     * @param decoder how to decode it
     * @param <T> the model type
     * @return the value
     * @throws CredentialParseException if the member is absent, null or cannot be decoded
     */
    public <T> T required(String name, Decoder<T> decoder) throws CredentialParseException {
        Optional<T> value = optional(name, decoder);
        if (value.isEmpty()) {
            throw new CredentialParseException(Problem.MISSING_PROPERTY, Pointers.member(pointer, name),
                    "required property \"" + name + "\" is missing");
        }
        return value.get();
    }

    /**
     * Reads an array member; absent or null is an empty list.
     *
     * @param name the member name
     * @param decoder how to decode each element
     * @param <T> the model type
     * @return the elements
     * @throws CredentialParseException if the member is not an array or an element cannot be decoded
     */
    public <T> List<T> list(String name, Decoder<T> decoder) throws CredentialParseException {
        read.add(name);
        JsonNode member = node.get(name);
        if (member == null || member.isNull()) {
            return List.of();
        }
        String memberPointer = Pointers.member(pointer, name);
        if (!member.isArray()) {
            throw new CredentialParseException(Problem.WRONG_TYPE, memberPointer, "expected an array, found " + kind(member));
        }
        List<T> values = new ArrayList<>(member.size());
        for (int i = 0; i < member.size(); i++) {
            JsonNode element = member.get(i);
            String elementPointer = Pointers.index(memberPointer, i);
            if (element.isNull()) {
                throw new CredentialParseException(Problem.WRONG_TYPE, elementPointer, "null in an array");
            }
            values.add(decoder.decode(element, elementPointer, context));
        }
        return values;
    }

    /**
     * Reads a boolean member; absent or null is {@code false}.
     *
     * @param name the member name
     * @return the value
     * @throws CredentialParseException if the member is not a boolean
     */
    public boolean flag(String name) throws CredentialParseException {
        return optional(name, Decoders.BOOLEAN).orElse(false);
    }

    /**
     * Marks a member as read without decoding it (for members the caller handles itself).
     *
     * @param name the member name
     */
    public void skip(String name) {
        read.add(name);
    }

    /**
     * Finishes the object: every member not read is an unknown property.
     *
     * @throws CredentialParseException if unknown properties are rejected and there is one
     */
    public void end() throws CredentialParseException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                context.unknownProperty(Pointers.member(pointer, name));
            }
        }
    }

    /**
     * Builds a model value from what was read; the model's own checks become parse errors at this
     * object's pointer.
     *
     * @param build the construction
     * @param <T> the model type
     * @return the value
     * @throws CredentialParseException if the model rejects the values
     */
    public <T> T build(Supplier<T> build) throws CredentialParseException {
        end();
        try {
            return build.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, e.getMessage(), e);
        }
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
