package io.github.microcredentials.core.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a validation or of a reader: which rule, how serious, where, what.
 *
 * @param ruleId the stable rule id, for example {@code "CR-M6"} or {@code "ECTS-HALF"}
 * @param severity how serious
 * @param pointer a JSON Pointer (RFC 6901) into the native JSON form of the validated object, or
 *     into the document that was read; {@code ""} is the whole object
 * @param message the finding in words, in the language the report was made in
 * @param value the offending value, where there is one
 * @param source the source of the rule, for example "Council Recommendation 2022/C 243/02, Annex I"
 */
public record Finding(
        String ruleId, Severity severity, String pointer, String message, Optional<String> value,
        Optional<String> source) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the rule id is blank or the pointer is not a JSON Pointer
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("a finding needs a rule id");
        }
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer: " + pointer);
        }
    }

    /** Returns one line: severity, rule id, pointer and message. */
    @Override
    public String toString() {
        return severity + " " + ruleId + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message
                + value.map(v -> " [" + v + "]").orElse("");
    }
}
