package io.github.microcredentials.signing.internal.di;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** XML Schema {@code dateTime} values with a time zone, as credentials and proofs carry them. */
public final class Dates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long FIRST_FOUR_DIGIT_YEAR = LocalDate.of(0, 1, 1).toEpochDay() * SECONDS_PER_DAY;
    private static final long AFTER_FOUR_DIGIT_YEARS = LocalDate.of(10_000, 1, 1).toEpochDay() * SECONDS_PER_DAY;

    private Dates() {
    }

    /**
     * Writes an instant exactly as {@link Instant#toString()} does. Whole seconds of a four-digit
     * year, which is what proofs carry, are written field by field: the JDK's formatter costs more
     * than a microsecond on every signature.
     *
     * @param instant the instant
     * @return its ISO-8601 text in UTC
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= AFTER_FOUR_DIGIT_YEARS) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int time = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        byte[] text = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0, ':', 0, 0, 'Z'};
        twoDigits(text, 0, date.getYear() / 100);
        twoDigits(text, 2, date.getYear() % 100);
        twoDigits(text, 5, date.getMonthValue());
        twoDigits(text, 8, date.getDayOfMonth());
        twoDigits(text, 11, time / 3600);
        twoDigits(text, 14, time / 60 % 60);
        twoDigits(text, 17, time % 60);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void twoDigits(byte[] text, int at, int value) {
        text[at] = (byte) ('0' + value / 10);
        text[at + 1] = (byte) ('0' + value % 10);
    }

    /**
     * Parses a date-time with zone.
     *
     * @param text the text
     * @return the instant, or empty if the text is not a date-time with zone
     */
    public static Optional<Instant> parse(String text) {
        // Credentials almost always write a four-digit year: read those fields directly, as the
        // regular expression and the formatter cost microseconds on every signature and verification.
        if (isCommonForm(text)) {
            return common(text);
        }
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text is {@code YYYY-MM-DDThh:mm:ss}, a fraction of 1 to 9 digits or none, then
     * {@code Z} or {@code ±hh:mm}: the forms the formatter reads with no sign and no wider year.
     */
    private static boolean isCommonForm(String text) {
        int n = text.length();
        if (n < 20 || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 7) || text.charAt(7) != '-'
                || !digits(text, 8, 10) || text.charAt(10) != 'T' || !digits(text, 11, 13) || text.charAt(13) != ':'
                || !digits(text, 14, 16) || text.charAt(16) != ':' || !digits(text, 17, 19)) {
            return false;
        }
        int zone = fractionEnd(text);
        if (zone < 0 || zone >= n) {
            return false;
        }
        if (zone == n - 1) {
            return text.charAt(zone) == 'Z';
        }
        char sign = text.charAt(zone);
        return zone == n - 6 && (sign == '+' || sign == '-') && digits(text, zone + 1, zone + 3)
                && text.charAt(zone + 3) == ':' && digits(text, zone + 4, n);
    }

    /** Where the zone starts after the seconds, or -1 for an empty fraction or one of more than nine digits. */
    private static int fractionEnd(String text) {
        if (text.charAt(19) != '.') {
            return 19;
        }
        int end = 20;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end == 20 || end > 29 ? -1 : end;
    }

    /** A text of the common form; the JDK's own range checks refuse what the strict formatter refuses. */
    private static Optional<Instant> common(String text) {
        int zone = fractionEnd(text);
        int nanos = 0;
        for (int i = 20; i < 29; i++) {
            nanos = nanos * 10 + (i < zone ? text.charAt(i) - '0' : 0);
        }
        int offset = 0;
        if (text.charAt(zone) != 'Z') {
            int minutes = number(text, zone + 4);
            if (minutes > 59) {
                return Optional.empty();
            }
            offset = (text.charAt(zone) == '-' ? -1 : 1) * (number(text, zone + 1) * 3600 + minutes * 60);
        }
        try {
            LocalDateTime local = LocalDateTime.of(number(text, 0) * 100 + number(text, 2), number(text, 5),
                    number(text, 8), number(text, 11), number(text, 14), number(text, 17), nanos);
            return Optional.of(local.toInstant(ZoneOffset.ofTotalSeconds(offset)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(String text, int at) {
        return (text.charAt(at) - '0') * 10 + text.charAt(at + 1) - '0';
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
