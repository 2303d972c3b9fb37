package io.github.microcredentials.edc.internal.elm;

import io.github.microcredentials.core.vocab.Term;
import io.github.microcredentials.core.vocab.Vocabulary;
import java.net.URI;
import java.util.List;

/**
 * How vocabulary terms of the model meet ELM concepts. A term is written as its EU concept where
 * it has one (the concept an EDC viewer knows) and otherwise as its own IRI; where the EU concept
 * is coarser than the term (several terms share it), a note names the precise term.
 */
public final class Terms {

    /**
     * The IRIs of terms that are neither known nor IRIs (a code another format gave, such as Open
     * Badges' achievement type {@code Degree}): the code, percent-encoded, after this prefix, so
     * that the term is written instead of failing the conversion, and reads back as the same code.
     */
    static final String CODE_PREFIX = "https://microcredentials.github.io/vocab/code/";

    private Terms() {
    }

    private static URI codeIri(Term term) {
        return URI.create(CODE_PREFIX + java.net.URLEncoder.encode(term.code(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    /**
     * The concept IRI a term is written as.
     *
     * @param term a term
     * @return its EU concept, else its own IRI, else its code under {@link #CODE_PREFIX}
     */
    public static URI euConcept(Term term) {
        return term.europassConcept().or(term::uri).orElseGet(() -> codeIri(term));
    }

    /**
     * The term a concept IRI reads as: the term with that IRI, else the only term whose EU concept
     * it is, else an unknown term that keeps the IRI.
     *
     * @param <T> the term type
     * @param vocabulary the vocabulary
     * @param concept the concept IRI
     * @return the term
     */
    public static <T extends Term> T read(Vocabulary<T> vocabulary, URI concept) {
        String iri = concept.toString();
        if (iri.startsWith(CODE_PREFIX) && iri.length() > CODE_PREFIX.length()) {
            try {
                return vocabulary.parse(java.net.URLDecoder.decode(iri.substring(CODE_PREFIX.length()),
                        java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not a code this vocabulary takes: kept as the IRI below
            }
        }
        return vocabulary.byUri(concept).orElseGet(() -> {
            List<T> matches = vocabulary.byEuropassConcept(concept);
            return matches.size() == 1 ? matches.get(0) : vocabulary.parse(concept.toString());
        });
    }

    /**
     * Whether the concept a term is written as reads back as another term, so that a note must
     * name the precise term.
     *
     * @param <T> the term type
     * @param vocabulary the term's vocabulary
     * @param term the term
     * @return {@code true} when the EU concept is ambiguous or names another term
     */
    public static <T extends Term> boolean needsPreciseNote(Vocabulary<T> vocabulary, T term) {
        return !read(vocabulary, euConcept(term)).equals(term);
    }

    /**
     * The IRI of a term's own concept, used as the subject of a note that names it.
     *
     * @param term a term
     * @return the term's own IRI, else its EU concept, else its code under {@link #CODE_PREFIX}
     */
    public static URI ownConcept(Term term) {
        return term.uri().or(term::europassConcept).orElseGet(() -> codeIri(term));
    }
}
