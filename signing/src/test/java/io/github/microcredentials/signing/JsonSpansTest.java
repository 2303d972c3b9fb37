package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.json.JsonSpan;
import io.github.microcredentials.signing.internal.json.JsonSpans;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.json.StrictJson.ParsedObject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Where the reader says each large object was read from: the bytes of every span parse to the
 * object it is recorded for, and in compact input every object of {@link JsonSpans#MIN_BYTES} bytes
 * or more has one, of exactly its compact length.
 */
class JsonSpansTest {

    @Property(tries = 300)
    void everySpan_holdsItsObject_inPrettyAndCompactInput(@ForAll(supplier = GeneratedCredentials.Plain.class) JsonObject generated)
            throws Exception {
        for (String text : new String[] {JsonText.pretty(generated), "  \n" + JsonText.compact(generated) + " \t", JsonText.compact(generated)}) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            ParsedObject parsed = StrictJson.parseObjectAndForm(bytes, ReadLimits.DEFAULT, true);

            check(parsed.object(), parsed.spans(), parsed.compactForm());
        }
    }

    @Test
    void spansAreRecordedOnlyWhenAskedFor_andNotForSmallObjects() throws Exception {
        byte[] credential = TestSupport.bytes("/credentials/ob3-microcredential.json");

        assertThat(StrictJson.parseObjectAndForm(credential, ReadLimits.DEFAULT).spans().isEmpty()).isTrue();
        ParsedObject parsed = StrictJson.parseObjectAndForm(credential, ReadLimits.DEFAULT, true);
        assertThat(parsed.spans().of(parsed.object())).isNotNull();
        assertThat(parsed.spans().of(parsed.object().getJsonObject("credentialSubject"))).isNotNull();
        assertThat(parsed.spans().of(parsed.object().getJsonObject("issuer").getJsonObject("address"))).isNull();
        assertThat(parsed.spans().of(StrictJson.parseObject(credential))).as("another parse's object").isNull();
    }

    private static void check(JsonValue value, JsonSpans spans, boolean compact) throws Exception {
        if (value instanceof JsonObject object) {
            JsonSpan span = spans.of(object);
            int compactLength = JsonText.compact(object).getBytes(StandardCharsets.UTF_8).length;
            if (span != null) {
                assertThat(span.length()).isGreaterThanOrEqualTo(JsonSpans.MIN_BYTES);
                assertThat(StrictJson.parseObject(span.copy())).isEqualTo(object);
                byte[] copy = span.copy();
                assertThat(span.contentEquals(new JsonSpan(copy, 0, copy.length))).isTrue();
                if (compact) {
                    assertThat(span.length()).isEqualTo(compactLength);
                }
            } else if (compact) {
                assertThat(compactLength).as("an object without a span in compact input: %s", object).isLessThan(JsonSpans.MIN_BYTES);
            }
            for (JsonValue member : object.values()) {
                check(member, spans, compact);
            }
        } else if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                check(item, spans, compact);
            }
        }
    }
}
