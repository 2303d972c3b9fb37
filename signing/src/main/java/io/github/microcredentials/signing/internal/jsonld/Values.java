package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.lang.Keywords;
import io.github.microcredentials.signing.internal.jsonld.FrozenContext.Derivation;
import io.github.microcredentials.signing.internal.rdf.canon.ByteSink;
import io.github.microcredentials.signing.internal.rdf.canon.RdfTerm;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values of a {@link DocumentWalk}: scalars through Value Expansion (JSON-LD 1.1 §5.3.2,
 * with step 4 of the Expansion Algorithm for property-scoped contexts), value objects and language
 * maps, each turned into its RDF term as Object to RDF Conversion (§8.6) makes it. Not thread-safe.
 */
final class Values {

    private final ByteSink scratch = new ByteSink(256);
    private final boolean check;

    Values(boolean check) {
        this.check = check;
    }

    /** Step 4 and Value Expansion (§5.3.2), then the RDF term (§8.6). */
    RdfTerm scalar(FrozenContext active, String key, @Nullable Term outer, JsonValue value) throws Unsupported {
        FrozenContext context = outer != null && outer.localContext != null
                ? active.derive(outer.localContext, Derivation.PROPERTY_SCALAR, outer.baseUrl) : active;
        Term term = context == active ? outer : context.term(key);
        return coerce(context, key, term, value);
    }

    /** Value Expansion with the term's coercion, then the RDF term. */
    private RdfTerm coerce(FrozenContext context, String key, @Nullable Term term, JsonValue value) throws Unsupported {
        if (term != null && term.unsupported) {
            throw new Unsupported("a term the fast path does not walk: " + key);
        }
        String typeMapping = term == null ? null : term.typeMapping;
        if (value instanceof JsonString text && (Keywords.ID.equals(typeMapping) || Keywords.VOCAB.equals(typeMapping))) {
            boolean vocab = Keywords.VOCAB.equals(typeMapping);
            String iri = IriExpansion.expand(context, text.getString(), vocab);
            if (IriExpansion.isKeyword(iri)) {
                throw new Unsupported(Unsupported.Kind.DROPPED, "a keyword as IRI value");
            }
            Term named = vocab ? context.term(text.getString()) : null;
            if (!check) {
                // converted as it is
            } else if (vocab) {
                checkVocabValue(context, text.getString(), iri, named);
            } else if (!iri.equals(text.getString())) {
                throw new Unsupported(Unsupported.Kind.NON_PLAIN, "the IRI " + iri + " is written \"" + text.getString()
                        + "\"; readers read what is written");
            }
            return named != null && named.rdf != null && iri.equals(named.iri) ? named.rdf : RdfTerm.iri(iri);
        }
        String datatype = null;
        if (typeMapping != null && !Keywords.ID.equals(typeMapping) && !Keywords.VOCAB.equals(typeMapping)) {
            if (IriExpansion.isKeyword(typeMapping) || !term.datatypeValid) {
                throw new Unsupported("a type mapping the fast path does not apply: " + typeMapping);
            }
            datatype = typeMapping;
        }
        if (value instanceof JsonString text) {
            if (datatype == null && (term != null && term.languageMapping != null
                    ? term.languageMapping != JsonValue.NULL : context.hasDefaultLanguage())) {
                throw new Unsupported("a default language or direction");
            }
            return Literals.string(text.getString(), datatype, scratch);
        }
        return literal(value, datatype);
    }

    private RdfTerm literal(JsonValue value, @Nullable String datatype) throws Unsupported {
        switch (value.getValueType()) {
            case STRING:
                return Literals.string(((JsonString) value).getString(), datatype, scratch);
            case NUMBER:
                return Literals.number((JsonNumber) value, datatype, scratch);
            case TRUE:
                return Literals.bool(true, datatype, scratch);
            case FALSE:
                return Literals.bool(false, datatype, scratch);
            default:
                throw new Unsupported("a value object whose @value is not a scalar");
        }
    }

    /** 13.7: a language map; every entry a language-tagged string ({@code @none}: a plain one). */
    List<RdfTerm> languageMap(FrozenContext context, JsonObject map) throws Unsupported {
        List<RdfTerm> literals = new ArrayList<>(map.size());
        if (context.hasDefaultLanguage()) {
            throw new Unsupported("a default direction may apply to a language map");
        }
        for (var entry : map.entrySet()) {
            String language = entry.getKey();
            if (language.startsWith("@") && !Keywords.NONE.equals(language) || context.term(language) != null) {
                throw new Unsupported("a language map key the fast path does not interpret: " + language);
            }
            JsonValue values = entry.getValue();
            for (JsonValue item : values instanceof JsonArray array ? array : List.of(values)) {
                if (!(item instanceof JsonString text)) {
                    throw new Unsupported("a language map value that is not a string");
                }
                literals.add(Keywords.NONE.equals(language)
                        ? Literals.string(text.getString(), null, scratch)
                        : Literals.tagged(text.getString(), language, scratch));
            }
        }
        return literals;
    }

