package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.Term;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Encoders of the scalar values of the native format. */
public final class Encoders {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Any value by its {@code toString()}: strings, URIs, dates, durations, codes. */
    public static final Encoder<Object> STRING = value -> NODES.textNode(value.toString());

    /** A vocabulary term by its code (or, for an unknown term, the text it was read from). */
    public static final Encoder<Term> TERM = term -> NODES.textNode(term.code());

    /** ECTS credits as a number with at least one decimal, {@code 3.0} or {@code 2.25}. */
    public static final Encoder<EctsCredits> ECTS = credits -> {
        BigDecimal value = credits.value();
        return NODES.numberNode(value.setScale(Math.max(1, value.scale()), RoundingMode.UNNECESSARY));
    };

    /** A date-time with offset, always with seconds: {@code 2026-06-30T12:00:00+02:00}. */
    public static final Encoder<OffsetDateTime> DATE_TIME =
            time -> NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));

    /** An exact number. */
    public static final Encoder<BigDecimal> DECIMAL = NODES::numberNode;

    /** A text per language. */
    public static final Encoder<LocalizedString> LOCALIZED = text -> {
        ObjectNode node = NODES.objectNode();
        text.texts().forEach(node::put);
        return node;
    };

    private Encoders() {
    }

    /**
     * An enumeration constant in lower case with hyphens.
     *
     * @return the encoder
     */
    public static Encoder<Enum<?>> enumeration() {
        return constant -> NODES.textNode(Decoders.enumCode(constant));
    }
}
