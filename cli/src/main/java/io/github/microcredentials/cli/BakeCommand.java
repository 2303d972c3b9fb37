package io.github.microcredentials.cli;

import io.github.microcredentials.openbadges.baking.BadgeBaker;
import io.github.microcredentials.openbadges.baking.BakingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Bakes a signed Open Badges 3.0 credential into a PNG or SVG badge image. */
@Command(name = "bake", mixinStandardHelpOptions = true,
        header = "Bake a signed credential into a PNG or SVG badge image (Open Badges 3.0 §5.3).",
        description = {"The credential (JSON with a proof, or a VC-JWT) is embedded as it is; unbake gives it back "
            + "byte for byte."},
        footerHeading = "%nExamples:%n",
        footer = {"  microcredentials bake --out badge-baked.png badge.png signed.json"})
final class BakeCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "The baked image (default: the image name with -baked).")
    Path out;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The badge image, PNG or SVG.")
    Path image;

    @Parameters(index = "1", paramLabel = "CREDENTIAL", description = "The signed credential.")
    Path credential;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] baked;
        try {
            baked = BadgeBaker.create().bake(Inputs.read(image), Inputs.read(credential));
        } catch (BakingException e) {
            throw new CliException(Main.USAGE, image + ": " + e.problem(), e);
        }
        String name = image.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path target = out != null ? out : image.resolveSibling(dot > 0
                ? name.substring(0, dot) + "-baked" + name.substring(dot) : name + "-baked");
        Files.write(target, baked);
        spec.commandLine().getOut().println("wrote " + target);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
