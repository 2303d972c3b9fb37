package io.github.microcredentials.openbadges.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** ISO 8601 durations read from the input. */
final class Durations {

    private Durations() {
    }

    /**
     * Parses a non-negative ISO 8601 duration such as {@code PT81H}.
     *
     * @throws IllegalArgumentException if the text is not one
     */
    static Duration parse(String text) {
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative()) {
                throw new IllegalArgumentException("a workload must not be negative: " + text);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 duration: \"" + text + "\"", e);
        }
    }
}
