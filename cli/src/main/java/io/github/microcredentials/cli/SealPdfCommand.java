package io.github.microcredentials.cli;

import io.github.microcredentials.render.PdfSealer;
import io.github.microcredentials.render.RenderException;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.SealLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Seals a PDF (a rendered certificate) PAdES-BASELINE-B, or -T with --tsa. */
@Command(name = "seal-pdf", mixinStandardHelpOptions = true,
        header = "Seal a PDF as PAdES-BASELINE-B, or BASELINE-T with --tsa.",
        description = {"Seals a PDF, such as a certificate from render, with the seal key of a PKCS#12 key store "
            + "(the password comes from --password-file or the environment) or of a PKCS#11 token (--pkcs11-config, "
            + "--pkcs11-alias; the PIN comes from --pin-file or the environment)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials seal-pdf --keystore seal.p12 --password-file pw.txt --out sealed.pdf certificate.pdf"})
final class SealPdfCommand implements Callable<Integer> {

    @Mixin
    SealOptions seal;

    @Mixin
    Pkcs11Options pkcs11;

    @Option(names = "--out", paramLabel = "FILE", description = "The sealed PDF (default: the input name with -sealed.pdf).")
    Path out;

    @Option(names = "--reason", paramLabel = "TEXT", description = "The reason PDF readers show.")
    String reason;

    @Parameters(paramLabel = "PDF", description = "The PDF to seal.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (seal.keystore == null && !pkcs11.enabled()) {
            throw new CliException(Main.USAGE, "seal-pdf seals with --keystore FILE.p12 or --pkcs11-config FILE");
        }
        byte[] pdf = Inputs.read(file);
        PdfSealer.Builder builder = PdfSealer.builder();
        seal.tsa().ifPresent(tsa -> builder.level(SealLevel.BASELINE_T).tsa(tsa));
        if (reason != null) {
            builder.reason(reason);
        }
        byte[] sealed;
        try {
            sealed = builder.build().seal(pdf, seal.signer(pkcs11));
        } catch (RenderException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        } catch (SigningException e) {
            throw new CliException(Main.FINDINGS, "cannot seal: " + e.getMessage(), e);
        }
        Path target = out != null ? out : file.resolveSibling(file.getFileName().toString().replaceFirst("(\\.pdf)?$", "-sealed.pdf"));
        Files.write(target, sealed);
        spec.commandLine().getOut().println("wrote " + target + " (PAdES-BASELINE-" + (seal.tsa == null ? "B" : "T") + ")");
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
