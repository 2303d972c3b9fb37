package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.StatusPurpose;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The native JSON form of a {@link BitstringStatusListEntry}: the members of the W3C entry without
 * {@code type}, {@code statusListIndex} a base-10 string as the Recommendation writes it.
 */
public final class StatusCodec {

    /** The status list index: a base-10 string of digits, as W3C Bitstring Status List v1.0 §2.1 requires. */
    public static final Decoder<Long> INDEX = (node, pointer, context) -> {
        if (!node.isTextual()) {
            throw Decoders.wrongType(node, pointer, "a base-10 string such as \"94567\"");
        }
        return parseIndex(node.textValue(), pointer);
    };

    private static final Decoder<Integer> STATUS_SIZE = (node, pointer, context) -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, "statusSize must be an integer greater than zero");
        }
        return node.intValue();
    };

    private StatusCodec() {
    }

    /**
     * Parses a status list index.
     *
     * @param text the index as written
     * @param pointer where it was read, for the error
     * @return the index
     * @throws CredentialParseException if the text is not a base-10 integer that fits in 63 bits
     */
    public static long parseIndex(String text, String pointer) throws CredentialParseException {
        if (text.isEmpty() || text.length() > 19 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer,
                    "statusListIndex must be a base-10 string of at most 19 digits, not \"" + shorten(text) + "\"");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, "statusListIndex is too large: " + text, e);
        }
    }

    static BitstringStatusListEntry read(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        Optional<URI> id = in.optional("id", Decoders.ABSOLUTE_URI);
        StatusPurpose purpose = in.required("statusPurpose", Decoders.converted("a status purpose", StatusPurpose::of));
        long index = in.required("statusListIndex", INDEX);
        URI list = in.required("statusListCredential", Decoders.ABSOLUTE_URI);
        int size = in.optional("statusSize", STATUS_SIZE).orElse(1);
        List<StatusMessage> messages = in.list("statusMessage", StatusCodec::readMessage);
        List<URI> references = in.list("statusReference", Decoders.ABSOLUTE_URI);
        return in.build(() -> new BitstringStatusListEntry(id, purpose, index, list, size, messages, references));
    }

    static JsonNode write(BitstringStatusListEntry entry) {
        JsonOut out = JsonOut.object().optional("id", entry.id(), Encoders.STRING)
                .put("statusPurpose", entry.statusPurpose().value(), Encoders.STRING)
                .put("statusListIndex", Long.toString(entry.statusListIndex()), Encoders.STRING)
                .put("statusListCredential", entry.statusListCredential(), Encoders.STRING);
        if (entry.statusSize() != 1) {
            out.node().put("statusSize", entry.statusSize());
        }
        return out.list("statusMessage", entry.statusMessage(), StatusCodec::writeMessage)
                .list("statusReference", entry.statusReference(), Encoders.STRING).done();
    }

    private static StatusMessage readMessage(JsonNode node, String pointer, ReadContext context) throws CredentialParseException {
        JsonIn in = JsonIn.object(node, pointer, context);
        String status = in.required("status", Decoders.TEXT);
        String message = in.required("message", Decoders.TEXT);
        return in.build(() -> new StatusMessage(status, message));
    }

    private static JsonNode writeMessage(StatusMessage message) {
        return JsonOut.object().put("status", message.status(), Encoders.STRING)
                .put("message", message.message(), Encoders.STRING).done();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
