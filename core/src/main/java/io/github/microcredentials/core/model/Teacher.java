package io.github.microcredentials.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A teacher or author of a learning opportunity (DigiProf §6.1).
 *
 * @param name the teacher's name, not blank
 * @param bio a short biography, if any
 */
public record Teacher(String name, Optional<LocalizedString> bio) {

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Teacher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bio, "bio");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a teacher's name must not be blank");
        }
    }

    /**
     * A teacher by name.
     *
     * @param name the name
     * @return the teacher
     */
    public static Teacher of(String name) {
        return new Teacher(name, Optional.empty());
    }
}
