package io.github.microcredentials.seals.internal.jades;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

/**
 * The seal writes its unencoded payload as Jackson's generator would, for any text: the bytes
 * of a seal do not depend on which of the two wrote it, and the payload reads back byte for byte.
 */
class PayloadEscapingPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 500)
    void payloadString_isWhatJacksonWrites_andReadsBackExactly(
            @ForAll @Chars({'"', '\\', '\n', '\t', '\r', '\b', '\f', '/', '\u007f', 'é', '€'})
            @CharRange(from = 0, to = 0x7f) @CharRange(from = 0x4e00, to = 0x4e20) String text,
            @ForAll boolean withEmoji) throws Exception {
        String content = withEmoji ? text + "🎓" + text : text;
        byte[] payload = ("{\"t\":\"" + content + "\"}").getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.getFactory().createGenerator(expected)) {
            json.writeUTF8String(payload, 0, payload.length);
        }
        byte[] seal = JadesSigning.assemble(payload, "aGVhZGVy", new byte[] {7}, Optional.empty());

        int start = "{\"payload\":".length();
        assertThat(Arrays.copyOfRange(seal, start, start + expected.size())).isEqualTo(expected.toByteArray());
        assertThat(Payloads.escapedLength(payload, 0, payload.length)).isEqualTo(expected.size() - 2);
        // A sealer assembles from the payload's copy at the end of the data to be signed.
        byte[] framed = new byte[payload.length + 13];
        Arrays.fill(framed, (byte) '"');
        System.arraycopy(payload, 0, framed, 11, payload.length);
        assertThat(JadesSigning.assemble(framed, 11, 11 + payload.length, "aGVhZGVy", new byte[] {7}, Optional.empty()))
                .isEqualTo(seal);
        assertThat(JSON.readTree(seal).get("payload").asText().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(JSON.readTree(seal).get("signatures").get(0).get("protected").asText()).isEqualTo("aGVhZGVy");
    }
}
