package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.VcJwtVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sign --batch} through {@link Main#run}. */
class BatchSignCommandTest {

    @TempDir
    Path dir;

    private Path key;
    private String did;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void keygen() {
        key = dir.resolve("issuer.pem");
        Run keygen = run("keygen", "--out", key.toString());
        did = keygen.out().lines().filter(l -> l.startsWith("did:key:")).findFirst().orElseThrow().split("\\s+")[1];
    }

    private static String credential(String learner, String issuer) {
        return "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"],"
                + issuer + " \"validFrom\": \"2026-01-01T00:00:00Z\", \"credentialSubject\": {\"id\": \"did:example:" + learner + "\"}}";
    }

    private Path input() throws IOException {
        Path file = dir.resolve("cohort.jsonl");
        Files.write(file, List.of(
                credential("ana", ""),                                             // issuer id set to the key's DID
                credential("ben", " \"issuer\": \"" + did + "\","),
                credential("eve", " \"nickname\": \"x\","),                          // undefined term
                "",
                credential("cem", " \"issuer\": \"did:example:someone-else\","),   // another issuer: refused
                credential("dan", " \"issuer\": {\"name\": \"Example University\"},")));
        return file;
    }

    @Test
    void batch_signsEachLineInOrder_andReportsFailedLinesByNumber() throws IOException {
        Run sign = run("sign", "--batch", "--format", "di", "--key", key.toString(), input().toString());

        assertThat(sign.code()).isEqualTo(Main.FINDINGS);
        List<String> lines = sign.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("did:example:ana").contains("\"issuer\":\"" + did + "\"").contains("\"proof\":[{");
        assertThat(lines.get(1)).contains("did:example:ben");
        assertThat(lines.get(2)).contains("did:example:dan");
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().build();
        assertThat(lines).allSatisfy(line -> assertThat(verifier.verify(line).summary()).startsWith("VALID"));
        assertThat(sign.err()).contains("line 3: ").contains("nickname").contains("line 5: ").contains("did:example:someone-else")
                .contains("signed 3 credentials, 2 failed").doesNotContain("line 4");
    }

    @Test
    void batch_writesToOutFile_andShowsProgressWhenAsked() throws IOException {
        Path out = dir.resolve("signed.jsonl");
        Files.write(dir.resolve("ok.jsonl"), List.of(credential("ana", ""), credential("ben", "")));

        Run sign = run("sign", "--batch", "--progress", "--key", key.toString(), "--out", out.toString(), dir.resolve("ok.jsonl").toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(sign.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(sign.err()).contains("[##############################] 2 of 2 done (0 failed)").contains("signed 2 credentials, 0 failed");
    }

    @Test
    void batch_asVcJwt() throws IOException {
        Files.write(dir.resolve("ok.jsonl"), List.of(credential("ana", ""), credential("ben", "")));

        Run sign = run("sign", "--batch", "--format", "jwt", "--key", key.toString(), dir.resolve("ok.jsonl").toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        VcJwtVerifier verifier = VcJwtVerifier.builder().build();
        assertThat(sign.out().lines()).hasSize(2).allSatisfy(jwt -> assertThat(verifier.verify(jwt).isValid()).isTrue());
    }

    @Test
    void batch_missingInput_isAUsageError() {
        Run sign = run("sign", "--batch", "--key", key.toString(), dir.resolve("absent.jsonl").toString());

        assertThat(sign.code()).isEqualTo(Main.USAGE);
        assertThat(sign.err()).contains("no such file");
    }
}
