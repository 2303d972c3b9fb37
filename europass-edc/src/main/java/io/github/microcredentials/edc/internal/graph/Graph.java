package io.github.microcredentials.edc.internal.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A set of RDF statements grouped by subject and property, in the order they were added (which
 * is the order of the JSON they came from, so that a document built from the graph reads as the
 * original did). Not thread-safe; used within one read or write.
 */
public final class Graph {

    /** One statement. */
    public record Statement(String subject, String property, Value object) {
    }

    private final Map<String, Map<String, Set<Value>>> nodes = new LinkedHashMap<>();

    /** Adds a statement (a statement that is already there is not repeated). */
    public void add(String subject, String property, Value object) {
        nodes.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                .computeIfAbsent(property, p -> new LinkedHashSet<>()).add(object);
    }

    public void add(Statement statement) {
        add(statement.subject(), statement.property(), statement.object());
    }

    /** Makes a node known without statements, so that it keeps its place in the order. */
    public void touch(String subject) {
        nodes.computeIfAbsent(subject, s -> new LinkedHashMap<>());
    }

    public boolean remove(Statement statement) {
        Map<String, Set<Value>> node = nodes.get(statement.subject());
        if (node == null) {
            return false;
        }
        Set<Value> values = node.get(statement.property());
        boolean removed = values != null && values.remove(statement.object());
        if (values != null && values.isEmpty()) {
            node.remove(statement.property());
        }
        return removed;
    }

    public boolean contains(Statement statement) {
        return values(statement.subject(), statement.property()).contains(statement.object());
    }

    /** The subjects, in order. */
    public Set<String> subjects() {
        return Collections.unmodifiableSet(nodes.keySet());
    }

    public boolean hasNode(String subject) {
        return nodes.containsKey(subject);
    }

    /** The properties of a subject and their values, in order. */
    public Map<String, Set<Value>> properties(String subject) {
        Map<String, Set<Value>> node = nodes.get(subject);
        return node == null ? Map.of() : Collections.unmodifiableMap(node);
    }

    public Set<Value> values(String subject, String property) {
        Set<Value> values = properties(subject).get(property);
        return values == null ? Set.of() : Collections.unmodifiableSet(values);
    }

    /** The types of a node (the IRIs of its {@code rdf:type} values). */
    public List<String> types(String subject) {
        List<String> types = new ArrayList<>();
        for (Value value : values(subject, Rdf.TYPE)) {
            if (value instanceof Value.Ref ref) {
                types.add(ref.id());
            }
        }
        return types;
    }

    public Optional<Value.Literal> literal(String subject, String property) {
        return values(subject, property).stream().filter(Value.Literal.class::isInstance)
                .map(Value.Literal.class::cast).findFirst();
    }

    /** Every statement, in order. */
    public List<Statement> statements() {
        List<Statement> all = new ArrayList<>();
        nodes.forEach((subject, properties) -> properties.forEach((property, values) ->
                values.forEach(value -> all.add(new Statement(subject, property, value)))));
        return all;
    }

    /** The statements about one subject, in order. */
    public List<Statement> statements(String subject) {
        List<Statement> all = new ArrayList<>();
        properties(subject).forEach((property, values) -> values.forEach(v -> all.add(new Statement(subject, property, v))));
        return all;
    }

    public int size() {
        int size = 0;
        for (Map<String, Set<Value>> node : nodes.values()) {
            for (Set<Value> values : node.values()) {
                size += values.size();
            }
        }
        return size;
    }

    /** A graph with the same statements. */
    public Graph copy() {
        Graph copy = new Graph();
        nodes.forEach((subject, properties) -> {
            copy.touch(subject);
            properties.forEach((property, values) -> values.forEach(v -> copy.add(subject, property, v)));
        });
        return copy;
    }

    /** The graph with node identifiers replaced (subjects and node objects), in the same order. */
    public Graph renamed(Map<String, String> ids) {
        Graph renamed = new Graph();
        nodes.forEach((subject, properties) -> {
            String s = ids.getOrDefault(subject, subject);
            renamed.touch(s);
            properties.forEach((property, values) -> values.forEach(v -> renamed.add(s,
                    property, v instanceof Value.Ref ref && ids.containsKey(ref.id()) ? new Value.Ref(ids.get(ref.id())) : v)));
        });
        return renamed;
    }
}
