package io.github.microcredentials.cli;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.SigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by sign and verify. */
final class SigningOptions {

    @Option(names = "--context", paramLabel = "URL=FILE",
            description = "Register a JSON-LD context that is not bundled (repeatable).")
    List<String> contexts = List.of();

    JsonLdContexts contexts() {
        JsonLdContexts registry = JsonLdContexts.bundled();
        for (String entry : contexts) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new CliException(Main.USAGE, "--context needs URL=FILE, not " + entry);
            }
            registry = registry.with(URI.create(entry.substring(0, eq)), Inputs.read(Path.of(entry.substring(eq + 1))));
        }
        return registry;
    }

    static SigningKey readKey(Path file) {
        try {
            return SigningKey.fromPkcs8Pem(new String(Inputs.read(file), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.USAGE, file + ": " + e.getMessage(), e);
        }
    }
}
