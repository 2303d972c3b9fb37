package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a credential from one format to another. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        header = "Convert a credential between native JSON, Europass EDC and Open Badges 3.0.",
        description = {
            "The input format is detected from the content unless --from names it. What the target format "
                + "cannot carry, and what the reader could not read, is reported on standard error.",
            "--batch converts a folder (into the --out folder, one file per credential, same names) or a JSON "
                + "Lines file (into JSON Lines)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials convert --to edc credential.json > credential.edc.jsonld",
            "  microcredentials convert --to ob3 --from edc --out badge.json credential.edc.jsonld",
            "  microcredentials convert --batch --to edc --out edc/ native/",
            "  microcredentials convert --to sd-jwt-vc --key issuer.pem --cert chain.pem --issuer https://university.example "
                + "--holder-key holder.jwk credential.json > credential.sd-jwt"})
final class ConvertCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "Target format: native, edc, ob3, or sd-jwt-vc (signed; needs --key and --issuer).")
    String to;

    @Option(names = "--key", paramLabel = "KEY.pem", description = "With --to sd-jwt-vc: the issuer's PKCS#8 PEM key.")
    Path key;

    @Option(names = "--cert", paramLabel = "CHAIN.pem", description = "With --to sd-jwt-vc: the issuer's certificate chain "
            + "(PEM, leaf first) for x5c.")
    Path cert;

    @Option(names = "--issuer", paramLabel = "URL", description = "With --to sd-jwt-vc: the issuer's identifier (iss).")
    String issuer;

    @Option(names = "--holder-key", paramLabel = "JWK", description = "With --to sd-jwt-vc: the holder's public JWK (cnf).")
    Path holderKey;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Input format (default: detected).")
    String from;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output; with "
            + "--batch, a folder (for a folder) or a JSON Lines file.")
    Path out;

    @Mixin
    BatchOptions batch;

    @Parameters(paramLabel = "FILE", description = "The credential to convert ('-' for standard input); with --batch, a "
            + "folder or a JSON Lines file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws CredentialParseException, IOException, InterruptedException {
        boolean sdJwtVc = "sd-jwt-vc".equals(to);
        if (sdJwtVc && batch.enabled) {
            throw new CliException(Main.USAGE, "--to sd-jwt-vc converts one credential at a time");
        }
        CredentialFormat target = sdJwtVc ? null : Formats.byName(to);
        CredentialFormat fixedSource = from == null ? null : Formats.byName(from);
        if (batch.enabled) {
            boolean folder = Files.isDirectory(file);
            ItemTask task = item -> {
                CredentialFormat source = fixedSource != null ? fixedSource : Formats.detect("item", item);
                byte[] converted = target.write(source.read(item).value());
                // JSON Lines output needs one line per credential
                return folder ? converted : compact(converted);
            };
            return new Batch(spec.commandLine(), batch, "converted").run(file, out, task, true, true);
        }
        byte[] input = Inputs.read(file);
        CredentialFormat source = fixedSource != null ? fixedSource : Formats.detect(file.toString(), input);
        ReadResult<MicroCredential> read = source.read(input);
        PrintWriter err = spec.commandLine().getErr();
        read.findings().findings().forEach(f -> err.println(file + ": " + f));
        byte[] output = sdJwtVc ? SdJwtFiles.issue(read.value(), key, cert, issuer, holderKey) : target.write(read.value());
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(new String(output, java.nio.charset.StandardCharsets.UTF_8));
            stdout.flush();
        } else {
            Files.write(out, output);
        }
        return Main.OK;
    }

    private static byte[] compact(byte[] json) {
        try {
            return JSON.writeValueAsBytes(JSON.readTree(json));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
