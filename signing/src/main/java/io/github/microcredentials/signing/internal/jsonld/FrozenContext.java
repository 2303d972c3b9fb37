package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.TermDefinition;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** How many scoped contexts deep each term was (re)defined: the document's context is 0. */
    private final Map<String, Integer> generations;
    private final int generation;
    /** IRI to the one term that is its plain key; {@code ""} where two terms tie. */
    private final Map<String, String> plainTerms;
    /** Terms that map to an IRI another term is the plain key of (an alias, or a class of the same IRI). */
    private final Set<String> shadowed;
    /** Keywords some term aliases (such as {@code id} for {@code @id}). */
    private final Set<String> aliasedKeywords;
    /** IRI to the class spelling of a property/class pair that differ in the case of the first letter. */
    private final Map<String, String> classes;
    private final Map<Key, Object> derived = new ConcurrentHashMap<>();
    /** Bounds the memo of embedded context lists (a document may vary them at will). */
    private static final int MAX_EMBEDDED = 16;
    private final Map<List<String>, Boolean> unchanged = new ConcurrentHashMap<>();

    FrozenContext(ContextEngine engine, ActiveContext processed, @Nullable FrozenContext previous, @Nullable FrozenContext base) {
        this.engine = engine;
        this.processed = processed;
        this.previous = previous;
        Map<String, Term> frozen = new HashMap<>();
        processed.getTermsMapping().forEach((name, definition) -> frozen.put(name, engine.term(definition)));
        this.terms = frozen;
        this.vocabulary = processed.getVocabularyMapping();
        this.defaultLanguage = processed.getDefaultLanguage() != null || processed.getDefaultBaseDirection() != null;
        this.generation = base == null ? 0 : base.generation + 1;
        this.generations = generations(processed, base, generation);
        Map<String, String> plain = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        Set<String> keywords = new HashSet<>();
        Map<String, String> classNames = new HashMap<>();
        choosePlainTerms(frozen, generations, plain, hidden, keywords, classNames);
        this.classes = classNames;
        this.plainTerms = plain;
        this.shadowed = hidden;
        this.aliasedKeywords = keywords;
    }

    /** A term inherited unchanged keeps its generation; a term the scoped context (re)defined gets this context's. */
    private static Map<String, Integer> generations(ActiveContext processed, @Nullable FrozenContext base, int generation) {
        Map<String, Integer> out = new HashMap<>();
        Map<String, TermDefinition> inherited = base == null ? Map.of() : base.processed.getTermsMapping();
        processed.getTermsMapping().forEach((name, definition) -> {
            Integer known = base == null || inherited.get(name) != definition ? null : base.generations.get(name);
            out.put(name, known == null ? generation : known);
        });
        return out;
    }

    /**
     * Where two terms map to one IRI, the term defined by the innermost scoped context is the plain
     * key (a property defined for a type beats a class of the same IRI defined for the whole
     * document, as Open Badges' {@code criteria} and {@code Criteria}). Of two terms defined at the
     * same depth that differ only in the case of their first letter (Open Badges 3.0.2's property
     * {@code image} and class {@code Image}), the lower-case one is the plain key and the other the
     * plain class name: each spelling has one place (key, type value), so readers of either are not
     * misled. Any other terms that tie are none.
     */
    private static void choosePlainTerms(Map<String, Term> terms, Map<String, Integer> generations, Map<String, String> plain,
            Set<String> shadowed, Set<String> keywords, Map<String, String> classes) {
        Map<String, Integer> best = new HashMap<>();
        Map<String, List<String>> innermost = new HashMap<>();
        terms.forEach((name, term) -> {
            if (term.keyword) {
                keywords.add(term.iri);
                return;
            }
            if (term.iri == null) {
                return;
            }
            int g = generations.get(name);
            Integer other = best.get(term.iri);
            if (other == null || g > other) {
                List<String> beaten = innermost.get(term.iri);
                if (beaten != null) {
                    shadowed.addAll(beaten);
                }
                best.put(term.iri, g);
                innermost.put(term.iri, new ArrayList<>(List.of(name)));
            } else if (g == other) {
                innermost.get(term.iri).add(name);
            } else {
                shadowed.add(name);
            }
        });
        innermost.forEach((iri, names) -> {
            if (names.size() == 1) {
                plain.put(iri, names.get(0));
                return;
            }
            if (names.size() == 2) {
                String a = names.get(0);
                String b = names.get(1);
                String property = caseOfFirstLetterOnly(a, b) ? (Character.isLowerCase(a.charAt(0)) ? a : b) : null;
                if (property != null) {
                    String type = property == a ? b : a;
                    plain.put(iri, property);
                    classes.put(iri, type);
                    // the class spelling is no key: a member renamed to it would hide the statement from readers of the property
                    shadowed.add(type);
                    return;
                }
            }
            plain.put(iri, "");
            shadowed.addAll(names);
        });
    }

    /** Whether one name is the other with the first letter lower-case instead of upper-case. */
    private static boolean caseOfFirstLetterOnly(String a, String b) {
        if (a.length() != b.length() || a.isEmpty() || a.charAt(0) == b.charAt(0) || !a.regionMatches(1, b, 1, a.length() - 1)) {
            return false;
        }
        char x = a.charAt(0);
        char y = b.charAt(0);
        return Character.isLowerCase(x) && Character.toUpperCase(x) == y || Character.isLowerCase(y) && Character.toUpperCase(y) == x;
    }

    /**
     * The plain class name of an IRI where a property and a class differ only in the case of their
     * first letter ({@code Image} for Open Badges 3.0.2's {@code image}/{@code Image}).
     *
     * @return the class spelling, or {@code null} if the IRI has no such pair
     */
    @Nullable String plainClass(String iri) {
        return classes.isEmpty() ? null : classes.get(iri);
    }

    @Nullable Term term(String name) {
        return terms.get(name);
    }

    /**
     * The plain key of an IRI, if a term maps to it.
     *
     * @return the term, {@code ""} if several terms map to it equally, or {@code null} if none does
     */
    @Nullable String plainTerm(String iri) {
        return plainTerms.get(iri);
    }

    /** Whether a term is not the plain key of its IRI: another term of this context is, or ties with it. */
    boolean shadowed(String term) {
        return !shadowed.isEmpty() && shadowed.contains(term);
    }

    /** Whether a term of this context aliases a keyword. */
    boolean aliased(String keyword) {
        return aliasedKeywords.contains(keyword);
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
     * @throws Unsupported if processing fails (the full path then reports the error)
     */
    FrozenContext derive(JsonValue localContext, Derivation how, @Nullable URI baseUrl) throws Unsupported {
        Key key = new Key(localContext, how, baseUrl);
        Object known = derived.get(key);
        if (known == null) {
            boolean keep = !engine.full();
            known = engine.derive(this, key.context, how, baseUrl);
            if (keep) {
                Object first = derived.putIfAbsent(key, known);
                if (first != null) {
                    known = first;
                }
            }
        }
        if (known instanceof FrozenContext context) {
            return context;
        }
        throw new Unsupported(Unsupported.Kind.UNCERTIFIED, (String) known);
    }

    /**
     * Whether processing an embedded context of context URLs here would leave this context as it
     * is (every term definition, the vocabulary mapping, the default language and base). Memoized
     * by the list of URLs, up to {@value #MAX_EMBEDDED} lists per context.
     *
     * @param embedded a context URL or an array of them
     * @return {@code true} if the embedded context has no effect
     */
    boolean unchangedBy(JsonValue embedded) {
        List<String> key = new ArrayList<>();
        for (JsonValue url : embedded instanceof jakarta.json.JsonArray array ? array : List.of(embedded)) {
            key.add(((jakarta.json.JsonString) url).getString());
        }
        Boolean known = unchanged.get(key);
        if (known == null) {
            known = engine.unchanged(this, embedded);
            if (unchanged.size() < MAX_EMBEDDED) {
                unchanged.putIfAbsent(key, known);
            }
        }
        return known;
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
