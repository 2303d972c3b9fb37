package io.github.microcredentials.edc.internal.preserve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.internal.compact.CompactJson;
import io.github.microcredentials.edc.internal.graph.Graph;
import io.github.microcredentials.edc.internal.graph.Rdf;
import io.github.microcredentials.edc.internal.graph.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The JSON of a {@link Complement}: {@code {"version": 1, "nodes": {name: id}, "add": [node],
 * "omit": [node]}}, where each node is {@code {"id": …, property: [value]}} as in flattened
 * JSON-LD, properties as compact IRIs ({@code elm:gender}), values {@code {"id": …}} for nodes,
 * plain strings for {@code xsd:string}, and value objects ({@code @value} with {@code @type} or
 * {@code @language}) for other literals.
 */
final class ComplementJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int VERSION = 1;
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("elm", Rdf.ELM);
        PREFIXES.put("dc", "http://purl.org/dc/terms/");
        PREFIXES.put("skos", Rdf.SKOS);
        PREFIXES.put("cred", "https://www.w3.org/2018/credentials#");
        PREFIXES.put("adms", "http://www.w3.org/ns/adms#");
        PREFIXES.put("foaf", "http://xmlns.com/foaf/0.1/");
        PREFIXES.put("rdf", Rdf.RDF);
        PREFIXES.put("xsd", Rdf.XSD);
        PREFIXES.put("org", "http://www.w3.org/ns/org#");
        PREFIXES.put("rov", "http://www.w3.org/ns/regorg#");
        PREFIXES.put("person", "http://www.w3.org/ns/person#");
        PREFIXES.put("locn", "http://www.w3.org/ns/locn#");
    }

    private ComplementJson() {
    }

    static String write(Complement complement) {
        ObjectNode root = NODES.objectNode().put("version", VERSION);
        ObjectNode nodes = root.putObject("nodes");
        complement.nodes.forEach(nodes::put);
        root.set("add", graph(complement.add));
        root.set("omit", graph(complement.omit));
        return CompactJson.text(root);
    }

    /**
     * The statements with subjects and properties sorted, so that equal complements have equal
     * JSON; values keep the order of the document read, which a reader taking the first of several
     * values depends on.
     */
    private static ArrayNode graph(Graph graph) {
        ArrayNode array = NODES.arrayNode();
        for (String subject : new TreeSet<>(graph.subjects())) {
            if (graph.properties(subject).isEmpty()) {
                continue;
            }
            ObjectNode node = array.addObject().put("id", subject);
            new TreeMap<>(graph.properties(subject)).forEach((property, values) -> {
                ArrayNode list = node.putArray(compact(property));
                values.forEach(v -> list.add(value(v)));
            });
        }
        return array;
    }

    private static JsonNode value(Value value) {
        if (value instanceof Value.Ref ref) {
            return NODES.objectNode().put("id", ref.id());
        }
        Value.Literal literal = (Value.Literal) value;
        if (literal.datatype().equals(Rdf.XSD_STRING)) {
            return NODES.textNode(literal.lexical());
        }
        ObjectNode object = NODES.objectNode().put("@value", literal.lexical());
        return literal.datatype().equals(Rdf.LANG_STRING) ? object.put("@language", literal.language())
                : object.put("@type", compact(literal.datatype()));
    }

    /**
     * Reads a complement.
     *
     * @throws IllegalArgumentException if the JSON is not one
     */
    static Complement read(String json) {
        JsonNode root = CompactJson.tree(json);
        if (root.path("version").asInt() != VERSION || !root.path("nodes").isObject()
                || !root.path("add").isArray() || !root.path("omit").isArray()) {
            throw new IllegalArgumentException("not preserved EDC data of version " + VERSION);
        }
        Map<String, String> nodes = new LinkedHashMap<>();
        root.get("nodes").properties().forEach(e -> nodes.put(e.getKey(), text(e.getValue(), "a node identifier")));
        return new Complement(nodes, graph(root.get("add")), graph(root.get("omit")));
    }

    private static Graph graph(JsonNode array) {
        Graph graph = new Graph();
        for (JsonNode node : array) {
            String subject = text(node.path("id"), "a subject");
            graph.touch(subject);
            node.properties().forEach(e -> {
                if (!e.getKey().equals("id")) {
                    String property = expand(e.getKey());
                    for (JsonNode value : e.getValue()) {
                        graph.add(subject, property, value(value));
                    }
                }
            });
        }
        return graph;
    }

    private static Value value(JsonNode node) {
        if (node.isTextual()) {
            return new Value.Literal(node.asText(), Rdf.XSD_STRING, "");
        }
        if (node.has("id")) {
            return new Value.Ref(text(node.get("id"), "a node identifier"));
        }
        String lexical = text(node.path("@value"), "a literal");
        if (node.has("@language")) {
            return new Value.Literal(lexical, Rdf.LANG_STRING, text(node.get("@language"), "a language tag"));
        }
        return new Value.Literal(lexical, expand(text(node.path("@type"), "a datatype")), "");
    }

    private static String text(JsonNode node, String what) {
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new IllegalArgumentException("preserved EDC data without " + what);
        }
        return node.asText();
    }

    private static String compact(String iri) {
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (iri.startsWith(prefix.getValue()) && iri.length() > prefix.getValue().length()) {
                return prefix.getKey() + ":" + iri.substring(prefix.getValue().length());
            }
        }
        return iri;
    }

    private static String expand(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String prefix = PREFIXES.get(name.substring(0, colon));
            if (prefix != null && !name.startsWith("//", colon + 1)) {
                return prefix + name.substring(colon + 1);
            }
        }
        return name;
    }
}
