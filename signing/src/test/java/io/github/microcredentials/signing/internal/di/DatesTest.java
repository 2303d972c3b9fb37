package io.github.microcredentials.signing.internal.di;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Dates#parse} reads the common form of a date-time without the formatter; it must accept
 * and refuse exactly what the regular expression and the strict ISO formatter did before.
 */
class DatesTest {

    /** The parse before the fast path, as the oracle. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private static Optional<Instant> reference(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Test
    void commonForms_sameInstantsAsTheFormatter() {
        assertThat(Dates.parse("2024-02-29T23:59:59.123456789+01:30"))
                .contains(Instant.parse("2024-02-29T22:29:59.123456789Z"));
        assertThat(Dates.parse("2023-02-29T00:00:00Z")).isEmpty();
        assertThat(Dates.parse("2024-01-01T24:00:00Z")).isEmpty();
    }

    @Test
    void everyFieldAtItsEdges_agreesWithTheFormatter() {
        List<String> texts = new ArrayList<>();
        String[] years = {"0000", "0001", "1970", "2024", "9999", "-0000", "-0001", "10000", "+2024", "202"};
        String[] months = {"00", "01", "02", "12", "13", "1", "99"};
        String[] days = {"00", "01", "28", "29", "30", "31", "32"};
        String[] times = {"00:00:00", "23:59:59", "24:00:00", "23:60:00", "23:59:60", "12:00", "1:00:00"};
        String[] fractions = {"", ".", ".0", ".5", ".123456789", ".1234567890", ".x"};
        String[] zones = {"Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+19:00", "+05:60",
            "+05:59", "+0530", "+05", "", "UTC", "Z "};
        for (String y : years) {
            for (String m : months) {
                for (String d : days) {
                    for (String t : times) {
                        for (String f : fractions) {
                            for (String z : zones) {
                                texts.add(y + "-" + m + "-" + d + "T" + t + f + z);
                            }
                        }
                    }
                }
            }
        }
        for (String text : texts) {
            assertThat(Dates.parse(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void randomMutations_agreeWithTheFormatter() {
        Random random = new Random(20261206);
        String alphabet = "0123456789-+:.TZtz ٣";
        String[] seeds = {"2024-03-01T10:20:30Z", "1999-12-31T23:59:59.999+14:00", "2000-02-29T00:00:00-05:30"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.setCharAt(at, c);
                    case 1 -> text.insert(at, c);
                    default -> text.deleteCharAt(at);
                }
            }
            String s = text.toString();
            assertThat(Dates.parse(s)).as(s).isEqualTo(reference(s));
        }
    }

    @Test
    void format_writesWhatInstantToStringWrites() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.parse("2024-02-29T00:00:00Z"),
                Instant.parse("2026-12-07T03:06:00Z"), Instant.parse("1969-12-31T23:59:59Z"), Instant.MIN, Instant.MAX,
                Instant.parse("2026-12-07T03:06:47.500Z")));
        Random random = new Random(7);
        long fourDigitYears = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = Math.floorMod(random.nextLong(), 2 * fourDigitYears) - fourDigitYears;
            instants.add(Instant.ofEpochSecond(second, i % 10 == 0 ? random.nextInt(1_000_000_000) : 0));
        }

        for (Instant instant : instants) {
            assertThat(Dates.format(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }
}
