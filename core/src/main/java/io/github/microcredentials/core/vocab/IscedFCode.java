package io.github.microcredentials.core.vocab;

import java.net.URI;
import java.util.Objects;

/**
 * A field of education and training, by its ISCED-F 2013 code: a broad field (2 digits, for
 * example {@code "06"}), a narrow field (3 digits, {@code "061"}) or a detailed field (4 digits,
 * {@code "0613"}).
 *
 * @param code the ISCED-F 2013 code, 2 to 4 digits
 * @see <a href="https://uis.unesco.org/en/topic/international-standard-classification-education-isced">ISCED-F 2013</a>
 */
public record IscedFCode(String code) {

    private static final String EUROPASS_BASE = "http://data.europa.eu/snb/isced-f/";

    /**
     * Checks the code.
     *
     * @throws IllegalArgumentException if the code is not 2 to 4 digits
     */
    public IscedFCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("not an ISCED-F 2013 code (2 to 4 digits): \"" + code + "\"");
        }
    }

    /**
     * Parses a code or an EU ISCED-F concept URI.
     *
     * @param text for example {@code "0613"} or {@code "http://data.europa.eu/snb/isced-f/0613"}
     * @return the code
     * @throws IllegalArgumentException if the text is not an ISCED-F code
     */
    public static IscedFCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new IscedFCode(text.startsWith(EUROPASS_BASE) ? text.substring(EUROPASS_BASE.length()) : text.trim());
    }

    /**
     * The concept of the EU ISCED-F list that Europass credentials use.
     *
     * @return for example {@code http://data.europa.eu/snb/isced-f/0613}
     */
    public URI europassUri() {
        return URI.create(EUROPASS_BASE + code);
    }

    /** Returns the code. */
    @Override
    public String toString() {
        return code;
    }
}
