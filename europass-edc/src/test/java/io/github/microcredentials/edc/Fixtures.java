package io.github.microcredentials.edc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures under {@code src/test/resources/edc/} (sources in its SOURCES.md). */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/edc/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
