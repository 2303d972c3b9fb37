package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.ActiveContextBuilder;
import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The processed contexts of one context registry: the document contexts (keyed by the exact list
 * of context URLs), every context derived from them by scoped contexts, and their frozen term
 * definitions. Processing is Titanium's own context processing (so term definitions, protected
 * terms and errors are exactly the full path's), run once per context under a lock; lookups are
 * lock-free. Thread-safe.
 */
final class ContextEngine {

    /** Bounds the memory an adversary can make the caches hold with unusual context lists or types. */
    static final int MAX_CONTEXTS = 2048;
    private static final int MAX_DOCUMENT_CONTEXTS = 256;

    private final ProcessingRuntime runtime;
    private final FrozenContext root;
    private final Map<Object, Object> documentContexts = new ConcurrentHashMap<>();
    private final Map<TermDefinition, Term> terms = new IdentityHashMap<>();
    private int contexts;

    ContextEngine(JsonLdOptions options) {
        this.runtime = ProcessingRuntime.of(options);
        synchronized (this) {
            this.root = new FrozenContext(this, new ActiveContext(null, null, runtime), null, null);
        }
    }

    /**
     * The active context of a document's {@code @context}: URLs, inline context definitions, or a
     * list of them. Each distinct value is processed once; past {@value #MAX_DOCUMENT_CONTEXTS}
     * distinct values, new ones are processed for the document and not kept.
     *
     * @param context the {@code @context} value, or {@code null} if the document has none
     * @return the processed context
     * @throws Unsupported for unknown URLs or invalid contexts
     */
    FrozenContext documentContext(@Nullable JsonValue context) throws Unsupported {
        if (context == null) {
            return root;
        }
        Object key = key(context);
        Object known = documentContexts.get(key);
        if (known == null) {
            known = process(context);
            if (documentContexts.size() < MAX_DOCUMENT_CONTEXTS) {
                Object first = documentContexts.putIfAbsent(key, known);
                if (first != null) {
                    known = first;
                }
            }
        }
        if (known instanceof FrozenContext frozen) {
            return frozen;
        }
        throw new Unsupported(Unsupported.Kind.UNCERTIFIED, (String) known);
    }

    /** The cache key: plain strings for URLs (the common case, cheap to hash), else the JSON value itself. */
    private static Object key(JsonValue context) {
        if (context instanceof JsonString url) {
            return url.getString();
        }
        if (context.getValueType() != JsonValue.ValueType.ARRAY) {
            return context;
        }
        // Once per document: a loop, as a stream pipeline here costs more to run and to compile than the lookup.
        JsonArray entries = context.asJsonArray();
        String[] urls = new String[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            if (!(entries.get(i) instanceof JsonString url)) {
                return context;
            }
            urls[i] = url.getString();
        }
        return List.of(urls);
    }

    private synchronized Object process(JsonValue context) {
        try {
            return freeze(ActiveContextBuilder.with(root.processed()).create(context, null), null, root);
        } catch (JsonLdError | RuntimeException e) {
            return "the document context cannot be processed: " + e.getMessage();
        }
    }

    /**
     * Whether the memo of derived contexts is full: past {@value #MAX_CONTEXTS}, contexts derived
     * anew are used for one document and not kept.
     */
    synchronized boolean full() {
        return contexts >= MAX_CONTEXTS;
    }

    /** Processes a scoped context on top of a context; the result, or the reason it failed. */
    synchronized Object derive(FrozenContext base, JsonValue local, FrozenContext.Derivation how, @Nullable URI baseUrl) {
        ActiveContextBuilder builder = ActiveContextBuilder.with(base.processed());
        if (how == FrozenContext.Derivation.PROPERTY) {
            builder.overrideProtected(true);
        } else if (how == FrozenContext.Derivation.TYPE) {
            builder.propagate(false);
        }
        ActiveContext result;
        try {
            result = builder.create(local, baseUrl);
        } catch (JsonLdError | RuntimeException e) {
            return "a scoped context cannot be applied: " + e.getMessage();
        }
        ActiveContext previous = result.getPreviousContext();
        if (previous == null) {
            return freeze(result, null, base);
        }
        if (previous == base.processed()) {
            return freeze(result, base, base);
        }
        if (base.previous() != null && previous == base.previous().processed()) {
            return freeze(result, base.previous(), base);
        }
        return "a scoped context changed the previous context in an unexpected way";
    }

    /**
     * Whether an embedded context processed on top of a context leaves it as it is: the same terms
     * with the same definitions (protection included), the same vocabulary mapping, default
     * language, direction and base IRI, and the same previous context. Errors count as changes.
     */
    synchronized boolean unchanged(FrozenContext base, JsonValue embedded) {
        ActiveContext before = base.processed();
        ActiveContext after;
        try {
            after = ActiveContextBuilder.with(before).create(embedded, null);
        } catch (JsonLdError | RuntimeException e) {
            return false;
        }
        if (!Objects.equals(before.getVocabularyMapping(), after.getVocabularyMapping())
                || !Objects.equals(before.getDefaultLanguage(), after.getDefaultLanguage())
                || before.getDefaultBaseDirection() != after.getDefaultBaseDirection()
                || !Objects.equals(before.getBaseUri(), after.getBaseUri())
                || before.getPreviousContext() != after.getPreviousContext()) {
            return false;
        }
        Map<String, TermDefinition> was = before.getTermsMapping();
        Map<String, TermDefinition> is = after.getTermsMapping();
        if (!was.keySet().equals(is.keySet())) {
            return false;
        }
        for (Map.Entry<String, TermDefinition> term : was.entrySet()) {
            TermDefinition now = is.get(term.getKey());
            if (now != term.getValue() && (term.getValue().isNotSameExcept(now) || term.getValue().isProtected() != now.isProtected())) {
                return false;
            }
        }
        return true;
    }

    private FrozenContext freeze(ActiveContext processed, @Nullable FrozenContext previous, FrozenContext base) {
        contexts++;
        return new FrozenContext(this, processed, previous, base);
    }

    /** The frozen form of a term definition; called while holding the lock. */
    Term term(TermDefinition definition) {
        Term known = terms.get(definition);
        if (known == null) {
            known = new Term(definition);
            if (contexts < MAX_CONTEXTS) {
                terms.put(definition, known);
            }
        }
        return known;
    }

    /** For tests: the number of contexts processed so far. */
    synchronized int processedContexts() {
        return contexts;
    }
}
