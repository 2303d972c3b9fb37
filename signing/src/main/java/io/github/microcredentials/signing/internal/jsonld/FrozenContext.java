package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.context.ActiveContext;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * An active context, processed once and then immutable: term definitions, vocabulary mapping and
 * the previous context (of type-scoped contexts, which do not propagate to nested nodes).
 * Contexts derived from it by a scoped context are processed once and memoized, so after warm-up
 * no document pays for context processing. Thread-safe.
 */
final class FrozenContext {

    /** How a scoped context is applied, with the flags Titanium's expansion uses for each case. */
    enum Derivation {
        /** A property-scoped context for a node object value: may override protected terms. */
        PROPERTY,
        /** A property-scoped context for a scalar value: Titanium processes it without overriding. */
        PROPERTY_SCALAR,
        /** A type-scoped context: not propagated to nested nodes. */
        TYPE
    }

    private final ContextEngine engine;
    private final ActiveContext processed;
    private final Map<String, Term> terms;
    private final @Nullable FrozenContext previous;
    private final @Nullable String vocabulary;
    private final boolean defaultLanguage;
    private final Map<Key, Object> derived = new ConcurrentHashMap<>();

    FrozenContext(ContextEngine engine, ActiveContext processed, @Nullable FrozenContext previous) {
        this.engine = engine;
        this.processed = processed;
        this.previous = previous;
        Map<String, Term> frozen = new HashMap<>();
        processed.getTermsMapping().forEach((name, definition) -> frozen.put(name, engine.term(definition)));
        this.terms = frozen;
        this.vocabulary = processed.getVocabularyMapping();
        this.defaultLanguage = processed.getDefaultLanguage() != null || processed.getDefaultBaseDirection() != null;
    }

    @Nullable Term term(String name) {
        return terms.get(name);
    }

    @Nullable FrozenContext previous() {
        return previous;
    }

    @Nullable String vocabulary() {
        return vocabulary;
    }

    /** Whether untyped strings get a default language or direction (the fast path does not add them). */
    boolean hasDefaultLanguage() {
        return defaultLanguage;
    }

    ActiveContext processed() {
        return processed;
    }

    /**
     * This context with a scoped context applied.
     *
     * @param localContext the scoped context (from a term definition)
     * @param how property-scoped or type-scoped
     * @param baseUrl the base URL Titanium passes
     * @return the derived context
     * @throws Unsupported if processing fails (the full path then reports the error) or too many
     *     contexts were derived already
     */
    FrozenContext derive(JsonValue localContext, Derivation how, @Nullable URI baseUrl) throws Unsupported {
        Key key = new Key(localContext, how, baseUrl);
        Object known = derived.get(key);
        if (known == null) {
            known = engine.derive(this, key.context, how, baseUrl);
            Object first = derived.putIfAbsent(key, known);
            if (first != null) {
                known = first;
            }
        }
        if (known instanceof FrozenContext context) {
            return context;
        }
        throw new Unsupported((String) known);
    }

    /** A scoped context by identity (the same JSON value of the same context document). */
    private static final class Key {
        final JsonValue context;
        final Derivation how;
        final @Nullable URI baseUrl;

        Key(JsonValue context, Derivation how, @Nullable URI baseUrl) {
            this.context = context;
            this.how = how;
            this.baseUrl = baseUrl;
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key k && k.context == context && k.how == how && Objects.equals(k.baseUrl, baseUrl);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(context) * 31 + how.hashCode();
        }
    }
}
