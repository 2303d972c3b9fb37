package io.github.microcredentials.core.vocab;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A country, by its ISO 3166-1 alpha-2 code, as used for the issuer's country (Annex I, element 3)
 * and organisation addresses.
 *
 * <p>Europass writes countries as concepts of the EU country authority table, whose codes are the
 * ISO 3166-1 alpha-3 codes ({@link #europassUri()}); Open Badges 3.0 uses the alpha-2 code.
 *
 * @param code the ISO 3166-1 alpha-2 code, upper case (for example {@code "IE"})
 * @see <a href="https://op.europa.eu/en/web/eu-vocabularies/dataset/-/resource?uri=http://publications.europa.eu/resource/dataset/country">EU country authority table</a>
 */
public record Country(String code) {

    private static final String EUROPASS_BASE = "http://publications.europa.eu/resource/authority/country/";
    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());

    /**
     * Checks and normalises the code.
     *
     * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 code
     */
    public Country {
        Objects.requireNonNull(code, "code");
        code = code.trim().toUpperCase(Locale.ROOT);
        if (!ALPHA_2.contains(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: \"" + code + "\"");
        }
    }

    /**
     * Parses an alpha-2 code, an alpha-3 code or an EU country authority URI.
     *
     * @param text for example {@code "IE"}, {@code "IRL"} or
     *     {@code "http://publications.europa.eu/resource/authority/country/IRL"}
     * @return the country
     * @throws IllegalArgumentException if the text names no ISO 3166-1 country
     */
    public static Country parse(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.startsWith(EUROPASS_BASE) ? text.substring(EUROPASS_BASE.length()) : text.trim();
        if (code.length() == 3) {
            for (String alpha2 : ALPHA_2) {
                if (new Locale.Builder().setRegion(alpha2).build().getISO3Country().equalsIgnoreCase(code)) {
                    return new Country(alpha2);
                }
            }
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 country code: \"" + code + "\"");
        }
        return new Country(code);
    }

    /**
     * The ISO 3166-1 alpha-3 code.
     *
     * @return for example {@code "IRL"}
     */
    public String alpha3() {
        return new Locale.Builder().setRegion(code).build().getISO3Country();
    }

    /**
     * The concept of the EU country authority table that Europass credentials use.
     *
     * @return for example {@code http://publications.europa.eu/resource/authority/country/IRL}
     */
    public URI europassUri() {
        return URI.create(EUROPASS_BASE + alpha3());
    }

    /** Returns the alpha-2 code. */
    @Override
    public String toString() {
        return code;
    }
}
