package io.github.microcredentials.edc.internal.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A graph as an EDC's JSON-LD tree, the inverse of {@link Flattener}: the top node with every node
 * it reaches embedded where it is first met (in the graph's order) and referenced by identifier
 * afterwards, except concepts, which are written in full wherever they occur as EDC tools and
 * {@code EdcWriter} write them. Blank nodes are embedded, without a label. Members are the
 * context's terms where one fits the value, else the property IRI.
 */
public final class Compactor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * The deepest nesting of nodes written: the library's JSON readers refuse documents nested
     * deeper than 64 levels, and a node takes two (its object and the array it is in).
     */
    static final int MAX_DEPTH = 30;

    private final EdcContext context = EdcContext.get();
    private final Graph graph;
    private final Set<String> embedded = new HashSet<>();

    private Compactor(Graph graph) {
        this.graph = graph;
    }

    /**
     * Writes a graph as a tree.
     *
     * @param graph the statements
     * @param root the top node
     * @param contexts the {@code @context} of the top node
     * @return the tree
     */
    public static ObjectNode compact(Graph graph, String root, List<String> contexts) {
        Compactor compactor = new Compactor(graph);
        ObjectNode top = NODES.objectNode();
        ArrayNode contextArray = top.putArray("@context");
        contexts.forEach(contextArray::add);
        compactor.node(top, root, true, new java.util.LinkedHashSet<>());
        return top;
    }

    /**
     * The nodes with statements that a tree of the graph leaves out: those no path from the top
     * node reaches, and those only reached deeper than the tree may nest.
     *
     * @param graph the statements
     * @param root the top node
     * @return their identifiers
     */
    public static Set<String> leftOut(Graph graph, String root) {
        Compactor compactor = new Compactor(graph);
        compactor.node(NODES.objectNode(), root, true, new java.util.LinkedHashSet<>());
        Set<String> left = new java.util.LinkedHashSet<>();
        for (String subject : graph.subjects()) {
            if (!compactor.embedded.contains(subject) && !graph.properties(subject).isEmpty()) {
                left.add(subject);
            }
        }
        return left;
    }

    private void node(ObjectNode out, String id, boolean top, Set<String> ancestors) {
        embedded.add(id);
        ancestors.add(id);
        if (!Rdf.isBlank(id)) {
            out.put("id", id);
        }
        List<String> types = graph.types(id);
        if (types.size() == 1) {
            out.put("type", context.className(types.get(0)));
        } else if (!types.isEmpty()) {
            ArrayNode array = out.putArray("type");
            types.forEach(t -> array.add(context.className(t)));
        }
        boolean credential = top && types.contains(EdcContext.VERIFIABLE_CREDENTIAL);
        graph.properties(id).forEach((property, values) -> {
            if (!property.equals(Rdf.TYPE)) {
                members(out, property, values, credential, ancestors);
            }
        });
        ancestors.remove(id);
    }

    /** The values of one property, grouped by the member they are written under. */
    private void members(ObjectNode out, String property, Set<Value> values, boolean credential, Set<String> ancestors) {
        Map<String, List<JsonNode>> byMember = new LinkedHashMap<>();
        Map<String, ObjectNode> languageMaps = new LinkedHashMap<>();
        for (Value value : values) {
            List<EdcContext.Term> terms = context.terms(property, value, credential);
            EdcContext.Term term = terms.isEmpty() ? new EdcContext.Term(property, property, "", false) : terms.get(0);
            if (term.languageMap()) {
                Value.Literal literal = (Value.Literal) value;
                ObjectNode map = languageMaps.computeIfAbsent(term.name(), n -> NODES.objectNode());
                addText(map, literal.language(), literal.lexical());
            } else {
                byMember.computeIfAbsent(term.name(), n -> new ArrayList<>()).add(value(term, value, ancestors));
            }
        }
        languageMaps.forEach(out::set);
        byMember.forEach((name, list) -> {
            if (list.size() == 1) {
                out.set(name, list.get(0));
            } else {
                ArrayNode array = out.putArray(name);
                list.forEach(array::add);
            }
        });
    }

    private static void addText(ObjectNode map, String language, String text) {
        JsonNode present = map.get(language);
        if (present == null) {
            map.put(language, text);
        } else if (present.isArray()) {
            ((ArrayNode) present).add(text);
        } else {
            map.putArray(language).add(present).add(text);
        }
    }

    private JsonNode value(EdcContext.Term term, Value value, Set<String> ancestors) {
        if (value instanceof Value.Ref ref) {
            if (embeds(ref.id(), ancestors)) {
                ObjectNode child = NODES.objectNode();
                node(child, ref.id(), false, ancestors);
                return child;
            }
            return term.isReference() ? NODES.textNode(ref.id()) : NODES.objectNode().put("id", ref.id());
        }
        return literal(term, (Value.Literal) value);
    }

    private boolean embeds(String id, Set<String> ancestors) {
        if (ancestors.contains(id) || ancestors.size() >= MAX_DEPTH) {
            return false;
        }
        if (Rdf.isBlank(id)) {
            return true;
        }
        boolean concept = graph.types(id).contains(Rdf.CONCEPT) || graph.types(id).contains(Rdf.CONCEPT_SCHEME);
        return !graph.properties(id).isEmpty() && (concept || !embedded.contains(id));
    }

    private JsonNode literal(EdcContext.Term term, Value.Literal literal) {
        String datatype = literal.datatype();
        if (datatype.equals(Rdf.LANG_STRING)) {
            return NODES.objectNode().put("@value", literal.lexical()).put("@language", literal.language());
        }
        if (term.coercion().equals(datatype) || term.coercion().isEmpty() && datatype.equals(Rdf.XSD_STRING)) {
            return NODES.textNode(literal.lexical());
        }
        if (term.coercion().isEmpty()) {
            JsonNode nativeValue = nativeValue(literal);
            if (nativeValue != null) {
                return nativeValue;
            }
        }
        return NODES.objectNode().put("@value", literal.lexical()).put("@type", datatype);
    }

    /** A literal JSON-LD makes from a JSON number or boolean, as that number or boolean. */
    private static JsonNode nativeValue(Value.Literal literal) {
        try {
            return switch (literal.datatype()) {
                case Rdf.XSD_INTEGER -> NODES.numberNode(new BigInteger(literal.lexical()));
                case Rdf.XSD_BOOLEAN -> literal.lexical().equals("true") || literal.lexical().equals("false")
                        ? NODES.booleanNode(Boolean.parseBoolean(literal.lexical())) : null;
                case Rdf.XSD_DOUBLE -> Flattener.number(new BigDecimal(literal.lexical()), Rdf.XSD_DOUBLE).equals(literal)
                        ? NODES.numberNode(new BigDecimal(literal.lexical())) : null;
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
