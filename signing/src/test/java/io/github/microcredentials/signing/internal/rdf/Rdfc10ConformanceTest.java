package io.github.microcredentials.signing.internal.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.rdf.nquads.NQuadsReader;
import com.apicatalog.rdf.nquads.NQuadsReaderException;
import com.apicatalog.rdf.api.RdfConsumerException;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C RDFC-1.0 test suite (w3c/rdf-canon {@code tests/}, 86 tests): every evaluation and map
 * test must give byte-equal output, and the negative "poison graph" test must stop with an error.
 * The README prints the pass count this test logs.
 */
class Rdfc10ConformanceTest {

    private static final String BASE = "/rdf-canon/";
    private static int passed;

    static Stream<Arguments> manifest() throws Exception {
        JsonObject manifest = StrictJson.parseObject(resource("manifest.jsonld").getBytes(StandardCharsets.UTF_8));
        return manifest.getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                .map(entry -> Arguments.of(entry.getString("id") + " " + entry.getString("name"), entry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifest")
    void suiteTest_passes(String name, JsonObject entry) throws Exception {
        String type = entry.getString("type");
        String hash = entry.getString("hashAlgorithm", "SHA256").equals("SHA384") ? "SHA-384" : "SHA-256";
        String input = resource(entry.getString("action"));
        Rdfc10 canonicalizer = new Rdfc10(hash, Rdfc10.DEFAULT_MAX_WORK);
        switch (type) {
            case "rdfc:RDFC10EvalTest":
                assertThat(canonicalizer.canonicalize(quads(input)).nquads()).isEqualTo(resource(entry.getString("result")));
                break;
            case "rdfc:RDFC10MapTest":
                assertThat(stripped(canonicalizer.canonicalize(quads(input)).blankNodeMap()))
                        .isEqualTo(expectedMap(entry.getString("result")));
                break;
            case "rdfc:RDFC10NegativeEvalTest":
                assertThatThrownBy(() -> canonicalizer.canonicalize(quads(input)))
                        .isInstanceOfSatisfying(DocumentException.class,
                                e -> assertThat(e.reason()).isEqualTo(DocumentException.Reason.TOO_COMPLEX));
                break;
            default:
                throw new AssertionError("unknown test type " + type);
        }
        passed++;
    }

    @AfterAll
    static void printPassCount() {
        System.out.println("RDFC-1.0 W3C test suite: " + passed + " of 86 tests passed");
    }

    /** The quads of an N-Quads document, read by titanium-rdf's reader. */
    static Rdfc10.QuadSource quads(String nquads) {
        return consumer -> {
            try {
                new NQuadsReader(new StringReader(nquads)).provide(consumer);
            } catch (NQuadsReaderException | RdfConsumerException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Map<String, String> stripped(Map<String, String> map) {
        Map<String, String> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k.replaceFirst("^_:", ""), v.replaceFirst("^_:", "")));
        return out;
    }

    private static Map<String, String> expectedMap(String path) throws Exception {
        JsonObject json = StrictJson.parseObject(resource(path).getBytes(StandardCharsets.UTF_8));
        Map<String, String> out = new TreeMap<>();
        json.forEach((k, v) -> out.put(k, ((jakarta.json.JsonString) v).getString()));
        return out;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Rdfc10ConformanceTest.class.getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
