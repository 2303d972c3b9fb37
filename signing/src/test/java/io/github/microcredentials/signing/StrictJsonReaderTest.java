package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link StrictJson#parse}, which reads plain documents itself, against the JSON-P provider it
 * falls back to: on credentials, on random mutations of them and on random JSON-like text, it
 * accepts only what the provider accepts and yields equal values (same text, same number scales).
 */
class StrictJsonReaderTest {

    private static final String[] FRAGMENTS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud83d", "\\ude00", "\\n",
        "0", "-", "+", ".", "e", "E", "01", "1e400", "1e-400", "1.5", "true", "false", "null", "nul", " ", "\n", "\t", "\r",
        "\u0000", "\u001F", "é", "😀", "\uFEFF", "\u2028", "x", "\"a\"", "\"a\":1", "[]", "{}", "123456789012345678901234567890",
        "9223372036854775807", "-9223372036854775808", "1E+2", "0.0", "-0", "\\/", "\\x"};

    @Provide
    Arbitrary<JsonObject> documents() {
        return GeneratedCredentials.unusual();
    }

    @Property(tries = 400)
    void generatedCredential_readsAsTheProviderReadsIt(@ForAll("documents") JsonObject document) throws Exception {
        for (String text : List.of(JsonText.pretty(document), JsonText.compact(document))) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSame(bytes);
        }
    }

    @Property(tries = 3000)
    void mutatedCredential_isAcceptedOnlyAsTheProviderAcceptsIt(@ForAll("documents") JsonObject document, @ForAll long seed) {
        Random random = new Random(seed);
        String text = random.nextBoolean() ? JsonText.compact(document) : JsonText.pretty(document);
        StringBuilder mutant = new StringBuilder(text);
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            int at = random.nextInt(mutant.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> mutant.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> mutant.delete(at, Math.min(mutant.length(), at + random.nextInt(4) + 1));
                default -> mutant.replace(at, Math.min(mutant.length(), at + 1), FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        assertSame(mutant.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 3000)
    void randomText_isAcceptedOnlyAsTheProviderAcceptsIt(@ForAll("jsonish") String text) {
        assertSame(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> jsonish() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(25).map(parts -> "[" + String.join("", parts) + "]");
    }

    @Test
    void malformedUtf8_failsAsBefore() {
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};

        assertThatThrownBy(() -> StrictJson.parse(overlong)).isInstanceOf(CredentialParseException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> StrictJson.parse(surrogate)).isInstanceOf(CredentialParseException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void numbers_keepTheirWrittenScale() throws Exception {
        JsonValue value = StrictJson.parse("[3, 3.0, 3.00, 1e3, -0, 12345678901234567890]".getBytes(StandardCharsets.UTF_8));

        assertThat(JsonText.compact(value)).isEqualTo("[3,3.0,3.00,1E+3,0,12345678901234567890]");
        assertThat(value).isEqualTo(StrictJson.parseWithProvider("[3, 3.0, 3.00, 1e3, -0, 12345678901234567890]"
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void duplicateKeys_nullsAndDepth_areJudgedByTheProvider() {
        assertThatThrownBy(() -> StrictJson.parse("{\"a\": 1, \"a\": 2}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CredentialParseException.class).hasMessage("at /a: duplicate key \"a\"");
        byte[] deep = ("[".repeat(70) + "]".repeat(70)).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StrictJson.parse(deep)).isInstanceOf(CredentialParseException.class).hasMessageContaining("nesting");
    }

    private static void assertSame(byte[] bytes) {
        Optional<JsonValue> fast = parse(() -> StrictJson.parse(bytes));
        Optional<JsonValue> provider = parse(() -> StrictJson.parseWithProvider(bytes));
        assertThat(fast.isPresent()).as("accepted by one parser only: %s", new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo(provider.isPresent());
        if (fast.isPresent()) {
            assertThat(fast.get()).isEqualTo(provider.get());
            assertThat(JsonText.compact(fast.get())).isEqualTo(JsonText.compact(provider.get()));
            assertThat(Arrays.equals(JsonText.pretty(fast.get()).getBytes(StandardCharsets.UTF_8),
                    JsonText.pretty(provider.get()).getBytes(StandardCharsets.UTF_8))).isTrue();
        }
    }

    private interface Parse {
        JsonValue run() throws CredentialParseException;
    }

    private static Optional<JsonValue> parse(Parse parse) {
        try {
            return Optional.of(parse.run());
        } catch (CredentialParseException e) {
            return Optional.empty();
        }
    }
}
