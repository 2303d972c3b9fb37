package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.JsonLdOptions;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.json.JsonSpans;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD to RDF on the fast path: the document's contexts come processed from a cache, and one
 * walk over the JSON emits the quads. A caller's registry gets a cache of its own (one per instance
 * of this class). The bundled registry is itself one immutable value per JVM
 * ({@link JsonLdContexts#bundled()}), so its processed form is shared the same way: it depends on
 * nothing else (the options only carry the registry's loader and fixed processing settings), is
 * bounded ({@link ContextEngine#MAX_CONTEXTS} processed contexts, 256 document context lists) and
 * thread-safe (processing under the engine's lock, lock-free lookups). {@link #withSubtreeCache()}
 * adds a cache of the quads of large node objects, so that documents that repeat one another (a
 * batch of credentials for one course, which describe the same achievement) are not walked in full
 * each time; the result is the same dataset either way. Thread-safe.
 */
public final class FastJsonLd {

    /** The processed bundled registry, created on first use (class initialisation is the lock). */
    private static final class Bundled {
        static final ContextEngine ENGINE = new ContextEngine(new SafeJsonLd(JsonLdContexts.bundled()).options());
        static final InlineContexts INLINE = InlineContexts.of(JsonLdContexts.bundled());

        private Bundled() {
        }
    }

    private final ContextEngine engine;
    private final InlineContexts inline;
    private final int maxQuads;
    private final int maxBlankNodes;
    private final @Nullable SubtreeCache subtrees;

    private FastJsonLd(ContextEngine engine, InlineContexts inline, int maxQuads, int maxBlankNodes, @Nullable SubtreeCache subtrees) {
        this.engine = engine;
        this.inline = inline;
        this.maxQuads = maxQuads;
        this.maxBlankNodes = maxBlankNodes;
        this.subtrees = subtrees;
    }

    /**
     * The fast path for a registry.
     *
     * @param contexts the registry documents may use
     * @param options the options of the full path (document loader, processing mode); used to
     *     process contexts exactly as the full path does
     * @return the converter, without bounds on the size of a document's RDF
     */
    public static FastJsonLd of(JsonLdContexts contexts, Supplier<JsonLdOptions> options) {
        return of(contexts, options, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /**
     * The fast path for a registry, bounded.
     *
     * @param contexts the registry documents may use
     * @param options the options of the full path
     * @param maxQuads the most quads a document may have
     * @param maxBlankNodes the most blank nodes a document may have
     * @return the converter; a document over a bound throws {@link RdfDataset.LimitExceeded}
     */
    public static FastJsonLd of(JsonLdContexts contexts, Supplier<JsonLdOptions> options, int maxQuads, int maxBlankNodes) {
        if (contexts != JsonLdContexts.bundled()) {
            return new FastJsonLd(new ContextEngine(options.get()), InlineContexts.of(contexts), maxQuads, maxBlankNodes, null);
        }
        return new FastJsonLd(Bundled.ENGINE, Bundled.INLINE, maxQuads, maxBlankNodes, null);
    }

    /**
     * The same converter with a cache of its own of the node objects it meets in documents given with
     * their spans ({@link SubtreeCache}): for documents that repeat one another, such as the
     * credentials a batch for one course signs. The datasets are the same as without; what it costs
     * is what the cache holds (copies of the parts and their quads, bounded), and conversions whose
     * time tells whether a part of the document was converted before.
     *
     * @return the converter
     */
    public FastJsonLd withSubtreeCache() {
        return new FastJsonLd(engine, inline, maxQuads, maxBlankNodes, new SubtreeCache());
    }

    /**
     * Converts a document.
     *
     * @param document the document, without nulls outside {@code @context}
     * @return its quads
     * @throws Unsupported if the fast path does not cover the document, or the document is not in
     *     plain form; its {@link Unsupported#kind()} says what to do
     */
    public RdfDataset toRdf(JsonObject document) throws Unsupported {
        return toRdf(document, JsonSpans.none());
    }

    /**
     * Converts a document parsed from bytes, whose large parts a converter {@linkplain #withSubtreeCache()
     * with a cache} looks up by those bytes.
     *
     * @param document the document, without nulls outside {@code @context}
     * @param spans where its large objects were read from (as {@link StrictJson#parseObjectAndForm
     *     StrictJson.parseObjectAndForm} records them), or none
     * @return its quads, the same as {@link #toRdf(JsonObject)}'s
     * @throws Unsupported as {@link #toRdf(JsonObject)}
     */
    public RdfDataset toRdf(JsonObject document, JsonSpans spans) throws Unsupported {
        JsonValue contexts = document.get("@context");
        Set<String> urls = Set.of();
        if (contexts != null) {
            // Inline definitions are accepted only as new names for new IRIs (InlineContexts): one that
            // aliased or redefined the terms readers read would let signed statements move out of sight.
            List<String> list = InlineContexts.urls(contexts);
            urls = Set.copyOf(list);
            if (!(contexts instanceof JsonString) && list.size() < contexts.asJsonArray().size()) {
                inline.terms(contexts, engine.documentContext(StrictJson.PROVIDER.createArrayBuilder(list).build()), list);
            }
        }
        FrozenContext context = engine.documentContext(contexts);
        return new DocumentWalk(true, maxQuads, maxBlankNodes, urls, subtrees, spans).document(context, document);
    }

    /**
     * Converts a document without checking its plain form, declining whatever the fast path does
     * not convert: for comparing the conversion with the full path's on any document.
     *
     * @param document the document
     * @return its quads
     * @throws Unsupported ({@link Unsupported.Kind#FALLBACK}) if the fast path does not convert it
     */
    public RdfDataset toRdfUnchecked(JsonObject document) throws Unsupported {
        FrozenContext context;
        try {
            context = engine.documentContext(document.get("@context"));
        } catch (Unsupported e) {
            throw new Unsupported(e.getMessage());
        }
        return new DocumentWalk(false, maxQuads, maxBlankNodes, urls(document.get("@context")), null, JsonSpans.none())
                .document(context, document);
    }

    /** The context URLs of a {@code @context}, whatever else it holds. */
    private static Set<String> urls(@Nullable JsonValue contexts) {
        Set<String> urls = new HashSet<>();
        for (JsonValue item : contexts instanceof JsonArray array ? array : contexts == null ? List.<JsonValue>of() : List.of(contexts)) {
            if (item instanceof JsonString url) {
                urls.add(url.getString());
            }
        }
        return urls;
    }

    /**
     * The number of node objects replayed from the cache so far rather than walked, for tests.
     *
     * @return the count, 0 without a cache
     */
    public long subtreesReplayed() {
        return subtrees == null ? 0 : subtrees.replayedCount();
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
