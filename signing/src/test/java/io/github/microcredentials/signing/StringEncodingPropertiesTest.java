package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.rdf.canon.ByteSink;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The string encoders that write UTF-8 straight into a {@link ByteSink} against the plain way of
 * escaping the text first and encoding it with {@link String#getBytes}: JSON strings (member names
 * and values, against {@link JsonText}) and N-Quads literals. Texts mix runs of ASCII with every
 * character that is escaped, two- and three-byte characters, surrogate pairs and unpaired
 * surrogates (which {@code getBytes} writes as {@code ?}), at any position, and sinks start small
 * so that every capacity check is crossed.
 */
class StringEncodingPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(2)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("\"", "\\", "\u007f", "/", "\\u0000")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0080', '\u07ff').ofMinLength(1).ofMaxLength(3)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0800', '\ud7ff').ofMinLength(1).ofMaxLength(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\ue000', '\uffff').ofMinLength(1).ofMaxLength(2)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\ud800', '\udfff').map(String::valueOf)));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Property(tries = 3000)
    void jsonString_isJsonTextAsUtf8(@ForAll("texts") String text) {
        JsonValue value = StrictJson.PROVIDER.createValue(text);

        assertThat(JsonBytes.compact(value)).isEqualTo(JsonText.compact(value).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void jsonMemberNamesAndValues_areJsonTextAsUtf8(@ForAll("texts") String key, @ForAll("texts") String value) {
        JsonValue object = StrictJson.PROVIDER.createObjectBuilder().add(key, value)
                .add(key + "x", StrictJson.PROVIDER.createArrayBuilder().add(value).add(key)).build();

        assertThat(JsonBytes.pretty(object)).isEqualTo(JsonText.pretty(object).getBytes(StandardCharsets.UTF_8));
        assertThat(JsonBytes.compact(object)).isEqualTo(JsonText.compact(object).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 3000)
    void nQuadsLiteral_isEscapedTextAsUtf8(@ForAll("texts") String text, @ForAll("texts") String before) {
        ByteSink sink = new ByteSink(1);
        sink.put('<').escaped(before).put('>').escaped(text);

        assertThat(sink.toArray()).isEqualTo(("<" + nQuadsEscaped(before) + ">" + nQuadsEscaped(text)).getBytes(StandardCharsets.UTF_8));
    }

    @Example
    void unpairedSurrogates_becomeQuestionMarks_asGetBytesWritesThem() {
        for (String text : List.of("\ud800", "a\udc00b", "\udbff\ud800\udc00", "\ud83d\ude00\ude00")) {
            ByteSink sink = new ByteSink(1);
            sink.escaped(text);
            assertThat(sink.toArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
            assertThat(JsonBytes.compact(StrictJson.PROVIDER.createValue(text)))
                    .isEqualTo(("\"" + text + "\"").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Canonical N-Quads string escaping, character by character, as RDF Canonicalization §4.7 lists it. */
    private static String nQuadsEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
