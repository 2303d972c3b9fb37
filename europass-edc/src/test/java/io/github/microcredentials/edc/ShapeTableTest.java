package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The constraint table the writer checks its output with ({@code internal/shape/edc-shapes.tsv})
 * is the EU's EDC SHACL shapes (edc-generic-full and edc-generic-no-cv), read here with Apache
 * Jena: every active shape's targets, paths, counts, classes, datatypes, node kinds, unique
 * languages, required values and bounds, and nothing else, so that a constraint the table would
 * miss fails this test.
 */
class ShapeTableTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    /** What a property shape may say; anything else would be a constraint the table cannot hold. */
    private static final Set<String> KNOWN = Set.of("path", "minCount", "maxCount", "class", "datatype", "nodeKind",
            "uniqueLang", "hasValue", "maxInclusive", "or", "node", "name", "description", "order", "severity",
            "message", "nodekind", "propertyShape", "deactivated");
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("elm", "http://data.europa.eu/snb/model/elm/");
        PREFIXES.put("dc", "http://purl.org/dc/terms/");
        PREFIXES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        PREFIXES.put("cred", "https://www.w3.org/2018/credentials#");
        PREFIXES.put("adms", "http://www.w3.org/ns/adms#");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("org", "http://www.w3.org/ns/org#");
        PREFIXES.put("rov", "http://www.w3.org/ns/regorg#");
        PREFIXES.put("person", "http://www.w3.org/ns/person#");
        PREFIXES.put("locn", "http://www.w3.org/ns/locn#");
        PREFIXES.put("sh", SH);
    }

    @Test
    void tableInTheJar_isTheEuShapes() throws IOException {
        String expected = table();
        String actual;
        try (InputStream in = ShapeTableTest.class.getResourceAsStream("/io/github/microcredentials/edc/internal/shape/edc-shapes.tsv")) {
            actual = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Files.writeString(Path.of("target", "edc-shapes.tsv"), expected);
        }
        assertThat(actual).as("regenerated into target/edc-shapes.tsv").isEqualTo(expected);
    }

    static String table() {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl")) {
            RDFDataMgr.read(shapes, new ByteArrayInputStream(Fixtures.bytes("shapes/" + file)), Lang.TURTLE);
        }
        Set<String> rows = new TreeSet<>();
        shapes.listSubjectsWithProperty(shapes.createProperty(SH + "targetClass")).forEachRemaining(shape -> {
            if (!deactivated(shape)) {
                shape.listProperties(shapes.createProperty(SH + "targetClass"))
                        .forEachRemaining(t -> rows(shape, name(t.getResource().getURI()), rows));
            }
        });
        StringBuilder out = new StringBuilder();
        out.append("# The EU's EDC SHACL shapes (edc-generic-full 1.1.0 importing edc-generic-no-cv), one row per\n")
                .append("# constraint; derived by ShapeTableTest from the shapes in the European Learning Model repository\n")
                .append("# (european-commission-empl/European-Learning-Model @ 9d7c5d22, rdf/ap/edc/, CC BY 4.0).\n")
                .append("# focus (a class, then the properties whose values the shape applies to)\tpath\tminCount\tmaxCount")
                .append("\tclass (alternatives |)\tdatatype\tnodeKind\tuniqueLang\thasValue\tmaxInclusive\tname\n");
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static void rows(Resource shape, String focus, Set<String> rows) {
        shape.listProperties(shape.getModel().createProperty(SH + "property")).forEachRemaining(p -> {
            Resource property = p.getResource();
            if (deactivated(property)) {
                return;
            }
            property.listProperties().forEachRemaining(s -> {
                String predicate = s.getPredicate().getURI();
                if (predicate.startsWith(SH)) {
                    assertThat(KNOWN).as("constraint " + predicate).contains(predicate.substring(SH.length()));
                }
            });
            String path = name(property.getPropertyResourceValue(prop(property, "path")).getURI());
            List<String> classes = new ArrayList<>();
            value(property, "class").ifPresent(c -> classes.add(name(c.asResource().getURI())));
            value(property, "or").ifPresent(or -> or.as(RDFList.class).iterator().forEachRemaining(alt ->
                    classes.add(alternative(alt.asResource()))));
            rows.add(String.join("\t", focus, path, text(property, "minCount"), text(property, "maxCount"),
                    String.join("|", classes), iri(property, "datatype"), iri(property, "nodeKind"),
                    text(property, "uniqueLang"), iri(property, "hasValue"), text(property, "maxInclusive"),
                    value(property, "name").map(n -> n.asLiteral().getLexicalForm()).orElse("")));
            value(property, "node").ifPresent(node -> rows(node.asResource(), focus + " " + path, rows));
        });
    }

    private static String alternative(Resource alternative) {
        Statement cls = alternative.getProperty(prop(alternative, "class"));
        if (cls != null) {
            return name(cls.getResource().getURI());
        }
        return "datatype=" + name(alternative.getPropertyResourceValue(prop(alternative, "datatype")).getURI());
    }

    private static boolean deactivated(Resource shape) {
        Statement d = shape.getProperty(prop(shape, "deactivated"));
        return d != null && d.getBoolean();
    }

    private static org.apache.jena.rdf.model.Property prop(Resource r, String local) {
        return r.getModel().createProperty(SH + local);
    }

    private static java.util.Optional<RDFNode> value(Resource r, String local) {
        Statement s = r.getProperty(prop(r, local));
        return java.util.Optional.ofNullable(s == null ? null : s.getObject());
    }

    private static String text(Resource r, String local) {
        return value(r, local).map(v -> v.asLiteral().getLexicalForm()).orElse("");
    }

    private static String iri(Resource r, String local) {
        return value(r, local).map(v -> name(v.asResource().getURI())).orElse("");
    }

    static String name(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue())) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }

    @SuppressWarnings("unused")
    private static boolean isType(Statement s) {
        return s.getPredicate().equals(RDF.type);
    }
}
