package io.github.microcredentials.signing.internal.di;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** XML Schema {@code dateTime} values with a time zone, as credentials and proofs carry them. */
public final class Dates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private Dates() {
    }

    /**
     * Parses a date-time with zone.
     *
     * @param text the text
     * @return the instant, or empty if the text is not a date-time with zone
     */
    public static Optional<Instant> parse(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
