package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    /** The outcome of one run of the command line. */
    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void demo_printsTheNativeJsonFirst_thenASummary() throws CredentialParseException {
        Run run = run("demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        int end = run.out().indexOf("\n}\n") + 2;
        MicroCredential printed = NativeJson.create().read(run.out().substring(0, end), MicroCredential.class);
        assertThat(printed).isEqualTo(Samples.microCredential());
        assertThat(run.out().substring(end)).contains("Micro-credential: FAIR Research Data Management",
                "3.0 ECTS (2.5 learning activities + 0.5 assessment)", "EQF 6");
    }

    @Test
    void demo_endsWithASignedOpenBadgeThatIsVerified() {
        Run run = run("demo");

        String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).startsWith("verified the signed credential: VALID: 1 proof (eddsa-rdfc-2022), issuer did:key:z6Mk");
        assertThat(run.out()).contains("signed as an Open Badges 3.0 credential").doesNotContain("wrote ");
    }

    @Test
    void demoOut_writesTheFileInsteadOfPrintingIt(@TempDir Path dir) throws IOException, CredentialParseException {
        Run run = run("demo", "--out", dir.toString());

        assertThat(run.exitCode()).isZero();
        Path file = dir.resolve(DemoCommand.NATIVE_FILE);
        assertThat(NativeJson.create().read(Files.readAllBytes(file), MicroCredential.class))
                .isEqualTo(Samples.microCredential());
        assertThat(EdcReader.create().read(Files.readAllBytes(dir.resolve(DemoCommand.EDC_FILE))).value())
                .isEqualTo(Samples.microCredential());
        assertThat(DataIntegrityVerifier.builder().build()
                .verify(Files.readAllBytes(dir.resolve(DemoCommand.SIGNED_OB3_FILE))).isValid()).isTrue();
        assertThat(run.out()).doesNotContain("\"type\"").contains("wrote " + file, "VALID");
    }

    @Test
    void unknownOption_isAUsageErrorOnOneLine() {
        Run run = run("demo", "--bogus");

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).startsWith("error: Unknown option: '--bogus'").doesNotContain("Exception");
    }

    @Test
    void noCommand_printsUsageOnStandardError_andExit2() {
        Run run = run();

        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("Usage: microcredentials", "demo");
    }
}
