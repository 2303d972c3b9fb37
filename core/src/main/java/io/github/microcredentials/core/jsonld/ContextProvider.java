package io.github.microcredentials.core.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

/**
 * A service that bundles JSON-LD context documents, so that they are served from memory and never
 * fetched from the network. The format modules provide their contexts through this interface
 * ({@code provides … with …} in their module descriptor, or {@code META-INF/services} on the class
 * path); {@link JsonLdContexts#bundled()} finds them all.
 */
public interface ContextProvider {

    /**
     * The context URLs this provider serves, exactly as documents reference them.
     *
     * @return the URLs, for example {@code https://www.w3.org/ns/credentials/v2}
     */
    Set<URI> urls();

    /**
     * Opens the bundled document of a URL.
     *
     * @param url one of {@link #urls()}
     * @return the document's bytes (UTF-8 JSON); the caller closes the stream
     * @throws IOException if the bundled resource cannot be read
     * @throws IllegalArgumentException if the URL is not one of {@link #urls()}
     */
    InputStream open(URI url) throws IOException;
}
