package io.github.microcredentials.core.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry of JSON-LD context documents by URL: the contexts bundled with the library's modules
 * plus any the caller registers. Processors of JSON-LD in this library resolve contexts only here;
 * a URL that is not registered is an error, never a network fetch.
 *
 * <p>Documents are read once, lazily, and kept; instances are immutable and thread-safe.
 */
public final class JsonLdContexts {

    private static volatile JsonLdContexts bundled;

    /**
     * Keyed by the URL's exact text: {@link URI#equals} ignores the case of scheme and host, so
     * {@code https://WWW.W3.ORG/...} would otherwise load a context that readers comparing the
     * {@code @context} string do not recognise.
     */
    private final Map<String, Source> sources;
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    private JsonLdContexts(Map<String, Source> sources) {
        this.sources = Collections.unmodifiableMap(sources);
    }

    /**
     * The contexts bundled by every library module present (found with {@link ServiceLoader}).
     *
     * @return the shared registry
     */
    public static JsonLdContexts bundled() {
        JsonLdContexts registry = bundled;
        if (registry == null) {
            synchronized (JsonLdContexts.class) {
                registry = bundled;
                if (registry == null) {
                    registry = load();
                    bundled = registry;
                }
            }
        }
        return registry;
    }

    private static JsonLdContexts load() {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (ContextProvider provider : ServiceLoader.load(ContextProvider.class, JsonLdContexts.class.getClassLoader())) {
            for (URI url : provider.urls()) {
                sources.putIfAbsent(url.toString(), () -> readAll(provider, url));
            }
        }
        return new JsonLdContexts(sources);
    }

    private static byte[] readAll(ContextProvider provider, URI url) {
        try (InputStream in = provider.open(url)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled JSON-LD context " + url, e);
        }
    }

    /**
     * This registry plus one more context, for example a private extension context.
     *
     * @param url the URL documents reference it by
     * @param document the context document (UTF-8 JSON); copied
     * @return a new registry; a context already registered under the URL is replaced
     */
    public JsonLdContexts with(URI url, byte[] document) {
        Objects.requireNonNull(url, "url");
        byte[] copy = document.clone();
        Map<String, Source> more = new LinkedHashMap<>(sources);
        more.put(url.toString(), () -> copy);
        return new JsonLdContexts(more);
    }

    /**
     * The URLs this registry serves.
     *
     * @return an unmodifiable set
     */
    public Set<URI> urls() {
        Set<URI> urls = new LinkedHashSet<>();
        sources.keySet().forEach(url -> urls.add(URI.create(url)));
        return Collections.unmodifiableSet(urls);
    }

    /**
     * Whether a context is registered.
     *
     * @param url the context URL
     * @return {@code true} when {@link #document(URI)} serves it
     */
    public boolean contains(URI url) {
        return sources.containsKey(url.toString());
    }

    /**
     * Whether a context is registered under exactly this text. Same answer as
     * {@link #contains(URI)} with the URI of that text (a URI keeps the text it was parsed from, and
     * every registered URL is one), without parsing it: callers that check every document's
     * contexts save the parse.
     *
     * @param url the context URL as written
     * @return {@code true} when {@link #document(URI)} serves it
     */
    public boolean contains(String url) {
        return sources.containsKey(url);
    }

    /**
     * The document of a registered context.
     *
     * @param url the context URL
     * @return a copy of the document's bytes, or empty when the URL is not registered
     * @throws UncheckedIOException if a bundled resource cannot be read (a broken jar)
     */
    public Optional<byte[]> document(URI url) {
        Source source = sources.get(url.toString());
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(loaded.computeIfAbsent(url.toString(), u -> source.read()).clone());
    }

    @FunctionalInterface
    private interface Source {
        byte[] read();
    }
}
