package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batches of sign, verify and convert: 100,000 credentials with 1 % corrupted items, a batch killed
 * halfway (a child JVM, SIGKILL) and resumed, folders, and refusing to clobber an earlier batch.
 */
class BatchCommandsTest {

    static final int ITEMS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path key;
    static Path cohort;
    /** The line numbers of the corrupted credentials. */
    static Set<Long> corrupted;

    @BeforeAll
    static void cohort() throws IOException {
        key = shared.resolve("issuer.pem");
        assertThat(SigningCommandsTest.run("keygen", "--out", key.toString()).code()).isZero();
        cohort = shared.resolve("cohort.jsonl");
        corrupted = new TreeSet<>();
        try (BufferedWriter out = Files.newBufferedWriter(cohort, StandardCharsets.UTF_8)) {
            for (long line = 1; line <= ITEMS; line++) {
                if (line % 100 == 57) {
                    corrupted.add(line);
                    out.write(corruptedCredential(line));
                } else {
                    out.write(credential(line));
                }
                out.write('\n');
            }
        }
        assertThat(corrupted).hasSize(ITEMS / 100);
    }

    static String credential(long n) {
        return "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"id\":\"urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", n) + "\","
                + "\"validFrom\":\"2026-01-01T00:00:00Z\",\"credentialSubject\":{\"id\":\"did:example:learner-" + n + "\"}}";
    }

    /** Four kinds of bad item: broken JSON, a relative id, an undefined term, another issuer. */
    static String corruptedCredential(long n) {
        switch ((int) (n / 100 % 4)) {
            case 0:
                return credential(n).substring(0, 60);
            case 1:
                return credential(n).replace("urn:uuid:", "relative/");
            case 2:
                return credential(n).replace("\"validFrom\"", "\"nickname\":\"x\",\"validFrom\"");
            default:
                return credential(n).replace("\"validFrom\"", "\"issuer\":\"did:example:someone-else\",\"validFrom\"");
        }
    }

    @Test
    void hundredThousandCredentials_onePercentCorrupted_completes_andReportsExactlyTheCorrupted(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("signed.jsonl");

        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--batch", "--key", key.toString(), "--out", out.toString(),
                cohort.toString());

        assertThat(sign.code()).as(sign.err()).isEqualTo(Main.FINDINGS);
        assertThat(sign.err()).contains("signed 99000 credentials, 1000 failed (listed in " + out.toAbsolutePath() + ".failures.jsonl)");
        assertThat(failedLines(Path.of(out + ".failures.jsonl"))).isEqualTo(corrupted);
        checkSigned(out);
        assertThat(Path.of(out + ".journal")).doesNotExist();
    }

    @Test
    void killedHalfway_resumes_withoutRedoingFinishedItems(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("signed.jsonl");
        Path journal = Path.of(out + ".journal");
        // kill -9 once a good part, but not all, of the batch is journalled
        killOnceJournalled(dir, ITEMS / 4, "sign", "--batch", "--key", key.toString(), "--out", out.toString(), cohort.toString());
        assertThat(journal).exists();

        SigningCommandsTest.Run again = SigningCommandsTest.run("sign", "--batch", "--key", key.toString(), "--out", out.toString(),
                cohort.toString());
        SigningCommandsTest.Run resume = SigningCommandsTest.run("sign", "--batch", "--resume", "--key", key.toString(), "--out",
                out.toString(), cohort.toString());

        assertThat(again.code()).isEqualTo(Main.USAGE);
        assertThat(again.err()).contains("unfinished batch", "--resume");
        assertThat(resume.code()).as(resume.err()).isEqualTo(Main.FINDINGS);
        Matcher resumed = Pattern.compile("resuming after item (\\d+) \\((\\d+) signed, (\\d+) failed before\\)").matcher(resume.err());
        assertThat(resumed.find()).as(resume.err()).isTrue();
        long done = Long.parseLong(resumed.group(1));
        assertThat(done).isBetween(1L, ITEMS - 1L);
        assertThat(Long.parseLong(resumed.group(2)) + Long.parseLong(resumed.group(3))).isEqualTo(done);
        Matcher thisRun = Pattern.compile("; (\\d+) signed and (\\d+) failed in this run").matcher(resume.err());
        assertThat(thisRun.find()).isTrue();
        // only the items after the last finished one were done again
        assertThat(Long.parseLong(thisRun.group(1)) + Long.parseLong(thisRun.group(2))).isEqualTo(ITEMS - done);
        assertThat(resume.err()).contains("signed 99000 credentials, 1000 failed");
        assertThat(failedLines(Path.of(out + ".failures.jsonl"))).isEqualTo(corrupted);
        checkSigned(out);
        assertThat(journal).doesNotExist();
    }

    @Test
    void killedAgainAndAgain_betweenWrites_resumesToTheBytesOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        // VC-JWTs with Ed25519 carry no time: two runs over the same input give the same bytes.
        Path input = dir.resolve("input.jsonl");
        try (var lines = Files.lines(cohort)) {
            Files.write(input, lines.limit(30_000).toList());
        }
        Path reference = dir.resolve("reference.jsonl");
        SigningCommandsTest.Run whole = SigningCommandsTest.run("sign", "--batch", "--format", "jwt", "--key", key.toString(), "--out",
                reference.toString(), input.toString());
        assertThat(whole.code()).as(whole.err()).isEqualTo(Main.FINDINGS);
        Matcher counts = Pattern.compile("signed \\d+ credentials, \\d+ failed").matcher(whole.err());
        assertThat(counts.find()).as(whole.err()).isTrue();
        Path out = dir.resolve("signed.jsonl");
        String[] batch = {"sign", "--batch", "--format", "jwt", "--key", key.toString(), "--out", out.toString(), input.toString()};
        String[] resume = {"sign", "--batch", "--resume", "--format", "jwt", "--key", key.toString(), "--out", out.toString(),
            input.toString()};

        // Killed at whatever moment the journal passes these items: some results buffered, some
        // written and not yet journalled, a journal line perhaps half written.
        killOnceJournalled(dir, 1_000, batch);
        long first = journalledItem(Path.of(out + ".journal"));
        killOnceJournalled(dir, first + 4_000, resume);
        long second = journalledItem(Path.of(out + ".journal"));
        SigningCommandsTest.Run last = SigningCommandsTest.run(resume);

        assertThat(second).isGreaterThan(first);
        assertThat(last.code()).as(last.err()).isEqualTo(Main.FINDINGS);
        Matcher resumed = Pattern.compile("resuming after item (\\d+) ").matcher(last.err());
        assertThat(resumed.find()).as(last.err()).isTrue();
        assertThat(Long.parseLong(resumed.group(1))).isGreaterThanOrEqualTo(second);
        assertThat(last.err()).contains(counts.group());
        assertThat(Files.mismatch(out, reference)).isEqualTo(-1);
        assertThat(Files.mismatch(Path.of(out + ".failures.jsonl"), Path.of(reference + ".failures.jsonl"))).isEqualTo(-1);
        assertThat(Path.of(out + ".journal")).doesNotExist();
    }

    @Test
    void slowInput_getsItsResultsAndJournalOut_beforeTheInputEnds(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("signed.jsonl");
        Path journal = Path.of(out + ".journal");
        Process child = child(dir, "sign", "--batch", "--key", key.toString(), "--out", out.toString(), "-");
        try (var stdin = child.getOutputStream()) {
            stdin.write((credential(1) + "\n" + corruptedCredential(57) + "\n" + credential(3) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            // The input pauses: what was handled is written and journalled without waiting for more.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (journalledItem(journal) < 3 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(journalledItem(journal)).as("journal: %s", Files.exists(journal) ? Files.readString(journal) : "none").isEqualTo(3);
            assertThat(Files.readAllLines(out)).hasSize(2);
            assertThat(failedLines(Path.of(out + ".failures.jsonl"))).containsExactly(2L);
            stdin.write((credential(4) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(Main.FINDINGS);
        assertThat(Files.readAllLines(out)).hasSize(3).allSatisfy(l -> assertThat(l).contains("\"proof\""));
        assertThat(journal).doesNotExist();
    }

    /** Starts the command line in a child JVM, its output in {@code child.log}. */
    private static Process child(Path dir, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    /** Runs a batch in a child JVM and kills it (SIGKILL) once its journal has passed an item. */
    private static void killOnceJournalled(Path dir, long item, String... args) throws Exception {
        Path journal = Path.of(args[Arrays.asList(args).indexOf("--out") + 1] + ".journal");
        Process child = child(dir, args);
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (child.isAlive() && journalledItem(journal) < item && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(child.isAlive()).as("the child was still running when killed; log: %s", Files.readString(dir.resolve("child.log")))
                    .isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

    /** The item of the journal's last complete line; 0 without one. */
    private static long journalledItem(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return 0;
        }
        String text;
        try {
            text = Files.readString(journal, StandardCharsets.US_ASCII);
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;   // the batch ended and removed it
        }
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return 0;
        }
        String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
        return Long.parseLong(line.substring(0, line.indexOf(' ')));
    }

    /** Every good credential exactly once, in input order; a sample verifies. */
    private static void checkSigned(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(ITEMS - corrupted.size());
        List<Long> numbers = new ArrayList<>();
        for (String line : lines) {
            String subject = JSON.readTree(line).path("credentialSubject").path("id").asText();
            numbers.add(Long.parseLong(subject.substring(subject.lastIndexOf('-') + 1)));
        }
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= ITEMS; n++) {
            if (!corrupted.contains(n)) {
                expected.add(n);
            }
        }
        assertThat(numbers).isEqualTo(expected);
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().build();
        for (int i = 0; i < lines.size(); i += 9_973) {
            assertThat(verifier.verify(lines.get(i)).isValid()).isTrue();
        }
    }

    private static Set<Long> failedLines(Path failures) throws IOException {
        Set<Long> lines = new TreeSet<>();
        try (var reader = Files.newBufferedReader(failures)) {
            reader.lines().forEach(l -> {
                try {
                    JsonNode failure = JSON.readTree(l);
                    assertThat(failure.path("message").asText()).isNotBlank();
                    assertThat(lines.add(failure.path("line").asLong())).as("reported once: %s", l).isTrue();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return lines;
    }

    @Test
    void verifyBatch_reportsTheInvalidItems_andConvertBatch_convertsAFolder(@TempDir Path dir) throws IOException {
        Path signed = dir.resolve("signed.jsonl");
        Files.write(signed, List.of(credential(1), credential(2), credential(3)));
        SigningCommandsTest.run("sign", "--batch", "--key", key.toString(), "--out", dir.resolve("ok.jsonl").toString(), signed.toString());
        List<String> ok = Files.readAllLines(dir.resolve("ok.jsonl"));
        Path mixed = Files.write(dir.resolve("mixed.jsonl"), List.of(ok.get(0), ok.get(1).replace("learner-2", "learner-9"), "[1, 2]", ok.get(2)));

        SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--batch", "--out", dir.resolve("verdicts.jsonl").toString(),
                mixed.toString());

        assertThat(verify.code()).isEqualTo(Main.FINDINGS);
        assertThat(verify.err()).contains("line 2: INVALID", "line 3: a JSON array", "verified 2 credentials, 2 failed");
        assertThat(failedLines(dir.resolve("verdicts.jsonl.failures.jsonl"))).containsExactly(2L, 3L);
        assertThat(Files.readAllLines(dir.resolve("verdicts.jsonl"))).hasSize(2);

        Path folder = Files.createDirectories(dir.resolve("native"));
        Files.writeString(folder.resolve("a.json"), NativeJson.create().write(Samples.microCredential()));
        Files.writeString(folder.resolve("b.json"), "{ broken");
        Files.writeString(folder.resolve("c.json"), NativeJson.create().write(Samples.microCredential()));
        SigningCommandsTest.Run convert = SigningCommandsTest.run("convert", "--batch", "--to", "edc", "--out",
                dir.resolve("edc").toString(), folder.toString());

        assertThat(convert.code()).isEqualTo(Main.FINDINGS);
        assertThat(convert.err()).contains("b.json: ", "bad JSON", "converted 2 credentials, 1 failed");
        assertThat(dir.resolve("edc/a.json")).exists();
        assertThat(dir.resolve("edc/c.json")).exists();
        assertThat(dir.resolve("edc/b.json")).doesNotExist();
        assertThat(Files.readString(dir.resolve("edc/a.json"))).contains("EuropeanDigitalCredential");
    }

    @Test
    void anEarlierOutput_isNotClobbered_withoutOverwrite(@TempDir Path dir) throws IOException {
        Path input = Files.write(dir.resolve("in.jsonl"), List.of(credential(1)));
        Path out = Files.writeString(dir.resolve("signed.jsonl"), "precious\n");

        SigningCommandsTest.Run refused = SigningCommandsTest.run("sign", "--batch", "--key", key.toString(), "--out", out.toString(),
                input.toString());
        SigningCommandsTest.Run nothingToResume = SigningCommandsTest.run("sign", "--batch", "--resume", "--key", key.toString(), "--out",
                out.toString(), input.toString());
        assertThat(Files.readString(out)).isEqualTo("precious\n");
        SigningCommandsTest.Run overwrite = SigningCommandsTest.run("sign", "--batch", "--overwrite", "--key", key.toString(), "--out",
                out.toString(), input.toString());

        assertThat(refused.code()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("exists; --overwrite replaces it");
        assertThat(nothingToResume.err()).contains("its batch finished, there is nothing to resume");
        assertThat(overwrite.code()).as(overwrite.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1).allSatisfy(l -> assertThat(l).contains("\"proof\""));
    }
}
