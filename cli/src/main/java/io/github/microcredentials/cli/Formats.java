package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The credential formats the CLI knows, and detection of a file's format. */
final class Formats {

    private Formats() {
    }

    /**
     * Every format, in detection order.
     *
     * @return the formats
     */
    static List<CredentialFormat> all() {
        return List.of(new NativeFormat(), new EdcFormat(), new Ob3Format());
    }

    /**
     * The format with a name.
     *
     * @param name for example {@code "native"}
     * @return the format
     * @throws CliException (usage) if no format has that name
     */
    static CredentialFormat byName(String name) {
        return all().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new CliException(Main.USAGE, "unknown format \"" + name + "\", expected one of "
                        + all().stream().map(CredentialFormat::name).collect(Collectors.joining(", "))));
    }

    /**
     * The format of an input, by its content.
     *
     * @param input the bytes
     * @return the first format that detects them
     * @throws CredentialParseException if no format recognises the input
     */
    static CredentialFormat detect(byte[] input) throws CredentialParseException {
        for (CredentialFormat format : all()) {
            if (format.detects(input)) {
                return format;
            }
        }
        throw new CredentialParseException(Problem.UNSUPPORTED, "",
                "not a credential in a known format (" + all().stream().map(CredentialFormat::name)
                        .collect(Collectors.joining(", ")) + ")");
    }
}
