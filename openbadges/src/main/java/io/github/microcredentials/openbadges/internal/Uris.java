package io.github.microcredentials.openbadges.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** URIs read from the input. */
final class Uris {

    private Uris() {
    }

    /**
     * Parses an absolute URI.
     *
     * @throws IllegalArgumentException if the text is not an absolute URI
     */
    static URI absolute(String text) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException("not an absolute URI: \"" + text + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: \"" + text + "\"", e);
        }
    }
}
