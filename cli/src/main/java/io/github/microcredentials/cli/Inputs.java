package io.github.microcredentials.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading input files (or standard input, named {@code -}) with a size cap. */
final class Inputs {

    /** The largest input the CLI reads: far above any real credential. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private Inputs() {
    }

    static byte[] read(Path file) {
        try (InputStream in = file.toString().equals("-") ? System.in : Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CliException(Main.USAGE, file + ": larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new CliException(Main.USAGE, "no such file: " + file, e);
        } catch (IOException e) {
            throw new CliException(Main.USAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
