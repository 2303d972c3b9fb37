package io.github.microcredentials.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A grading scheme, for example "Pass/fail" or "Danish 7-point scale".
 *
 * @param title the scheme's name
 * @param description how grades are given, if stated
 * @param allowedValues the grades of the scheme from lowest to highest, if it has a fixed list
 */
public record GradingScheme(LocalizedString title, Optional<LocalizedString> description, List<String> allowedValues) {

    /** Checks the components and copies the list. */
    public GradingScheme {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        allowedValues = List.copyOf(allowedValues);
    }

    /**
     * A scheme with a name only.
     *
     * @param title the scheme's name
     * @return the scheme
     */
    public static GradingScheme of(LocalizedString title) {
        return new GradingScheme(title, Optional.empty(), List.of());
    }
}
