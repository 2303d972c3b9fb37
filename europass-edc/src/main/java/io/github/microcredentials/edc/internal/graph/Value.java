package io.github.microcredentials.edc.internal.graph;

/**
 * The object of a statement: a node (IRI or blank node label {@code _:…}) or a literal. Equality is
 * RDF term equality, so that two documents with the same graph give equal statements whatever
 * their JSON layout.
 */
public sealed interface Value permits Value.Ref, Value.Literal {

    /** A node, by its IRI or blank node label. */
    record Ref(String id) implements Value {
    }

    /**
     * A literal: its lexical form, datatype IRI and, for {@code rdf:langString}, its language tag.
     *
     * @param lexical the lexical form
     * @param datatype the datatype IRI
     * @param language the language tag, empty unless the datatype is {@code rdf:langString}
     */
    record Literal(String lexical, String datatype, String language) implements Value {

        /** A plain string ({@code xsd:string}). */
        static Literal string(String text) {
            return new Literal(text, Rdf.XSD_STRING, "");
        }

        /** A language-tagged string. */
        static Literal lang(String text, String language) {
            return new Literal(text, Rdf.LANG_STRING, language);
        }
    }

    /** Whether this is a blank node. */
    default boolean isBlank() {
        return this instanceof Ref ref && Rdf.isBlank(ref.id());
    }
}
