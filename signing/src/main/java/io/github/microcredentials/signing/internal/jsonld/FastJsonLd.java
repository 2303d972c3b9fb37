package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.JsonLdOptions;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import jakarta.json.JsonObject;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD to RDF on the fast path: the document's contexts come processed from a cache, and one
 * walk over the JSON emits the quads. For the bundled context registry the cache lives once per
 * JVM; for a caller's registry, once per instance of this class. Thread-safe.
 */
public final class FastJsonLd {

    private static volatile @Nullable ContextEngine bundled;

    private final ContextEngine engine;

    private FastJsonLd(ContextEngine engine) {
        this.engine = engine;
    }

    /**
     * The fast path for a registry.
     *
     * @param contexts the registry documents may use
     * @param options the options of the full path (document loader, processing mode); used to
     *     process contexts exactly as the full path does
     * @return the converter
     */
    public static FastJsonLd of(JsonLdContexts contexts, Supplier<JsonLdOptions> options) {
        if (contexts != JsonLdContexts.bundled()) {
            return new FastJsonLd(new ContextEngine(options.get()));
        }
        ContextEngine engine = bundled;
        if (engine == null) {
            synchronized (FastJsonLd.class) {
                engine = bundled;
                if (engine == null) {
                    engine = new ContextEngine(options.get());
                    bundled = engine;
                }
            }
        }
        return new FastJsonLd(engine);
    }

    /**
     * Converts a document.
     *
     * @param document the document, without nulls outside {@code @context}
     * @return its quads
     * @throws Unsupported if the fast path does not cover the document: run the full path
     */
    public RdfDataset toRdf(JsonObject document) throws Unsupported {
        FrozenContext context = engine.documentContext(document.get("@context"));
        return new DocumentWalk().document(context, document);
    }

    /**
     * The number of active contexts processed so far (document and scoped), for tests.
     *
     * @return the count
     */
    public int processedContexts() {
        return engine.processedContexts();
    }
}
