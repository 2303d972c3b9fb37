package io.github.microcredentials.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A grade achieved (Annex I, optional element 3), for example {@code "Pass"}, {@code "8.5"} or
 * {@code "B+"}, with the grading scheme it belongs to.
 *
 * @param value the grade as written, not blank
 * @param scheme the grading scheme, if stated
 */
public record Grade(String value, Optional<GradingScheme> scheme) {

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if the value is blank
     */
    public Grade {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(scheme, "scheme");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a grade must not be blank");
        }
    }

    /**
     * A grade without a stated scheme.
     *
     * @param value the grade
     * @return the grade
     */
    public static Grade of(String value) {
        return new Grade(value, Optional.empty());
    }

    /**
     * A grade in a scheme.
     *
     * @param value the grade
     * @param scheme the scheme
     * @return the grade
     */
    public static Grade of(String value, GradingScheme scheme) {
        return new Grade(value, Optional.of(scheme));
    }
}
