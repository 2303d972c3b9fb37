package io.github.microcredentials.edc.internal.elm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Node identifiers of the form EU tools write, {@code urn:epass:<class>:<local part>}. The model's
 * own identifiers of outcomes, assessments and activities become the local part (percent-encoded
 * where the URN syntax needs it), so they survive a round trip; any other node gets a number.
 */
public final class LocalIds {

    /** The prefix of every local node identifier. */
    public static final String PREFIX = "urn:epass:";

    private static final String SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";

    private LocalIds() {
    }

    /**
     * The node identifier for a model part.
     *
     * @param nodeClass the ELM class segment, for example {@code learningOutcome}
     * @param modelId the model's identifier, for example {@code lo-1}
     * @return for example {@code urn:epass:learningOutcome:lo-1}
     */
    public static String of(String nodeClass, String modelId) {
        return PREFIX + nodeClass + ":" + encode(modelId);
    }

    /**
     * The model identifier a node identifier carries.
     *
     * @param nodeClass the expected class segment
     * @param nodeId the node identifier
     * @return the decoded local part when the identifier has the form {@code urn:epass:<nodeClass>:…},
     *     else empty
     */
    public static Optional<String> modelId(String nodeClass, String nodeId) {
        String prefix = PREFIX + nodeClass + ":";
        if (!nodeId.startsWith(prefix) || nodeId.length() == prefix.length()) {
            return Optional.empty();
        }
        return Optional.of(decode(nodeId.substring(prefix.length())));
    }

    /**
     * Whether an identifier is a local node label rather than an identifier with meaning.
     *
     * @param nodeId a node identifier
     * @return {@code true} for {@code urn:epass:…}
     */
    public static boolean isLocal(String nodeId) {
        return nodeId.startsWith(PREFIX);
    }

    /**
     * Percent-encodes every character a URN or an IRI path segment may not hold as it is.
     *
     * @param text any text
     * @return the encoded text
     */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (b >= 0 && SAFE.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Undoes {@link #encode(String)}; a {@code %} not followed by two hex digits stays as it is.
     *
     * @param text encoded text
     * @return the decoded text
     */
    public static String decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = hi >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
