package io.github.microcredentials.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled fonts, colour profile and standard template, read from the module once, on first
 * use (class-holder idiom: thread-safe, immutable afterwards). Callers get copies or read-only use.
 */
public final class Bundled {

    private Bundled() {
    }

    /** The three Noto Sans faces. */
    private static final class Fonts {
        static final byte[] REGULAR = read("fonts/NotoSans-Regular.ttf");
        static final byte[] BOLD = read("fonts/NotoSans-Bold.ttf");
        static final byte[] ITALIC = read("fonts/NotoSans-Italic.ttf");
    }

    private static final class Profile {
        static final byte[] SRGB = read("color/sRGB.icc");
    }

    /** The font family name the bundled faces are registered under. */
    public static final String FONT_FAMILY = "Noto Sans";

    static byte[] regular() {
        return Fonts.REGULAR;
    }

    static byte[] bold() {
        return Fonts.BOLD;
    }

    static byte[] italic() {
        return Fonts.ITALIC;
    }

    /**
     * The sRGB profile of the PDF/A output intent.
     *
     * @return the shared bytes; not to be modified
     */
    static byte[] srgb() {
        return Profile.SRGB;
    }

    /**
     * Reads a bundled resource of this package.
     *
     * @param name the path below this package
     * @return the bytes
     * @throws UncheckedIOException if the resource is missing, which is a packaging defect
     */
    public static byte[] read(String name) {
        try (InputStream in = Bundled.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("bundled resource missing: " + name));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
