package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.Term;
import io.github.microcredentials.core.vocab.Vocabulary;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import io.github.microcredentials.edc.internal.elm.Terms;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds the JSON-LD nodes of one credential: allocates node identifiers, keeps every concept's
 * content the same wherever it recurs (an identifier never stands for two different nodes), and
 * writes language maps, dates and the recurring small nodes (notes, web resources, identifiers).
 */
final class Nodes {

    /** The language tag for text that is not in a human language: codes, IRIs, numbers, dates. */
    static final String NO_LANGUAGE = "zxx";

    private final JsonNodeFactory factory = JsonNodeFactory.instance;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<URI, ObjectNode> concepts = new HashMap<>();
    private final String textLanguage;

    /**
     * @param textLanguage the language tag under which plain model strings (names, verbs) are written
     */
    Nodes(String textLanguage) {
        this.textLanguage = textLanguage;
    }

    String textLanguage() {
        return textLanguage;
    }

    /** A new local identifier: {@code urn:epass:<nodeClass>:<n>}, numbered per class. */
    String newId(String nodeClass) {
        return LocalIds.PREFIX + nodeClass + ":" + counters.merge(nodeClass, 1, Integer::sum);
    }

    ObjectNode node(String id, String type) {
        ObjectNode node = factory.objectNode();
        node.put("id", id);
        node.put("type", type);
        return node;
    }

    ObjectNode object() {
        return factory.objectNode();
    }

    ArrayNode array() {
        return factory.arrayNode();
    }

    ObjectNode text(LocalizedString text) {
        ObjectNode map = factory.objectNode();
        text.texts().forEach(map::put);
        return map;
    }

    /** A plain model string, tagged with the credential's text language. */
    ObjectNode text(String text) {
        return factory.objectNode().put(textLanguage, text);
    }

    /** A code, IRI, number or date written where ELM wants a language-tagged string. */
    ObjectNode code(String text) {
        return factory.objectNode().put(NO_LANGUAGE, text);
    }

    /**
     * A concept, with the scheme its IRI implies.
     *
     * @param id the concept IRI
     * @param englishLabel its English label, if known
     */
    ObjectNode concept(URI id, @Nullable String englishLabel) {
        return concept(id, Schemes.of(id), englishLabel == null ? Optional.empty()
                : Optional.of(LocalizedString.en(englishLabel)), Optional.empty());
    }

    /**
     * A concept. The first content written for an IRI is the content everywhere it recurs, so
     * that the graph never gives one concept two labels in one language.
     */
    ObjectNode concept(URI id, URI scheme, Optional<LocalizedString> label, Optional<String> notation) {
        ObjectNode known = concepts.get(id);
        if (known != null) {
            return known.deepCopy();
        }
        ObjectNode concept = node(id.toString(), "Concept");
        concept.set("inScheme", node(scheme.toString(), "ConceptScheme"));
        label.ifPresent(l -> concept.set("prefLabel", text(l)));
        notation.ifPresent(n -> concept.put("notation", n));
        concepts.put(id, concept);
        return concept.deepCopy();
    }

    /**
     * A term as the EU concept ELM expects, or its own IRI when it has no EU concept; labelled
     * with the label of the term the concept stands for, when that is one term.
     */
    <T extends Term> ObjectNode euTerm(Vocabulary<T> vocabulary, T term) {
        URI id = Terms.euConcept(vocabulary, term);
        T named = Terms.read(vocabulary, id);
        return concept(id, named.isKnown() ? named.label() : null);
    }

    /**
     * A term of a property whose concept must be in the vocabulary's scheme (the EDC shapes
     * restrict it, and the reader refuses a concept of another scheme): as {@link #euTerm}, but a
     * term whose concept lies outside that scheme (an unknown term with an IRI of its own, such
     * as {@code https://example.org/settings/x} or {@code non-form:l}) is written as the
     * library's unlisted concept carrying the term, which the reader accepts and reads back as
     * the same term.
     */
    <T extends Term> ObjectNode euTermInScheme(Vocabulary<T> vocabulary, T term) {
        URI id = Terms.euConcept(vocabulary, term);
        if (vocabulary.scheme().isPresent() && !Schemes.of(id).equals(vocabulary.scheme().get()) && !Terms.isUnlisted(id)) {
            return concept(Terms.unlisted(vocabulary, term), null);
        }
        return euTerm(vocabulary, term);
    }

    /** A term as its own concept (the library's IRI), labelled. */
    <T extends Term> ObjectNode ownTerm(Vocabulary<T> vocabulary, T term) {
        return concept(Terms.ownConcept(vocabulary, term), term.isKnown() ? term.label() : null);
    }

    ObjectNode country(Country country) {
        return concept(country.europassUri(),
                new Locale.Builder().setRegion(country.code()).build().getDisplayCountry(Locale.ENGLISH));
    }

    /** A language as its EU language concept; a tag without ISO 639-2 code as an unlisted concept of the library's. */
    ObjectNode language(Language language) {
        try {
            return concept(language.europassUri(), Locale.forLanguageTag(language.tag()).getDisplayLanguage(Locale.ENGLISH));
        } catch (IllegalStateException e) {
            return concept(Terms.unlistedLanguage(language), null);
        }
    }

    ObjectNode note(ObjectNode literal, @Nullable ObjectNode subject) {
        ObjectNode note = node(newId("note"), "Note");
        note.set("noteLiteral", literal);
        if (subject != null) {
            note.set("subject", subject);
        }
        return note;
    }

    /** A note whose subject is one of the library's note subjects. */
    ObjectNode note(NoteSubject subject, ObjectNode literal) {
        return note(literal, concept(subject.uri(), subject.label()));
    }

    /** A note that names a term: subject the term's own concept, literal its label. */
    <T extends Term> ObjectNode termNote(Vocabulary<T> vocabulary, T term) {
        return note(factory.objectNode().put("en", term.label()), ownTerm(vocabulary, term));
    }

    ObjectNode webResource(URI url) {
        ObjectNode resource = node(newId("webResource"), "WebResource");
        resource.put("contentURL", url.toString());
        return resource;
    }

    ObjectNode legalIdentifier(LegalIdentifier identifier) {
        ObjectNode node = node(newId("legalIdentifier"), "LegalIdentifier");
        node.put("notation", identifier.notation());
        identifier.country().ifPresent(c -> node.set("spatial", country(c)));
        return node;
    }

    ObjectNode mailbox(String email) {
        return node("mailto:" + LocalIds.encode(email), "Mailbox");
    }

    ObjectNode creditPoint(io.github.microcredentials.core.ects.EctsCredits credits) {
        ObjectNode point = node(newId("creditPoint"), "CreditPoint");
        point.set("framework", concept(Schemes.ECTS, "European Credit Transfer System"));
        point.put("point", credits.value().toPlainString());
        return point;
    }

    static String dateTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /** A date as ELM's {@code xsd:dateTime}: midnight UTC. */
    static String date(LocalDate date) {
        return dateTime(date.atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** Adds an array member only when it has elements. */
    static void setNonEmpty(ObjectNode node, String name, ArrayNode values) {
        if (!values.isEmpty()) {
            node.set(name, values);
        }
    }
}
