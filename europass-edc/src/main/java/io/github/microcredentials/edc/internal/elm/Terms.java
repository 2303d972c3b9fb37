package io.github.microcredentials.edc.internal.elm;

import io.github.microcredentials.core.vocab.Term;
import io.github.microcredentials.core.vocab.Vocabulary;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * How vocabulary terms of the model meet ELM concepts. A term is written as its EU concept where
 * it has one (the concept an EDC viewer knows) and otherwise as its own IRI; where the EU concept
 * is coarser than the term (several terms share it), a note names the precise term. A value the
 * library does not know and that has no IRI (a bare code read from another format, such as an
 * Open Badges {@code ext:} achievement type) is written as an IRI of the library's own namespace,
 * {@code https://microcredentials.github.io/vocab/<vocabulary>/unlisted/<code>}, which reads back as
 * that code: every value has a concept, and nothing is lost.
 */
public final class Terms {

    private static final String OWN = "https://microcredentials.github.io/vocab/";
    private static final String UNLISTED = "/unlisted/";

    private Terms() {
    }

    /**
     * The concept IRI a term is written as.
     *
     * @param vocabulary the term's vocabulary
     * @param term a term
     * @return its EU concept, else its own IRI, else its unlisted IRI
     */
    public static URI euConcept(Vocabulary<?> vocabulary, Term term) {
        return term.europassConcept().or(term::uri).orElseGet(() -> unlisted(vocabulary, term));
    }

    /**
     * The IRI of a term's own concept, used as the subject of a note that names it.
     *
     * @param vocabulary the term's vocabulary
     * @param term a term
     * @return the term's own IRI, else its EU concept, else its unlisted IRI
     */
    public static URI ownConcept(Vocabulary<?> vocabulary, Term term) {
        return term.uri().or(term::europassConcept).orElseGet(() -> unlisted(vocabulary, term));
    }

    /**
     * The library's unlisted concept that carries a term's code, for a term the vocabulary's
     * scheme cannot hold; {@link #named} reads it back as the same term.
     *
     * @param vocabulary the term's vocabulary
     * @param term a term
     * @return {@code https://microcredentials.github.io/vocab/<vocabulary>/unlisted/<code>}
     */
    public static URI unlisted(Vocabulary<?> vocabulary, Term term) {
        return URI.create(OWN + vocabulary.name() + UNLISTED + LocalIds.encode(term.code()));
    }

    /**
     * The concept of a language the EU language table cannot have (its tag has no ISO 639-2 code).
     *
     * @param language the language
     * @return {@code https://microcredentials.github.io/vocab/language/unlisted/<tag>}
     */
    public static URI unlistedLanguage(io.github.microcredentials.core.vocab.Language language) {
        return URI.create(OWN + "language" + UNLISTED + LocalIds.encode(language.tag()));
    }

    /**
     * The language an unlisted language concept names.
     *
     * @param concept a concept IRI
     * @return the language, or empty for any other IRI
     * @throws IllegalArgumentException if the IRI is an unlisted language concept whose tag is not BCP 47
     */
    public static Optional<io.github.microcredentials.core.vocab.Language> unlistedLanguage(URI concept) {
        String prefix = OWN + "language" + UNLISTED;
        String iri = concept.toString();
        return iri.startsWith(prefix) && iri.length() > prefix.length()
                ? Optional.of(new io.github.microcredentials.core.vocab.Language(LocalIds.decode(iri.substring(prefix.length()))))
                : Optional.empty();
    }

    /**
     * Whether an IRI is one {@link #euConcept} or {@link #ownConcept} made for a value without one.
     *
     * @param concept a concept IRI
     * @return {@code true} for {@code https://microcredentials.github.io/vocab/<vocabulary>/unlisted/<code>}
     */
    public static boolean isUnlisted(URI concept) {
        String iri = concept.toString();
        return iri.startsWith(OWN) && iri.indexOf(UNLISTED, OWN.length()) > 0;
    }

    /**
     * The term a concept IRI names exactly: a term with that IRI, or the code an unlisted IRI of
     * this vocabulary carries.
     *
     * @param <T> the term type
     * @param vocabulary the vocabulary
     * @param concept the concept IRI
     * @return the term, or empty for any other IRI
     */
    public static <T extends Term> Optional<T> named(Vocabulary<T> vocabulary, URI concept) {
        Optional<T> known = vocabulary.byUri(concept);
        if (known.isPresent()) {
            return known;
        }
        String prefix = OWN + vocabulary.name() + UNLISTED;
        String iri = concept.toString();
        if (iri.startsWith(prefix) && iri.length() > prefix.length()) {
            String code = LocalIds.decode(iri.substring(prefix.length()));
            return code.isBlank() ? Optional.empty() : Optional.of(vocabulary.parse(code));
        }
        return Optional.empty();
    }

    /**
     * The term a concept IRI reads as: the term it names ({@link #named}), else the only term whose
     * EU concept it is, else an unknown term that keeps the IRI.
     *
     * @param <T> the term type
     * @param vocabulary the vocabulary
     * @param concept the concept IRI
     * @return the term
     */
    public static <T extends Term> T read(Vocabulary<T> vocabulary, URI concept) {
        return named(vocabulary, concept).orElseGet(() -> {
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
        return !read(vocabulary, euConcept(vocabulary, term)).equals(term);
    }
}
