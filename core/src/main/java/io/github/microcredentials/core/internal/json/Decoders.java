package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LocalizedString;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Decoders of the scalar values of the native format. */
public final class Decoders {

    /** A JSON boolean. */
    public static final Decoder<Boolean> BOOLEAN = (node, pointer, context) -> {
        if (!node.isBoolean()) {
            throw wrongType(node, pointer, "a boolean");
        }
        return node.booleanValue();
    };

    /** A non-blank JSON string of valid Unicode. */
    public static final Decoder<String> TEXT = (node, pointer, context) -> {
        if (!node.isTextual()) {
            throw wrongType(node, pointer, "a string");
        }
        String text = node.textValue();
        if (text.isBlank()) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, "must not be blank");
        }
        if (!isWellFormedUtf16(text)) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, "contains an unpaired surrogate");
        }
        return text;
    };

    /** An absolute URI in a string. */
    public static final Decoder<URI> ABSOLUTE_URI = converted("an absolute URI", text -> {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("not an absolute URI: \"" + text + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + e.getMessage(), e);
        }
    });

    /** An ISO-8601 date, {@code 2026-06-30}. */
    public static final Decoder<LocalDate> DATE = parsed("an ISO-8601 date such as 2026-06-30", LocalDate::parse);

    /** An ISO-8601 date-time with offset, {@code 2026-06-30T12:00:00+02:00}. */
    public static final Decoder<OffsetDateTime> DATE_TIME =
            parsed("an ISO-8601 date-time with offset such as 2026-06-30T12:00:00Z", OffsetDateTime::parse);

    /** An ISO-8601 duration, {@code PT75H}. */
    public static final Decoder<Duration> DURATION = parsed("an ISO-8601 duration such as PT75H", Duration::parse);

    /** An ISO-8601 period, {@code P6W}. */
    public static final Decoder<Period> PERIOD = parsed("an ISO-8601 period such as P6W", Period::parse);

    /** A JSON number (or numeric string) of ECTS credits. */
    public static final Decoder<EctsCredits> ECTS = (node, pointer, context) -> {
        try {
            if (node.isNumber()) {
                return EctsCredits.of(node.decimalValue());
            }
            if (node.isTextual()) {
                return EctsCredits.parse(node.textValue());
            }
        } catch (IllegalArgumentException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, e.getMessage(), e);
        }
        throw wrongType(node, pointer, "a number of ECTS credits");
    };

    /** A JSON number, exact. */
    public static final Decoder<BigDecimal> DECIMAL = (node, pointer, context) -> {
        if (!node.isNumber()) {
            throw wrongType(node, pointer, "a number");
        }
        return node.decimalValue();
    };

    /** A text per language: {@code {"en": "…", "de": "…"}}. */
    public static final Decoder<LocalizedString> LOCALIZED = (node, pointer, context) -> {
        if (!node.isObject()) {
            throw wrongType(node, pointer, "an object of texts by language tag, such as {\"en\": \"…\"}");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String memberPointer = Pointers.member(pointer, entry.getKey());
            texts.put(entry.getKey(), TEXT.decode(entry.getValue(), memberPointer, context));
        }
        try {
            return new LocalizedString(texts);
        } catch (IllegalArgumentException e) {
            throw new CredentialParseException(Problem.INVALID_VALUE, pointer, e.getMessage(), e);
        }
    };

    private Decoders() {
    }

    /**
     * A string converted by a model factory; the factory's {@link IllegalArgumentException}
     * becomes a parse error.
     *
     * @param expected what the string should be, for messages
     * @param factory the conversion
     * @param <T> the model type
     * @return the decoder
     */
    public static <T> Decoder<T> converted(String expected, Function<String, T> factory) {
        return (node, pointer, context) -> {
            if (!node.isTextual()) {
                throw wrongType(node, pointer, expected);
            }
            String text = TEXT.decode(node, pointer, context);
            try {
                return factory.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CredentialParseException(Problem.INVALID_VALUE, pointer, e.getMessage(), e);
            }
        };
    }

    /**
     * One of an enumeration's constants, written in lower case with hyphens
     * ({@code PROGRAMME_COMMITTEE} is {@code "programme-committee"}).
     *
     * @param type the enumeration
     * @param <E> the enumeration type
     * @return the decoder
     */
    public static <E extends Enum<E>> Decoder<E> enumeration(Class<E> type) {
        return converted("one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Decoders::enumCode).toList(),
                text -> {
                    for (E constant : type.getEnumConstants()) {
                        if (enumCode(constant).equals(text)) {
                            return constant;
                        }
                    }
                    throw new IllegalArgumentException("\"" + text + "\" is not one of "
                            + java.util.Arrays.stream(type.getEnumConstants()).map(Decoders::enumCode).toList());
                });
    }

    /**
     * How an enumeration constant is written.
     *
     * @param constant the constant
     * @return its name in lower case with hyphens
     */
    public static String enumCode(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> Decoder<T> parsed(String expected, Function<String, T> parser) {
        return (node, pointer, context) -> {
            if (!node.isTextual()) {
                throw wrongType(node, pointer, expected);
            }
            try {
                return parser.apply(node.textValue());
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new CredentialParseException(Problem.INVALID_VALUE, pointer,
                        "expected " + expected + ", found \"" + shorten(node.textValue()) + "\"", e);
            }
        };
    }

    static CredentialParseException wrongType(JsonNode node, String pointer, String expected) {
        return new CredentialParseException(Problem.WRONG_TYPE, pointer,
                "expected " + expected + ", found " + JsonIn.kind(node));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static boolean isWellFormedUtf16(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
