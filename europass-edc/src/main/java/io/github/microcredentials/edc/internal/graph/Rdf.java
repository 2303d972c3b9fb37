package io.github.microcredentials.edc.internal.graph;

/** The IRIs the graph layer needs by name. */
public final class Rdf {

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String TYPE = RDF + "type";
    public static final String LANG_STRING = RDF + "langString";
    public static final String XSD_STRING = XSD + "string";
    public static final String XSD_INTEGER = XSD + "integer";
    public static final String XSD_DOUBLE = XSD + "double";
    public static final String XSD_BOOLEAN = XSD + "boolean";
    public static final String ELM = "http://data.europa.eu/snb/model/elm/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String CONCEPT = SKOS + "Concept";
    public static final String CONCEPT_SCHEME = SKOS + "ConceptScheme";
    public static final String IN_SCHEME = SKOS + "inScheme";

    private Rdf() {
    }

    /** Whether an identifier is a blank node label. */
    public static boolean isBlank(String id) {
        return id.startsWith("_:");
    }

    /** The last segment of an IRI, for messages. */
    public static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
