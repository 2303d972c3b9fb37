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
}