    /**
     * A type or a {@code @vocab} value that is no term: plain unless a term stands for its IRI (or
     * the vocabulary mapping would shorten it), since readers compare names.
     *
     * @param context the active context
     * @param name the value as written
     * @param iri its expansion
     * @param named the term of that name, if any
     * @throws Unsupported {@link Unsupported.Kind#NON_PLAIN} if the value is written as an IRI a term names
     */
    static void checkVocabValue(FrozenContext context, String name, String iri, @Nullable Term named) throws Unsupported {
        if (named != null) {
            String type = context.plainClass(iri);
            if (type != null && !type.equals(name)) {
                // Open Badges 3.0.2's image/Image: the class is written with its class name, as readers compare types
                throw new Unsupported(Unsupported.Kind.NON_PLAIN, "\"" + name + "\" is written for \"" + type + "\"");
            }
            return;
        }
        String plain = context.plainTerm(iri);
        String vocabulary = context.vocabulary();
        if (plain != null || name.indexOf(':') >= 0 && vocabulary != null && iri.length() > vocabulary.length()
                && iri.startsWith(vocabulary)) {
            throw new Unsupported(Unsupported.Kind.NON_PLAIN, "\"" + name + "\" is written for "
                    + (plain == null || plain.isEmpty() ? "a name of the context" : "\"" + plain + "\""));
        }
    }

    /**
     * A value object: {@code @value} with at most one of {@code @language} and {@code @type}. It is
     * plain only where the property's coercion cannot say the same with the bare value: a
     * {@code {"@value": "2024-01-01T00:00:00Z", "@type": "xsd:dateTime"}} under a term coerced to
     * {@code xsd:dateTime} hides the date from readers that read the string.
     */
    RdfTerm valueObject(FrozenContext context, JsonObject element, @Nullable String key) throws Unsupported {
        RdfTerm literal = valueObjectLiteral(context, element);
        if (!check) {
            return literal;
        }
        Term term = key == null ? null : context.term(key);
        if (term != null && term.language && element.containsKey(Keywords.LANGUAGE)) {
            throw new Unsupported(Unsupported.Kind.NON_PLAIN, "a language-tagged value object under \"" + key
                    + "\", whose values are language maps");
        }
        JsonValue bare = element.get(Keywords.VALUE);
        if (key != null && bare != null && bare.getValueType() != JsonValue.ValueType.OBJECT
                && bare.getValueType() != JsonValue.ValueType.ARRAY && bare.getValueType() != JsonValue.ValueType.NULL) {
            RdfTerm plain;
            try {
                plain = coerce(context, key, term, bare);
            } catch (Unsupported e) {
                if (e.kind() == Unsupported.Kind.FALLBACK) {
                    return literal;
                }
                throw e;
            }
            if (plain.equals(literal)) {
                throw new Unsupported(Unsupported.Kind.NON_PLAIN, "a value object under \"" + key
                        + "\" that says what the bare value says");
            }
        }
        return literal;
    }

    private RdfTerm valueObjectLiteral(FrozenContext context, JsonObject element) throws Unsupported {
        JsonValue value = null;
        String language = null;
        String type = null;
        for (var entry : element.entrySet()) {
            String expanded = IriExpansion.expand(context, entry.getKey(), true);
            JsonValue member = entry.getValue();
            if (Keywords.VALUE.equals(expanded) && value == null) {
                value = member;
            } else if (Keywords.LANGUAGE.equals(expanded) && language == null && member instanceof JsonString text) {
                language = text.getString();
            } else if (Keywords.TYPE.equals(expanded) && type == null && member instanceof JsonString text) {
                Term datatype = context.term(text.getString());
                if (datatype != null && datatype.localContext != null) {
                    throw new Unsupported("a datatype with a scoped context");
                }
                type = IriExpansion.expand(context, text.getString(), true);
            } else {
                throw new Unsupported("a value object member the fast path does not cover: " + entry.getKey());
            }
        }
        if (value == null || language != null && type != null || type != null && IriExpansion.isKeyword(type)) {
            throw new Unsupported("an invalid or unusual value object");
        }
        if (language != null) {
            if (!(value instanceof JsonString text)) {
                throw new Unsupported("a language-tagged value that is not a string");
            }
            return Literals.tagged(text.getString(), language, scratch);
        }
        return literal(value, type);
    }
}
