package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compact-form test of the strict reader, which lets {@link DataIntegritySigner#signCompact}
 * copy a one-line credential instead of writing it again: the reader says a document is in compact
 * form exactly when {@link JsonBytes#compact} writes the parsed value as the very bytes read. The
 * documents are random trees written either as the writer writes them or with what a JSON text may
 * have besides (whitespace, an escaped solidus, backslash-u escapes of any character, upper-case hex
 * digits, numbers with exponents, {@code -0}, trailing zeros), so that both answers are exercised.
 */
class CompactFormPropertiesTest {

    private sealed interface Node permits Obj, Arr, Str, Num, Lit {
    }

    private record Obj(Map<String, Node> members) implements Node {
    }

    private record Arr(List<Node> items) implements Node {
    }

    private record Str(String text) implements Node {
    }

    private record Num(String text) implements Node {
    }

    private record Lit(String text) implements Node {
    }

    private static final List<String> NUMBERS = List.of("0", "7", "-12", "123456789012345678", "1234567890123456789012",
            "1.5", "-0.25", "1.50", "0.0001", "1E+2", "1e2", "1E2", "2.5e-3", "-0", "-0.0", "10.0", "3.14159");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0001', '\u001f').ofMinLength(1).ofMaxLength(2)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("\"", "\\", "/", "\u007f", "a/b", "line\nbreak")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u00a0', '\u07ff').ofMinLength(1).ofMaxLength(3)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0800', '\ud7ff').ofMinLength(1).ofMaxLength(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> new String(Character.toChars(cp)))));
    }

    @Provide
    Arbitrary<Node> documents() {
        return object(3);
    }

    private Arbitrary<Node> value(int depth) {
        Arbitrary<Node> scalar = Arbitraries.oneOf(texts().map(Str::new), Arbitraries.of(NUMBERS).map(Num::new),
                Arbitraries.of("true", "false", "null").map(Lit::new));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, scalar),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(depth - 1))),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).map(Arr::new)));
    }

    private Arbitrary<Node> object(int depth) {
        return Arbitraries.maps(texts(), Arbitraries.lazy(() -> value(depth))).ofMaxSize(5)
                .map(members -> new Obj(new LinkedHashMap<>(members)));
    }

    @Property(tries = 2000)
    void compactForm_isReported_exactlyWhenTheWriterWritesTheBytesRead(@ForAll("documents") Node document,
            @ForAll long seed, @ForAll boolean plain) throws Exception {
        byte[] text = write(document, plain ? null : new Random(seed)).getBytes(StandardCharsets.UTF_8);

        StrictJson.ParsedObject parsed = StrictJson.parseObjectAndForm(text, ReadLimits.DEFAULT);

        assertThat(parsed.compactForm()).as(new String(text, StandardCharsets.UTF_8))
                .isEqualTo(Arrays.equals(JsonBytes.compact(parsed.object()), text));
    }

    @Property(tries = 1000)
    void documentsAsTheWriterWritesThem_areInCompactForm(@ForAll("documents") Node document) throws Exception {
        byte[] written = JsonBytes.compact(StrictJson.parseObject(write(document, null).getBytes(StandardCharsets.UTF_8)));

        assertThat(StrictJson.parseObjectAndForm(written, ReadLimits.DEFAULT).compactForm()).isTrue();
    }

    @Property(tries = 1000)
    void compactExtending_writesWhatCompactWrites(@ForAll("documents") Node document, @ForAll("texts") String key,
            @ForAll("documents") Node added, @ForAll boolean dropFirst) throws Exception {
        JsonObject original = StrictJson.parseObject(write(document, null).getBytes(StandardCharsets.UTF_8));
        byte[] originalCompact = JsonBytes.compact(original);
        var builder = StrictJson.PROVIDER.createObjectBuilder(original);
        if (dropFirst && !original.isEmpty()) {
            builder.remove(original.keySet().iterator().next());
        }
        JsonObject extended = builder.add(key, StrictJson.parseObject(write(added, null).getBytes(StandardCharsets.UTF_8))).build();

        assertThat(JsonBytes.compactExtending(original, originalCompact, extended)).isEqualTo(JsonBytes.compact(extended));
    }

    @Example
    void eachDepartureFromTheWritersForm_isNoticed() throws Exception {
        for (String text : List.of("{\"a\":1} ", " {\"a\":1}", "{\"a\": 1}", "{\"a\":[1, 2]}", "{\"a\":\"\\/\"}",
                "{\"a\":\"\\u0041\"}", "{\"a\":\"\\u000A\"}", "{\"a\":\"\\u000a\"}", "{\"a\":\"\\u001F\"}", "{\"\\u0022\":1}",
                "{\"a\":-0}", "{\"a\":1e2}", "{\"a\":1E2}", "{\"a\":\"\\ud83d\\ude00\"}")) {
            assertThat(StrictJson.parseObjectAndForm(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT).compactForm())
                    .as(text).isFalse();
        }
        for (String text : List.of("{}", "{\"a\":\"\\u001f\\n\\\"\\\\\"}", "{\"a\":1E+2,\"b\":[],\"c\":{}}",
                "{\"é\":\"\u2028😀\"}", "{\"a\":[true,false,null,-1.50]}")) {
            assertThat(StrictJson.parseObjectAndForm(text.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT).compactForm())
                    .as(text).isTrue();
        }
    }

    /** Writes a document as the writer would ({@code random} null) or with random departures from that form. */
    private static String write(Node node, Random random) {
        StringBuilder out = new StringBuilder();
        write(node, random, out);
        return out.toString();
    }

    private static void write(Node node, Random random, StringBuilder out) {
        space(random, out);
        if (node instanceof Obj obj) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> member : obj.members().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                space(random, out);
                string(member.getKey(), random, out);
                space(random, out);
                out.append(':');
                write(member.getValue(), random, out);
            }
            space(random, out);
            out.append('}');
        } else if (node instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(arr.items().get(i), random, out);
            }
            space(random, out);
            out.append(']');
        } else if (node instanceof Str str) {
            string(str.text(), random, out);
        } else if (node instanceof Num num) {
            out.append(num.text());
        } else {
            out.append(((Lit) node).text());
        }
        space(random, out);
    }

    private static void space(Random random, StringBuilder out) {
        if (random != null && random.nextInt(40) == 0) {
            out.append(" \n\t\r".charAt(random.nextInt(4)));
        }
    }

    private static void string(String text, Random random, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (random != null && !Character.isSurrogate(c) && random.nextInt(30) == 0) {
                out.append(String.format(random.nextBoolean() ? "\\u%04x" : "\\u%04X", (int) c));
            } else if (random != null && c == '/' && random.nextBoolean()) {
                out.append("\\/");
            } else {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
        }
        out.append('"');
    }
}
