package io.github.microcredentials.edc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.edc.internal.graph.Rdf;
import io.github.microcredentials.edc.internal.graph.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * RDF graphs of EDC documents as an independent JSON-LD processor (Apache Jena, JSON-LD 1.1 with
 * the bundled contexts inlined) makes them, and the library's own graphs in Jena's terms, so that
 * tests compare the two with Jena's graph isomorphism.
 */
final class JenaGraphs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JenaGraphs() {
    }

    /** The graph Jena reads from a JSON-LD document (its contexts replaced by the bundled ones). */
    static Graph parse(byte[] jsonLd) {
        return RDFParser.create().fromString(inlineContexts(jsonLd)).lang(Lang.JSONLD11).toGraph();
    }

    /** The graph Jena reads from a credential object, with the EDC contexts whatever it declares. */
    static Graph parseCredential(JsonNode credential) {
        ObjectNode copy = credential.deepCopy();
        copy.set("@context", JSON.createArrayNode().add("https://www.w3.org/2018/credentials/v1")
                .add("http://data.europa.eu/snb/model/context/edc-ap"));
        try {
            return parse(JSON.writeValueAsBytes(copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library's graph as a Jena graph (blank node labels become blank nodes). */
    static Graph of(io.github.microcredentials.edc.internal.graph.Graph graph) {
        Graph jena = GraphFactory.createDefaultGraph();
        Map<String, Node> blanks = new HashMap<>();
        graph.statements().forEach(s -> jena.add(node(s.subject(), blanks), NodeFactory.createURI(s.property()),
                value(s.object(), blanks)));
        return jena;
    }

    private static Node node(String id, Map<String, Node> blanks) {
        return Rdf.isBlank(id) ? blanks.computeIfAbsent(id, i -> NodeFactory.createBlankNode()) : NodeFactory.createURI(id);
    }

    private static Node value(Value value, Map<String, Node> blanks) {
        if (value instanceof Value.Ref ref) {
            return node(ref.id(), blanks);
        }
        Value.Literal literal = (Value.Literal) value;
        if (literal.datatype().equals(Rdf.LANG_STRING)) {
            return NodeFactory.createLiteralLang(literal.lexical(), literal.language());
        }
        return NodeFactory.createLiteralDT(literal.lexical(), TypeMapper.getInstance().getSafeTypeByName(literal.datatype()));
    }

    static String inlineContexts(byte[] jsonLd) {
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
