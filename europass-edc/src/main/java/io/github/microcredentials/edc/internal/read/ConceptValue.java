package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.vocab.Term;
import io.github.microcredentials.core.vocab.Vocabulary;
import io.github.microcredentials.edc.internal.elm.Schemes;
import io.github.microcredentials.edc.internal.elm.Terms;
import java.net.URI;
import java.util.Optional;

/**
 * A concept of the input ({@code {"id": …, "type": "Concept", "inScheme": …, "prefLabel": …}} or
 * a bare IRI). Its identifier and scheme are read at once; its label and notation only as the
 * model needs: a concept of a vocabulary the library knows needs neither (they are the
 * vocabulary's), an unknown concept's label is reported.
 */
final class ConceptValue {

    private final URI id;
    private final Optional<URI> scheme;
    private final Optional<Obj> obj;
    private final Obj.Item item;
    private final ReadState state;

    private ConceptValue(URI id, Optional<URI> scheme, Optional<Obj> obj, Obj.Item item, ReadState state) {
        this.id = id;
        this.scheme = scheme;
        this.obj = obj;
        this.item = item;
        this.state = state;
    }

    static ConceptValue read(ReadState state, Obj.Item item) {
        if (item.value().isTextual()) {
            return new ConceptValue(Obj.uri(item.value().asText(), item.pointer()), Optional.empty(), Optional.empty(), item, state);
        }
        if (!item.value().isObject()) {
            throw Obj.wrongType(item.pointer(), "a concept");
        }
        Obj obj = state.obj((com.fasterxml.jackson.databind.node.ObjectNode) item.value(), item.pointer());
        URI id = obj.uri("id").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY, item.pointer(), "a concept without \"id\""));
        obj.expectType("Concept");
        Optional<URI> scheme = obj.item("inScheme").map(s -> {
            state.consumeTree(s.value());
            return Obj.uri(s.value().isObject() ? s.value().path("id").asText() : s.value().asText(), s.pointer());
        });
        return new ConceptValue(id, scheme, Optional.of(obj), item, state);
    }

    static Optional<ConceptValue> read(Obj parent, String member) {
        return parent.item(member).map(i -> read(parent.state(), i));
    }

    URI id() {
        return id;
    }

    Optional<URI> scheme() {
        return scheme;
    }

    String pointer() {
        return item.pointer();
    }

    /** Fails when the concept is of another scheme than its property requires (an unknown vocabulary). */
    ConceptValue requireScheme(URI required) {
        if (scheme.isPresent() && !scheme.get().equals(required) && !Terms.isUnlisted(id)) {
            throw Obj.unchecked(Problem.INVALID_VALUE, item.pointer() + (obj.isPresent() ? "/inScheme" : ""),
                    "concept of the unknown vocabulary scheme " + scheme.get() + " where " + required + " is required");
        }
        return this;
    }

    /** Reports a concept outside the scheme its property requires (the value is still read). */
    ConceptValue expectScheme(URI expected) {
        if (!scheme.orElse(Schemes.of(id)).equals(expected)) {
            state.finding(RuleIds.CONCEPT_SCHEME, null, Severity.WARNING, item.pointer(),
                    Optional.of(id + scheme.map(s -> " in " + s).orElse("")), expected);
        }
        return this;
    }

    /** The concept is one the library knows: its label and notation are the vocabulary's. */
    void known() {
        obj.ifPresent(o -> {
            o.items("prefLabel").forEach(i -> state.consumeTree(i.value()));
            o.items("notation");
        });
    }

    /** The concept is unknown to the library: only its identifier is kept; label and scheme are reported. */
    void unknown() {
        obj.ifPresent(o -> {
            Optional<LocalizedString> label = label();
            label.ifPresent(l -> state.info(RuleIds.UNMAPPED, "conceptLabel", o.at("prefLabel"),
                    Optional.of(l.text())));
            o.string("notation").ifPresent(n -> state.info(RuleIds.UNMAPPED, "conceptNotation",
                    o.at("notation"), Optional.of(n)));
        });
        scheme.filter(s -> !Schemes.implied(id, s)).ifPresent(s -> state.info(RuleIds.UNMAPPED,
                "conceptScheme", item.pointer() + "/inScheme", Optional.of(s.toString())));
    }

    Optional<LocalizedString> label() {
        return obj.flatMap(o -> Texts.text(o, "prefLabel"));
    }

    Optional<String> notation() {
        return obj.flatMap(o -> o.string("notation"));
    }

    /** The model term this concept stands for; see {@link Terms#read}. */
    <T extends Term> T term(Vocabulary<T> vocabulary) {
        T term = Terms.read(vocabulary, id);
        if (term.isKnown() || Terms.isUnlisted(id)) {
            known();
        } else {
            if (vocabulary.byEuropassConcept(id).size() > 1) {
                state.info(RuleIds.APPROXIMATE, "severalValues", item.pointer(), Optional.of(id.toString()),
                        vocabulary.name());
                known();
            } else {
                unknown();
            }
        }
        return term;
    }
}
