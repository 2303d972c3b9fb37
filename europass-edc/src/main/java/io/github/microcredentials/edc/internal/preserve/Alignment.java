package io.github.microcredentials.edc.internal.preserve;

import io.github.microcredentials.edc.internal.graph.Graph;
import io.github.microcredentials.edc.internal.graph.Rdf;
import io.github.microcredentials.edc.internal.graph.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which node of the document read each node the writer numbered stands for. Both graphs are walked
 * together from the credential: under one property, nodes with the same identifier correspond;
 * a writer's local node corresponds to the input's node of the same types that shares the most
 * statements with it (or to the only one left). What corresponds takes the input's identifier, so
 * that the statements the two documents share are equal statements.
 */
final class Alignment {

    private final Graph written;
    private final Graph input;
    private final Map<String, String> aligned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private Alignment(Graph written, Graph input) {
        this.written = written;
        this.input = input;
    }

    /**
     * Aligns the writer's local nodes with the input's nodes.
     *
     * @param written the writer's graph
     * @param input the input's graph
     * @param root the credential, the same node in both
     * @return writer's local node → input node
     */
    static Map<String, String> of(Graph written, Graph input, String root) {
        Alignment alignment = new Alignment(written, input);
        alignment.sameIdentifiers();
        alignment.walk(root);
        return alignment.aligned;
    }

    /**
     * A local node with an identifier the input has too, for a node of the same types that says
     * mostly the same, is that node, wherever the two documents put it: the model keeps the
     * identifiers of organisations and of outcomes, assessments and activities.
     */
    private void sameIdentifiers() {
        for (String id : written.subjects()) {
            if (NodeKeys.isLocal(id) && input.hasNode(id)
                    && new HashSet<>(input.types(id)).equals(new HashSet<>(written.types(id))) && mostlyAlike(id)) {
                aligned.put(id, id);
                used.add(id);
            }
        }
    }

    /** Whether the input's node of the same identifier has most of what the writer's says. */
    private boolean mostlyAlike(String id) {
        int size = signature(written, id, "", 3, new HashSet<>()).size();
        return size > 0 && shared(id, id) * 2 > size;
    }

    private void walk(String root) {
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> visited = new HashSet<>();
        queue.add(new String[] {root, root});
        used.add(root);
        while (!queue.isEmpty()) {
            String[] pair = queue.removeFirst();
            if (!visited.add(pair[0] + " " + pair[1])) {
                continue;
            }
            written.properties(pair[0]).forEach((property, values) -> {
                if (!property.equals(Rdf.TYPE)) {
                    match(refs(values), refs(input.values(pair[1], property)), queue);
                }
            });
        }
    }

    private void match(List<String> ours, List<String> theirs, Deque<String[]> queue) {
        List<String> open = new ArrayList<>();
        for (String id : ours) {
            if (!NodeKeys.isLocal(id)) {
                if (theirs.contains(id)) {
                    queue.add(new String[] {id, id});
                }
            } else if (aligned.containsKey(id)) {
                queue.add(new String[] {id, aligned.get(id)});
            } else {
                open.add(id);
            }
        }
        for (String id : open) {
            String best = best(id, theirs);
            if (best != null) {
                aligned.put(id, best);
                used.add(best);
                queue.add(new String[] {id, best});
            }
        }
    }

    /**
     * The input node that corresponds best, or {@code null}: one that says exactly the same (even
     * if another writer's node corresponds to it already: EDC tools reuse one location where the
     * writer writes two equal ones), else the unused one that shares most, else the only unused one
     * unless a node taken already shares something (then none: a wrong match would reorder values).
     */
    private String best(String ours, List<String> theirs) {
        Set<String> types = new HashSet<>(written.types(ours));
        Set<String> mine = signature(written, ours, "", 3, new HashSet<>());
        List<String> unused = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(theirs)) {
            if (!new HashSet<>(input.types(id)).equals(types) || !NodeKeys.isLocal(id) && written.hasNode(id)) {
                continue;
            }
            if (!mine.isEmpty() && mine.equals(signature(input, id, "", 3, new HashSet<>()))) {
                return id;
            }
            if (!used.contains(id)) {
                unused.add(id);
            }
        }
        String best = null;
        int bestScore = 0;
        for (String id : unused) {
            int score = shared(ours, id) * 2 + (id.equals(ours) ? 1 : 0);
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        if (best != null) {
            return best;
        }
        boolean likerTaken = theirs.stream().anyMatch(id -> used.contains(id) && shared(ours, id) > 0);
        return unused.size() == 1 && !likerTaken ? unused.get(0) : null;
    }

    /**
     * How much a writer's node and an input node say alike: the literals and non-local nodes they
     * share, on themselves and on the local nodes below them (a location is known by its address's
     * country), up to three levels down.
     */
    private int shared(String ours, String theirs) {
        Set<String> mine = signature(written, ours, "", 3, new HashSet<>());
        Set<String> other = signature(input, theirs, "", 3, new HashSet<>());
        mine.retainAll(other);
        return mine.size();
    }

    private static Set<String> signature(Graph graph, String node, String path, int depth, Set<String> seen) {
        Set<String> lines = new HashSet<>();
        if (!seen.add(node)) {
            return lines;
        }
        for (Graph.Statement s : graph.statements(node)) {
            if (s.property().equals(Rdf.TYPE)) {
                continue;
            }
            String at = path + "/" + s.property();
            if (s.object() instanceof Value.Ref ref && NodeKeys.isLocal(ref.id())) {
                if (depth > 1) {
                    lines.addAll(signature(graph, ref.id(), at, depth - 1, seen));
                }
            } else {
                lines.add(at + " " + s.object());
            }
        }
        return lines;
    }

    private static List<String> refs(Set<Value> values) {
        List<String> refs = new ArrayList<>();
        for (Value value : values) {
            if (value instanceof Value.Ref ref) {
                refs.add(ref.id());
            }
        }
        return refs;
    }
}
