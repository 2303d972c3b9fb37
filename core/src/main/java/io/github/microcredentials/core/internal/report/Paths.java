package io.github.microcredentials.core.internal.report;

import java.net.URI;
import java.net.URISyntaxException;

/** File paths as URI references, as SARIF's {@code artifactLocation.uri} wants them. */
public final class Paths {

    private Paths() {
    }

    /**
     * A path as a URI reference: {@code /} separators, characters that a URI may not hold
     * percent-encoded, an absolute path as a {@code file:} URI.
     *
     * @param path a relative or absolute path, with {@code /} or {@code \} separators
     * @return the URI reference
     */
    public static String uriReference(String path) {
        String slashed = path.replace('\\', '/');
        try {
            if (slashed.startsWith("/")) {
                return new URI("file", "", slashed, null).toASCIIString();
            }
            if (slashed.matches("[A-Za-z]:/.*")) {
                return new URI("file", "", "/" + slashed, null).toASCIIString();
            }
            // A colon in the first segment would read as a scheme.
            String relative = slashed.contains(":") && slashed.indexOf(':') < (slashed + "/").indexOf('/')
                    ? "./" + slashed : slashed;
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file path: " + path, e);
        }
    }
}
