package io.github.microcredentials.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A region of the issuer (Annex I, element 3), by URI: typically a concept of the EU
 * administrative territorial units table ({@link #atu(String)}).
 *
 * @param uri the absolute URI of the region
 * @param name the region's name, if known
 */
public record Region(URI uri, Optional<LocalizedString> name) {

    private static final String ATU_BASE = "http://publications.europa.eu/resource/authority/atu/";

    /**
     * Checks the URI is absolute.
     *
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Region {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a region URI must be absolute: " + uri);
        }
    }

    /**
     * A region of the EU administrative territorial units table.
     *
     * @param code the table's code, for example {@code "IRL_CTH_DUB"}
     * @return the region, {@code http://publications.europa.eu/resource/authority/atu/<code>}
     * @throws IllegalArgumentException if the code is not letters, digits and underscores
     */
    public static Region atu(String code) {
        if (!code.matches("[A-Z0-9_]+")) {
            throw new IllegalArgumentException("not an EU territorial unit code: \"" + code + "\"");
        }
        return new Region(URI.create(ATU_BASE + code), Optional.empty());
    }
}
