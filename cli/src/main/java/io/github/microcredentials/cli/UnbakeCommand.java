package io.github.microcredentials.cli;

import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.BakedCredential;
import io.github.microcredentials.openbadges.baking.UnbakeResult;
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

/** Extracts the credential baked into a PNG or SVG badge. */
@Command(name = "unbake", mixinStandardHelpOptions = true,
        header = "Extract the credential baked into a PNG or SVG badge.",
        description = {"Writes it byte for byte to standard output or --out. Nothing is fetched; an image with two "
            + "credentials, a broken chunk or SVG entities is refused. verify IMAGE unbakes and verifies in one step.",
            "Exit 0 extracted, 1 not baked or refused, 2 unreadable."},
        footerHeading = "%nExamples:%n",
        footer = {"  microcredentials unbake --out signed.json badge-baked.png"})
final class UnbakeCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the credential here instead of standard output.")
    Path out;

    @Parameters(paramLabel = "IMAGE", description = "The baked badge, PNG or SVG.")
    Path image;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        UnbakeResult result = BadgeBaker.create().unbake(Inputs.read(image));
        if (result.credential().isEmpty()) {
            PrintWriter stderr = spec.commandLine().getErr();
            result.problems().forEach(p -> stderr.println(image + ": " + p));
            stderr.flush();
            return Main.FINDINGS;
        }
        BakedCredential credential = result.credential().get();
        if (out != null) {
            Files.write(out, credential.bytes());
            spec.commandLine().getOut().println("wrote " + out + " (" + credential.form() + " from " + credential.imageFormat() + ")");
        } else {
            spec.commandLine().getOut().print(credential.text());
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
