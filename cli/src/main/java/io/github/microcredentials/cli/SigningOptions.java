package io.github.microcredentials.cli;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.SigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by sign and verify. */
final class SigningOptions {

    @Option(names = "--context", paramLabel = "URL=FILE",
            description = "Register a JSON-LD context that is not bundled (repeatable).")
    List<String> contexts = List.of();

    @Option(names = "--related-resource", paramLabel = "URL=FILE",
            description = "The content of a resource a relatedResource entry names, checked against its digests;"
                    + " resources are never fetched (repeatable).")
    List<String> relatedResources = List.of();

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

    Map<URI, byte[]> relatedResources() {
        Map<URI, byte[]> resources = new HashMap<>();
        for (String entry : relatedResources) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new CliException(Main.USAGE, "--related-resource needs URL=FILE, not " + entry);
            }
            resources.put(URI.create(entry.substring(0, eq)), Inputs.read(Path.of(entry.substring(eq + 1))));
        }
        return resources;
    }

    static SigningKey readKey(Path file) {
        try {
            return SigningKey.fromPkcs8Pem(new String(Inputs.read(file), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new CliException(Main.USAGE, file + ": " + e.getMessage(), e);
        }
    }
}
