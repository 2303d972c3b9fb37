package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a credential from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a credential between formats. The input format is detected from the content",
            "unless --from names it. What the target cannot carry is reported on standard error.",
            "An EDC is checked against the EU's EDC shapes: one that does not conform (for example, its",
            "issuer has no eIDAS identifier, which a sealer adds) is still written, and the exit code is 1."})
final class ConvertCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "Target format: native, edc, ob3.")
    String to;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format (default: detected).")
    String from;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Parameters(paramLabel = "FILE", description = "The credential to convert ('-' for standard input).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CredentialParseException, IOException {
        byte[] input = Inputs.read(file);
        CredentialFormat source = from == null ? Formats.detect(input) : Formats.byName(from);
        CredentialFormat target = Formats.byName(to);
        ReadResult<MicroCredential> read = source.read(input);
        PrintWriter err = spec.commandLine().getErr();
        read.findings().findings().forEach(f -> err.println(file + ": " + f));
        CredentialFormat.Written written = target.writeReporting(read.value());
        written.findings().findings().forEach(f -> err.println(file + ": " + f));
        if (!written.findings().conforms()) {
            err.println(file + ": the " + target.name() + " written does not conform ("
                    + written.findings().findings(io.github.microcredentials.core.validation.Severity.ERROR).size()
                    + " errors above); it is written all the same");
        }
        byte[] output = written.bytes();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(new String(output, java.nio.charset.StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            Files.write(out, output);
        }
        err.flush();
        return written.findings().conforms() ? Main.OK : Main.FINDINGS;
    }
}
