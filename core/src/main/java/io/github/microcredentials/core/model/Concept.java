package io.github.microcredentials.core.model;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A concept of an external classification for which the library has no bundled vocabulary, for
 * example a national qualifications framework level
 * ({@code http://data.europa.eu/snb/qdr/c_670e54c7}, "IE NQF Level 6").
 *
 * @param uri the absolute URI of the concept
 * @param scheme the concept scheme, if known
 * @param label the preferred label, if known
 * @param notation a code or notation, if any
 */
public record Concept(URI uri, Optional<URI> scheme, Optional<LocalizedString> label, Optional<String> notation) {

    /**
     * Checks the URI is absolute.
     *
     * @throws IllegalArgumentException if the URI is not absolute
     */
    public Concept {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(notation, "notation");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a concept URI must be absolute: " + uri);
        }
    }

    /**
     * A concept with a URI and a label.
     *
     * @param uri the concept URI
     * @param label the label
     * @return the concept
     */
    public static Concept of(URI uri, LocalizedString label) {
        return new Concept(uri, Optional.empty(), Optional.of(label), Optional.empty());
    }
}
