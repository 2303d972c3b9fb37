package io.github.microcredentials.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.MicroCredential;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, item 8: readers take strict UTF-8 only. Overlong forms, encoded or escaped lone
 * surrogates and NUL are refused; a byte order mark or UTF-16 text is refused with a message that
 * says so. Before, the reader accepted the first three and read UTF-16 silently.
 */
class StrictUtf8Test {

    private static final String PREFIX = "{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"placeOfIssue\":\"";
    private final NativeJson json = NativeJson.create();

    /** A minimal credential whose placeOfIssue holds the given raw bytes. */
    private static byte[] withRaw(byte... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(PREFIX.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(raw);
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private void assertMalformed(byte[] input, String messagePart) {
        assertThatThrownBy(() -> json.read(input, MicroCredential.class))
                .isInstanceOfSatisfying(CredentialParseException.class, e -> assertThat(e.problem()).isEqualTo(Problem.MALFORMED))
                .hasMessageContaining(messagePart);
    }

    @Test
    void plainUtf8_reads() throws CredentialParseException {
        assertThat(json.read(withRaw("Zoë Müller 😀".getBytes(StandardCharsets.UTF_8)), MicroCredential.class).placeOfIssue())
                .contains("Zoë Müller 😀");
    }

    @Test
    void overlongForms_areRefused() {
        assertMalformed(withRaw((byte) 0xC0, (byte) 0xAF), "overlong");
        assertMalformed(withRaw((byte) 0xE0, (byte) 0x80, (byte) 0xAF), "overlong");
        // The overlong NUL of "modified UTF-8".
        assertMalformed(withRaw((byte) 0xC0, (byte) 0x80), "overlong");
    }

    @Test
    void encodedSurrogates_areRefused() {
        assertMalformed(withRaw((byte) 0xED, (byte) 0xA0, (byte) 0x80), "surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "a\\udfffb", "\\ud800\\ud800", "\\udc00\\ud800"})
    void escapedLoneSurrogates_areRefused(String escape) {
        assertMalformed(withRaw(escape.getBytes(StandardCharsets.US_ASCII)), "unpaired UTF-16 surrogate");
    }

    @Test
    void escapedSurrogatePair_reads() throws CredentialParseException {
        assertThat(json.read(withRaw("\\ud83d\\ude00".getBytes(StandardCharsets.US_ASCII)), MicroCredential.class).placeOfIssue())
                .contains("😀");
    }

    @Test
    void nul_isRefused_escapedOrInAMemberName() {
        assertMalformed(withRaw("a\\u0000b".getBytes(StandardCharsets.US_ASCII)), "NUL");
        assertMalformed("{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"x\\u0000\":1}".getBytes(StandardCharsets.US_ASCII), "NUL");
    }

    @Test
    void byteOrderMark_isRefusedWithAMessageThatSaysSo() {
        byte[] text = (PREFIX + "x\"}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        assertMalformed(withBom, "byte order mark");
    }

    @Test
    void utf16_isRefusedWithAMessageThatSaysSo() {
        String text = PREFIX + "x\"}";

        assertMalformed(text.getBytes(StandardCharsets.UTF_16), "UTF-16");
        assertMalformed(text.getBytes(StandardCharsets.UTF_16LE), "UTF-16");
        assertMalformed(text.getBytes(StandardCharsets.UTF_16BE), "UTF-16");
    }

    @Test
    void numberWithAHugeExponent_isRefusedBeforeAnyArithmetic() {
        byte[] input = "{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"workload\":{\"credits\":1e999999999}}"
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> json.read(input, MicroCredential.class))
                .isInstanceOfSatisfying(CredentialParseException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void tokenLimit_isEnforced() {
        NativeJson small = NativeJson.create(ReadLimits.DEFAULT.withMaxElements(20));
        StringBuilder many = new StringBuilder("{\"type\":\"MicroCredential\",\"id\":\"urn:uuid:1\",\"x\":[");
        for (int i = 0; i < 100; i++) {
            many.append(i == 0 ? "" : ",").append(i);
        }
        byte[] input = many.append("]}").toString().getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> small.read(input, MicroCredential.class))
                .isInstanceOfSatisfying(CredentialParseException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }
}
