package io.github.microcredentials.cli;

import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the sample micro-credential and shows it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {
            "Build a sample HEROES micro-credential (3 ECTS, EQF 6, ESCO skills) and print its native JSON,",
            "then a short summary. With --out, write the files to a directory instead."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Write the files into this directory.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        MicroCredential credential = Samples.microCredential();
        String json = NativeJson.create().write(credential);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.println(json);
            stdout.println();
            Summary.of(credential).forEach(stdout::println);
            return Main.OK;
        }
        Files.createDirectories(out);
        Path file = out.resolve("microcredential.json");
        Files.writeString(file, json + System.lineSeparator());
        Summary.of(credential).forEach(stdout::println);
        stdout.println("wrote " + file);
        return Main.OK;
    }
}
