package io.github.microcredentials.core.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ContextProvider} that serves context documents from resources of its own module. A
 * subclass lists the URLs with their resource names and opens its resources itself, since a named
 * module's resources are readable only by that module's code.
 *
 * <pre>{@code
 * public final class MyContexts extends BundledContextProvider {
 *     public MyContexts() {
 *         super(Map.of(URI.create("https://example.org/context/v1"), "example-v1.jsonld"));
 *     }
 *     protected InputStream openResource(String name) {
 *         return MyContexts.class.getResourceAsStream(name);
 *     }
 * }
 * }</pre>
 */
public abstract class BundledContextProvider implements ContextProvider {

    private final Map<URI, String> resources;

    /**
     * Creates the provider.
     *
     * @param resources the resource name of each context URL, relative to the subclass
     */
    protected BundledContextProvider(Map<URI, String> resources) {
        this.resources = Map.copyOf(resources);
    }

    @Override
    public final Set<URI> urls() {
        return resources.keySet();
    }

    @Override
    public final InputStream open(URI url) throws IOException {
        String name = resources.get(Objects.requireNonNull(url, "url"));
        if (name == null) {
            throw new IllegalArgumentException("not a bundled context: " + url);
        }
        InputStream in = openResource(name);
        if (in == null) {
            throw new IOException("bundled context resource missing: " + name);
        }
        return in;
    }

    /**
     * Opens one of this provider's resources.
     *
     * @param name a resource name given to the constructor
     * @return the stream, or {@code null} if the resource is missing
     */
    protected abstract @Nullable InputStream openResource(String name);
}
