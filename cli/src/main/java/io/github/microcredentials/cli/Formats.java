package io.github.microcredentials.cli;

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
     * @param source the input's name for messages, for example its file name
     * @param input the bytes
     * @return the first format that detects them
     * @throws CliException (usage) if no format recognises the input, saying what each reader
     *     looked for and why it refused
     */
    static CredentialFormat detect(String source, byte[] input) {
        List<CredentialFormat> formats = all();
        for (CredentialFormat format : formats) {
            if (format.detects(input)) {
                return format;
            }
        }
        throw new CliException(Main.USAGE, source + ": " + String.join(System.lineSeparator(), Diagnosis.explain(input, formats)));
    }
}
