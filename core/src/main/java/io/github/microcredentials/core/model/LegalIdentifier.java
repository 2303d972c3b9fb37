package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.Country;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal identifier of an organisation or person, with the country that issued it: a company
 * registration or VAT number, an eIDAS organisation identifier such as {@code "VATES-A00000000"}
 * (ETSI EN 319 412-1 form), or a national ID number.
 *
 * @param notation the identifier, not blank
 * @param country the issuing country, if known
 */
public record LegalIdentifier(String notation, Optional<Country> country) {

    /**
     * Checks the notation.
     *
     * @throws IllegalArgumentException if the notation is blank
     */
    public LegalIdentifier {
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(country, "country");
        if (notation.isBlank()) {
            throw new IllegalArgumentException("a legal identifier must not be blank");
        }
    }

    /**
     * An identifier issued by a country.
     *
     * @param notation the identifier
     * @param country the country
     * @return the identifier
     */
    public static LegalIdentifier of(String notation, Country country) {
        return new LegalIdentifier(notation, Optional.of(country));
    }
}
