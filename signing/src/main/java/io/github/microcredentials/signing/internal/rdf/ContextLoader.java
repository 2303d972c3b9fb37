package io.github.microcredentials.signing.internal.rdf;

import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonStructure;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves JSON-LD contexts from a {@link JsonLdContexts} registry only: never the network, never
 * the file system. Each context is parsed (strictly) once; thread-safe.
 */
final class ContextLoader implements DocumentLoader {

    private final JsonLdContexts contexts;
    private final Map<URI, JsonStructure> parsed = new ConcurrentHashMap<>();

    ContextLoader(JsonLdContexts contexts) {
        this.contexts = contexts;
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) {
        JsonStructure json = parsed.computeIfAbsent(url, this::parse);
        JsonDocument document = JsonDocument.of(MediaType.JSON_LD, json);
        document.setDocumentUrl(url);
        return document;
    }

    private JsonStructure parse(URI url) {
        byte[] bytes = contexts.document(url).orElseThrow(() -> new UnknownContextException(url));
        try {
            return (JsonStructure) StrictJson.parse(bytes);
        } catch (CredentialParseException | ClassCastException e) {
            throw new IllegalStateException("the registered JSON-LD context " + url + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    /** A context URL that is not registered; unchecked so that it passes through Titanium unchanged. */
    static final class UnknownContextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownContextException(URI url) {
            super("unknown JSON-LD context " + url + " (neither bundled nor registered)");
        }
    }
}
