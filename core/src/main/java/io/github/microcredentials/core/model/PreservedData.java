package io.github.microcredentials.core.model;

import io.github.microcredentials.core.internal.compact.CompactJson;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a credential read from an exchange format said that the model has no element for, kept
 * with the credential so that writing the same format again gives it back unchanged.
 *
 * <p>The model's elements are what the library understands and validates; this is the rest, held
 * as the format's own JSON and interpreted only by that format's reader and writer (the Europass
 * EDC module keeps ELM statements under {@code "edc"}, the Open Badges module Open Badges members
 * under {@code "ob3"}). Validation does not look at it, other formats ignore it, and the native
 * JSON format carries it unchanged, so that EDC → native → EDC loses nothing. Code that builds or
 * edits a credential has no reason to create one.
 *
 * <p>The JSON is kept in compact form: two instances are equal when their format and their JSON
 * are, whatever white space the JSON was given with.
 *
 * @param format the format the data belongs to: a lower-case name such as {@code "edc"}
 * @param json the data, one JSON object
 */
public record PreservedData(String format, String json) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Checks the format name and puts the JSON in compact form.
     *
     * @throws IllegalArgumentException if the format is not a lower-case name or the JSON is not
     *     one well-formed JSON object
     */
    public PreservedData {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(json, "json");
        if (!FORMAT.matcher(format).matches()) {
            throw new IllegalArgumentException("not a format name (lower-case letters, digits, '-'): \"" + format + "\"");
        }
        json = CompactJson.object(json);
    }

    /** Returns the format and the size of the data, not the data (it may hold personal data). */
    @Override
    public String toString() {
        return "PreservedData[format=" + format + ", " + json.length() + " characters]";
    }
}
