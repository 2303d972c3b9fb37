package io.github.microcredentials.cli;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Verifies a credential with Data Integrity proofs, or a VC-JWT (detected from the content). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify a signed credential: embedded Data Integrity proofs (JSON) or a VC-JWT (compact JWS).",
            "Keys: did:key only, resolved offline. Exit 0 valid, 1 invalid, 2 unreadable."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: a one-line verdict) or json (the whole report).")
    String format;

    @Mixin
    SigningOptions options;

    @Parameters(paramLabel = "FILE", description = "The signed credential ('-' for standard input).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliException(Main.USAGE, "unknown --format '" + format + "' (expected text or json)");
        }
        String input = new String(Inputs.read(file), StandardCharsets.UTF_8).strip();
        VerificationReport report = input.startsWith("{")
                ? DataIntegrityVerifier.builder().contexts(options.contexts()).build().verify(input)
                : VcJwtVerifier.builder().build().verify(input);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(format.equals("json") ? report.toJson() : file + ": " + report.summary() + "\n");
        stdout.flush();
        switch (report.indication()) {
            case VALID:
                return Main.OK;
            case MALFORMED:
                return Main.USAGE;
            default:
                return Main.FINDINGS;
        }
    }
}
