package io.github.microcredentials.edc.internal.preserve;

import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.edc.internal.graph.Compactor;
import io.github.microcredentials.edc.internal.graph.Graph;
import io.github.microcredentials.edc.internal.graph.Value;
import io.github.microcredentials.edc.internal.shape.Cardinality;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an EDC says beyond what the writer makes of the credential read from it: the statements
 * the model has no element for ({@code add}), the statements the writer derives that the EDC did
 * not have ({@code omit}), and the identifiers of the nodes the writer numbers ({@code nodes}, by
 * {@link NodeKeys} name). Writing the credential again and applying this gives the EDC's graph:
 * the round trip EDC → model → EDC keeps every statement. Kept in the model as
 * {@link PreservedData} of format {@value #FORMAT}.
 */
public final class Complement {

    /** The format name of the preserved data. */
    public static final String FORMAT = "edc";

    /** The result of applying the complement to what the writer wrote. */
    public record Applied(Graph graph, Set<String> detached) {
    }

    final Map<String, String> nodes;
    final Graph add;
    final Graph omit;

    Complement(Map<String, String> nodes, Graph add, Graph omit) {
        this.nodes = nodes;
        this.add = add;
        this.omit = omit;
    }

    /**
     * The complement of what the writer made of a credential with respect to the EDC it was read from.
     *
     * @param input the EDC read
     * @param written what the writer writes of the credential read, in the same form
     * @param root the credential node (the same in both)
     * @return the preserved data, or empty when the writer writes the EDC's graph as it is
     */
    public static Optional<PreservedData> compute(Graph input, Graph written, String root) {
        Map<String, String> rename = new HashMap<>(Alignment.of(written, input, root));
        Set<String> taken = new HashSet<>(input.subjects());
        taken.addAll(rename.values());
        for (String id : written.subjects()) {
            if (NodeKeys.isLocal(id) && !rename.containsKey(id) && taken.contains(id)) {
                rename.put(id, fresh(id, taken, written));
            }
        }
        Graph ours = written.renamed(rename);
        Graph add = difference(input, ours);
        Graph omit = difference(ours, input);
        if (add.size() == 0 && omit.size() == 0 && rename.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
            return Optional.empty();
        }
        Map<String, String> nodes = new LinkedHashMap<>();
        NodeKeys.of(written, root).forEach((id, key) -> nodes.put(key, rename.getOrDefault(id, id)));
        return Optional.of(new PreservedData(FORMAT, ComplementJson.write(new Complement(nodes, add, omit))));
    }

    /**
     * Applies preserved data to what the writer wrote of a (possibly edited) credential.
     *
     * @param written the writer's graph
     * @param root the credential node
     * @param data the preserved data
     * @return the graph to write, and the nodes whose preserved statements no longer connect to
     *     the credential (an edit removed what they were about); they are not written
     * @throws IllegalArgumentException if the data is not preserved EDC data of this library
     */
    public static Applied apply(Graph written, String root, PreservedData data) {
        Complement complement = ComplementJson.read(data.json());
        Set<String> taken = new HashSet<>(complement.nodes.values());
        taken.addAll(complement.add.subjects());
        taken.addAll(complement.omit.subjects());
        Map<String, String> rename = new HashMap<>();
        Map<String, String> keys = NodeKeys.of(written, root);
        keys.forEach((id, key) -> {
            String target = complement.nodes.get(key);
            if (target != null) {
                rename.put(id, target);
            }
        });
        Set<String> targets = new HashSet<>(rename.values());
        for (String id : written.subjects()) {
            if (NodeKeys.isLocal(id) && !rename.containsKey(id) && (taken.contains(id) || targets.contains(id))) {
                rename.put(id, fresh(id, taken, written));
            }
        }
        Graph out = written.renamed(rename);
        Set<String> edited = edited(out, complement);
        Set<String> kept = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        for (String subject : edited) {
            for (String property : complement.omit.properties(subject).keySet()) {
                if (!complement.add.values(subject, property).isEmpty()) {
                    out.values(subject, property).forEach(v -> reach(out, v, kept));
                    complement.add.values(subject, property).forEach(v -> reach(complement.add, v, dropped));
                }
            }
        }
        for (Graph.Statement s : complement.omit.statements()) {
            if (!kept.contains(s.subject()) && !(edited.contains(s.subject()) && isReplaced(complement, s))) {
                out.remove(s);
            }
        }
        for (Graph.Statement s : complement.add.statements()) {
            if (!(edited.contains(s.subject()) && isReplaced(complement, s))) {
                out.add(s);
            }
        }
        Set<String> detached = new java.util.LinkedHashSet<>(Compactor.leftOut(out, root));
        detached.removeAll(dropped);
        return new Applied(out, detached);
    }

    /** Whether the EDC and the writer put a property of a node differently (a value of each). */
    private static boolean isReplaced(Complement complement, Graph.Statement s) {
        return !complement.add.values(s.subject(), s.property()).isEmpty()
                && !complement.omit.values(s.subject(), s.property()).isEmpty();
    }

    /** The nodes a value leads to in a graph (itself and what it says, down), added to a set. */
    private static void reach(Graph graph, Value value, Set<String> into) {
        java.util.Deque<Value> queue = new java.util.ArrayDeque<>(java.util.List.of(value));
        while (!queue.isEmpty()) {
            if (queue.removeFirst() instanceof Value.Ref ref && into.add(ref.id())) {
                graph.statements(ref.id()).forEach(s -> {
                    if (!s.property().equals(io.github.microcredentials.edc.internal.graph.Rdf.TYPE)) {
                        queue.addLast(s.object());
                    }
                });
            }
        }
    }

    /**
     * The nodes where the credential now says something else than the EDC's own value of a
     * property that takes one value (or one per language): the EDC said "x", the writer said "y"
     * when it was read, and now says "z". There the credential's edit wins for every property the
     * EDC and the writer put differently, so that a node stays of one piece (a picture and its
     * media type, a title in one language).
     */
    private static Set<String> edited(Graph out, Complement complement) {
        Set<String> edited = new HashSet<>();
        for (String subject : complement.omit.subjects()) {
            for (String property : complement.omit.properties(subject).keySet()) {
                boolean replaced = !complement.add.values(subject, property).isEmpty();
                if (replaced && !out.values(subject, property).equals(complement.omit.values(subject, property))
                        && Cardinality.isSingle(out.types(subject), property)) {
                    edited.add(subject);
                }
            }
        }
        return edited;
    }

    /** The number of statements the model does not carry. */
    public static int added(PreservedData data) {
        return ComplementJson.read(data.json()).add.size();
    }

    private static Graph difference(Graph a, Graph b) {
        Graph difference = new Graph();
        for (Graph.Statement s : a.statements()) {
            if (!b.contains(s)) {
                difference.add(s);
            }
        }
        return difference;
    }

    private static String fresh(String id, Set<String> taken, Graph written) {
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (!taken.contains(candidate) && !written.hasNode(candidate)) {
                taken.add(candidate);
                return candidate;
            }
        }
    }
}
