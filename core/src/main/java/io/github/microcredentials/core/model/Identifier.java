package io.github.microcredentials.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An identifier in some scheme, such as a student number.
 *
 * @param value the identifier, not blank
 * @param scheme the name of the identifier scheme (for example "Student card number"), if any
 */
public record Identifier(String value, Optional<String> scheme) {

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if the value is blank
     */
    public Identifier {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scheme, "scheme");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an identifier must not be blank");
        }
    }

    /**
     * An identifier in a named scheme.
     *
     * @param value the identifier
     * @param scheme the scheme name
     * @return the identifier
     */
    public static Identifier of(String value, String scheme) {
        return new Identifier(value, Optional.of(scheme));
    }
}
