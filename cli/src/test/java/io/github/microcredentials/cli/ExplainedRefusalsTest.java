package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.sample.Samples;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * validate and verify say why an input was refused, reader by reader; unknown locales are refused;
 * report summaries count warnings and notices.
 */
class ExplainedRefusalsTest {

    @TempDir
    Path dir;

    private SigningCommandsTest.Run validate(String name, byte[] content) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        return SigningCommandsTest.run("validate", file.toString());
    }

    @Test
    void badJson_isReportedWithLineAndColumn() throws IOException {
        SigningCommandsTest.Run run = validate("broken.json", "{\n  \"type\": \"MicroCredential\",\n  \"id\": }\n".getBytes(StandardCharsets.UTF_8));

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("broken.json", "bad JSON at line 3, column 9").doesNotContain("not a credential in a known format");
    }

    @Test
    void aJsonObjectNoReaderAccepts_isExplainedByEachReader_withTheUnknownContextUrl() throws IOException {
        String json = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", \"https://example.org/contexts/unknown.jsonld\"],"
                + " \"type\": [\"VerifiableCredential\"], \"credentialSubject\": {\"id\": \"did:example:1\"}}";

        SigningCommandsTest.Run run = validate("vc.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("no reader accepts this JSON object (tried native, edc, ob3)",
                "native: \"type\" is [\"VerifiableCredential\"]; a native document's \"type\" is one of MicroCredential",
                "edc: ", "EuropeanDigitalCredential", "ob3: ", "OpenBadgeCredential",
                "unknown context URL https://example.org/contexts/unknown.jsonld")
                .doesNotContain("https://www.w3.org/ns/credentials/v2 (not");
    }

    @Test
    void wrongEncodings_areNamed() throws IOException {
        SigningCommandsTest.Run latin1 = validate("latin1.json",
                "{\"type\": \"MicroCredential\",\n \"title\": {\"fr\": \"Qualité\"}}".getBytes(Charset.forName("ISO-8859-1")));
        SigningCommandsTest.Run brokenUtf16 = validate("utf16.json", "{\"type\": ".getBytes(StandardCharsets.UTF_16));

        assertThat(latin1.code()).isEqualTo(Main.USAGE);
        assertThat(latin1.err()).contains("latin1.json", "wrong encoding: byte 0xE9 at line 2, column 25 is not UTF-8");
        assertThat(brokenUtf16.err()).contains("wrong encoding: UTF-16 big-endian (byte order mark FE FF)");
    }

    @Test
    void utf16_isRefusedWithAMessageThatSaysSo() throws IOException {
        // RFC 8259 §8.1: JSON exchanged between systems is UTF-8; the readers are strict (SECURITY.md).
        String json = NativeJson.create().write(Samples.microCredential());

        SigningCommandsTest.Run utf16 = validate("utf16.json", json.getBytes(StandardCharsets.UTF_16LE));
        SigningCommandsTest.Run utf8 = validate("utf8.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(utf8.code()).as(utf8.err()).isEqualTo(Main.OK);
        assertThat(utf16.code()).isEqualTo(Main.USAGE);
        assertThat(utf16.err()).contains("UTF-16", "UTF-8");
    }

    @Test
    void aCompactJwsWhereJsonIsExpected_isNamed() throws IOException {
        SigningCommandsTest.Run run = validate("credential.jwt", "eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2lnbmF0dXJl\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(run.err()).contains("a JWS in compact serialization (a VC-JWT?) where JSON was expected", "verify");
    }

    @Test
    void verifyOnAJsonArray_saysSo_notCompactJws() throws IOException {
        Path file = Files.writeString(dir.resolve("array.json"), "[{\"a\": 1}, {\"b\": 2}]");

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", file.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("a JSON array of 2 items, not one signed credential", "--batch")
                .doesNotContainIgnoringCase("compact JWS:").doesNotContain("null");
    }

    @Test
    void verifyOnText_listsWhatItExpects() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "hello world");

        SigningCommandsTest.Run run = SigningCommandsTest.run("verify", file.toString());

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("not a signed credential (expected a JSON object with a Data Integrity proof");
    }

    @Test
    void unknownLocale_isRefused_withTheSupportedOnes() throws IOException {
        Path file = Files.writeString(dir.resolve("mc.json"), NativeJson.create().write(Samples.microCredential()));

        SigningCommandsTest.Run french = SigningCommandsTest.run("validate", "--locale", "fr", file.toString());
        SigningCommandsTest.Run german = SigningCommandsTest.run("validate", "--locale", "de-AT", "--profile", "all", file.toString());

        assertThat(french.code()).isEqualTo(Main.USAGE);
        assertThat(french.err()).contains("unsupported --locale 'fr': messages are available in en, de");
        assertThat(german.code()).as(german.err()).isIn(Main.OK, Main.FINDINGS);
    }

    @Test
    void summary_saysHowManyWarningsAndNotices_notJustFindings() throws IOException {
        Path file = Files.writeString(dir.resolve("mc.json"), NativeJson.create().write(Samples.microCredential()));

        SigningCommandsTest.Run run = SigningCommandsTest.run("validate", "--profile", "all", "--severity", "ECTS-BAND=warning",
                "--severity", "CR-O3=info", file.toString());

        String first = run.out().lines().findFirst().orElseThrow();
        assertThat(first).doesNotContain("findings)").matches(".*: (conforms, (no findings|with \\d+ warnings? and \\d+ notices?)"
                + "|does not conform: \\d+ errors?, \\d+ warnings?, \\d+ notices?)");
    }
}
