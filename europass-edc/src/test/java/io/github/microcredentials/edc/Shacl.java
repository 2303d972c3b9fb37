package io.github.microcredentials.edc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Validates JSON-LD against the EDC SHACL shapes (edc-generic-full, which imports
 * edc-generic-no-cv) with Apache Jena, offline: the remote contexts are replaced by the bundled
 * ones before Jena sees the document.
 */
final class Shacl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Shapes SHAPES = loadShapes();

    private Shacl() {
    }

    private static Shapes loadShapes() {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : List.of("EDC-generic-no-cv.ttl", "EDC-generic-full.ttl")) {
            RDFDataMgr.read(shapes, new ByteArrayInputStream(Fixtures.bytes("shapes/" + file)), Lang.TURTLE);
        }
        return Shapes.parse(shapes.getGraph());
    }

    static ValidationReport validate(byte[] jsonLd) {
        Graph data = RDFParser.create().fromString(inlineContexts(jsonLd)).lang(Lang.JSONLD11).toGraph();
        return ShaclValidator.get().validate(SHAPES, data);
    }

    /** The violations as one line each: focus node, path, message. */
    static List<String> violations(ValidationReport report) {
        return report.getEntries().stream().map(Shacl::line).toList();
    }

    private static String line(ReportEntry e) {
        return e.focusNode() + " " + e.resultPath() + ": " + e.message();
    }

    private static String inlineContexts(byte[] jsonLd) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(jsonLd);
            ArrayNode inlined = JSON.createArrayNode();
            JsonNode contexts = root.path("@context");
            for (JsonNode context : contexts.isArray() ? contexts : List.of(contexts)) {
                inlined.add(JSON.readTree(JsonLdContexts.bundled().document(URI.create(context.asText()))
                        .orElseThrow(() -> new IllegalArgumentException("not bundled: " + context))).get("@context"));
            }
            root.set("@context", inlined);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
