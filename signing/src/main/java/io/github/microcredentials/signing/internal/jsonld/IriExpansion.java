package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.lang.Keywords;
import org.jspecify.annotations.Nullable;

/**
 * JSON-LD 1.1 IRI Expansion (§5.2) over a frozen context, step for step as Titanium does it, for
 * the cases the fast path covers. The result is a keyword, an IRI {@link Iris#isAbsolute known to
 * be absolute}, or a reason to fall back.
 */
final class IriExpansion {

    private IriExpansion() {
    }

    /**
     * Expands a value.
     *
     * @param context the active context
     * @param value the string
     * @param vocab whether terms and the vocabulary mapping apply (keys, types, {@code @vocab} values)
     * @return a keyword or an absolute IRI
     * @throws Unsupported if the result would be anything else (null, relative, blank node, doubtful)
     */
    static String expand(FrozenContext context, String value, boolean vocab) throws Unsupported {
        return expand(context, value, context.term(value), vocab);
    }

    /**
     * Expands a value whose term definition the caller looked up already.
     *
     * @param context the active context
     * @param value the string
     * @param term {@code context.term(value)}
     * @param vocab whether terms and the vocabulary mapping apply
     * @return a keyword or an absolute IRI
     * @throws Unsupported if the result would be anything else
     */
    static String expand(FrozenContext context, String value, @Nullable Term term, boolean vocab) throws Unsupported {
        if (isKeyword(value)) {
            return value;
        }
        if (Keywords.matchForm(value)) {
            throw new Unsupported(Unsupported.Kind.DROPPED, "\"" + value + "\" has the form of a keyword, which JSON-LD ignores");
        }
        if (term != null && (vocab || term.keyword)) {
            if (term.keyword || term.rdf != null) {
                return term.iri;
            }
            if (term.iri == null) {
                throw new Unsupported(Unsupported.Kind.DROPPED, "\"" + value + "\" is a term mapped to null, which JSON-LD drops");
            }
            throw new Unsupported("a term mapped to no absolute IRI: " + value);
        }
        int colon = value.indexOf(':', 1);
        if (colon > 0) {
            if (colon == 1 && value.charAt(0) == '_') {
                throw new Unsupported(Unsupported.Kind.NON_PLAIN, "a blank node identifier (" + value
                        + ") joins what is written in several places into one node");
            }
            if (value.startsWith("//", colon + 1)) {
                return checked(value, false);
            }
            Term prefix = context.term(value.substring(0, colon));
            if (prefix != null && prefix.prefix && prefix.iri != null) {
                return checked(prefix.iri + value.substring(colon + 1), false);
            }
            if (Iris.isAbsolute(value)) {
                return value;
            }
        }
        String vocabulary = context.vocabulary();
        if (vocab && vocabulary != null) {
            return checked(vocabulary + value, false);
        }
        throw new Unsupported("a relative IRI or undefined term: " + value);
    }

    /**
     * The keyword a key expands to, if any: only a keyword itself or a term aliasing one can (a
     * compact IRI or the vocabulary mapping yields an IRI). Never fails, as Titanium's expansion
     * of keys before type-scoped contexts does not.
     *
     * @param context the active context
     * @param key the key
     * @return the keyword, or {@code null}
     */
    static @Nullable String keyword(FrozenContext context, String key) {
        if (isKeyword(key)) {
            return key;
        }
        Term term = context.term(key);
        return term != null && term.keyword ? term.iri : null;
    }

    /**
     * Whether a string is a JSON-LD keyword (as Titanium lists them). Every keyword starts with
     * {@code @}; testing that first spares the list lookup for the strings of almost every call.
     *
     * @param value the string
     * @return {@code true} for a keyword
     */
    static boolean isKeyword(@Nullable String value) {
        return value != null && !value.isEmpty() && value.charAt(0) == '@' && Keywords.contains(value);
    }

    private static String checked(@Nullable String iri, boolean keyword) throws Unsupported {
        if (iri != null && (keyword || Iris.isAbsolute(iri))) {
            return iri;
        }
        throw new Unsupported("not an absolute IRI: " + iri);
    }
}
