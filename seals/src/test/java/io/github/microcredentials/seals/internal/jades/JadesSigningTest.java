package io.github.microcredentials.seals.internal.jades;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.SignatureAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JAdES headers and seals are written as data: no member is lost, whatever its place. */
class JadesSigningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2026-03-01T12:00:00Z");

    private static JsonNode decodeHeader(String encoded) throws Exception {
        return JSON.readTree(Multibase.decodeBase64url(encoded));
    }

    @Test
    void membersAfterIat_surviveTheSigningTime() throws Exception {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("alg", "RS256");
        header.put("iat", 0L);
        header.put("x-after-iat", "kept");
        header.putArray("crit").add("b64");
        header.put("b64", false);

        JsonNode written = decodeHeader(new JadesSigning.HeaderTemplate(SignatureAlgorithm.RS256, List.of(), header).encode(TIME));

        assertThat(written.get("x-after-iat").asText()).isEqualTo("kept");
        assertThat(written.get("iat").asLong()).isEqualTo(TIME.getEpochSecond());
        assertThat(written.get("b64").asBoolean(true)).isFalse();
        assertThat(iterable(written.fieldNames())).containsExactly("alg", "iat", "x-after-iat", "crit", "b64");
    }

    @Test
    void template_isNotChangedByEncoding_norByItsCaller() throws Exception {
        ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", "RS256").put("iat", 0L);
        JadesSigning.HeaderTemplate template = new JadesSigning.HeaderTemplate(SignatureAlgorithm.RS256, List.of(), header);
        header.put("injected", true);
        template.header().put("injected", true);

        template.encode(TIME);

        assertThat(template.header().get("iat").asLong()).isZero();
        assertThat(template.header().has("injected")).isFalse();
    }

    @Test
    void assembledSeal_carriesThePayloadByteForByte_andTheTimestampComponent() throws Exception {
        byte[] payload = "{\"a\":\"quote \\\" backslash \\\\ tab\\t Zoë 🎓 \u007f\"}".getBytes(StandardCharsets.UTF_8);
        byte[] token = {1, 2, 3};

        byte[] seal = JadesSigning.assemble(payload, "eyJhbGciOiJSUzI1NiJ9", new byte[] {9, 9}, Optional.of(token));

        JsonNode tree = JSON.readTree(seal);
        assertThat(tree.get("payload").asText().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        JsonNode signature = tree.get("signatures").get(0);
        assertThat(signature.get("protected").asText()).isEqualTo("eyJhbGciOiJSUzI1NiJ9");
        assertThat(signature.get("signature").asText()).isEqualTo(Multibase.base64url(new byte[] {9, 9}));
        JsonNode component = JSON.readTree(Multibase.decodeBase64url(signature.get("header").get("etsiU").get(0).asText()));
        assertThat(component.get("sigTst").get("tstTokens").get(0).get("val").asText()).isEqualTo("AQID");
    }

    @Test
    void payloadCheck_refusesMalformedUtf8_andNonObjects() {
        assertThat(JadesSigning.checkPayload("{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(JadesSigning.checkPayload(new byte[] {'{', (byte) 0xc0, (byte) 0x80, '}'})).contains("not valid UTF-8");
        assertThat(JadesSigning.checkPayload(new byte[] {'{', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '}'})).contains("not valid UTF-8");
        assertThat(JadesSigning.checkPayload("[]".getBytes(StandardCharsets.UTF_8))).contains("not a JSON object");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> out = new java.util.ArrayList<>();
        iterator.forEachRemaining(out::add);
        return out;
    }

    @Test
    void payload_isEscapedByteForByteAsJacksonEscapesIt() throws Exception {
        // Every ASCII byte, alone and between runs, and multi-byte UTF-8, at the start and the end.
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        text.write('{');
        for (int b = 0; b < 128; b++) {
            text.write(b);
            text.writeBytes("run é €𝄞".getBytes(StandardCharsets.UTF_8));
            text.write(b);
            text.write(b);
        }
        text.write('}');
        for (byte[] payload : List.of(text.toByteArray(), "{}".getBytes(StandardCharsets.UTF_8),
                "{\"\"}".getBytes(StandardCharsets.UTF_8), "{\n\"a\\\\b\": \"\u0001\"\n}".getBytes(StandardCharsets.UTF_8))) {
            assertThat(Payloads.isWellFormedUtf8(payload)).isTrue();
            java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
            try (com.fasterxml.jackson.core.JsonGenerator json = JSON.getFactory().createGenerator(expected)) {
                json.writeUTF8String(payload, 0, payload.length);
            }
            byte[] seal = JadesSigning.assemble(payload, "aGVhZGVy", new byte[] {1, 2, 3}, Optional.empty());
            String prefix = "{\"payload\":";
            assertThat(java.util.Arrays.copyOfRange(seal, prefix.length(), prefix.length() + expected.size()))
                    .isEqualTo(expected.toByteArray());
            assertThat(JSON.readTree(seal).get("payload").asText().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        }
    }

    @Test
    void utf8Check_refusesWhatItRefused_atEveryOffsetOfTheAsciiFastPath() {
        byte[][] malformed = {
            {(byte) 0xc0, (byte) 0x80}, // overlong NUL
            {(byte) 0xe0, (byte) 0x80, (byte) 0x80}, // overlong
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // surrogate
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {(byte) 0x80}, // continuation byte alone
            {(byte) 0xe2, (byte) 0x82}, // truncated
        };
        byte[] good = "é€𝄞".getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 20; offset++) {
            for (byte[] bad : malformed) {
                for (int tail = 0; tail < 10; tail++) {
                    assertThat(Payloads.isWellFormedUtf8(ascii(offset, bad, tail))).as("%d %d", offset, tail).isFalse();
                }
            }
            assertThat(Payloads.isWellFormedUtf8(ascii(offset, good, offset % 9))).isTrue();
        }
    }

    private static byte[] ascii(int before, byte[] middle, int after) {
        byte[] bytes = new byte[before + middle.length + after];
        java.util.Arrays.fill(bytes, (byte) 'a');
        System.arraycopy(middle, 0, bytes, before, middle.length);
        return bytes;
    }
}
