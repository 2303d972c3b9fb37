package io.github.microcredentials.edc.internal.preserve;

import io.github.microcredentials.edc.internal.graph.Graph;
import io.github.microcredentials.edc.internal.graph.Rdf;
import io.github.microcredentials.edc.internal.graph.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for the nodes a writer numbers ({@code urn:epass:…}) by where they are rather than by
 * their number: the path of properties from the credential, their types, and where several nodes
 * share both, a digest of their own literal statements. A node keeps its name when the credential
 * is edited elsewhere, so that what was preserved about it finds it again.
 */
final class NodeKeys {

    private NodeKeys() {
    }

    /**
     * The names of a graph's local nodes.
     *
     * @param graph the writer's graph
     * @param root the credential node
     * @return local node identifier → name
     */
    static Map<String, String> of(Graph graph, String root) {
        Map<String, String> paths = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        paths.put(root, "");
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            graph.properties(node).forEach((property, values) -> {
                if (property.equals(Rdf.TYPE)) {
                    return;
                }
                for (Value value : values) {
                    if (value instanceof Value.Ref ref && !paths.containsKey(ref.id())) {
                        paths.put(ref.id(), paths.get(node) + "/" + Rdf.localName(property));
                        queue.addLast(ref.id());
                    }
                }
            });
        }
        return names(graph, paths);
    }

    private static Map<String, String> names(Graph graph, Map<String, String> paths) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        paths.forEach((node, path) -> {
            if (isLocal(node)) {
                byPlace.computeIfAbsent(path + " " + types(graph, node), k -> new ArrayList<>()).add(node);
            }
        });
        Map<String, String> names = new HashMap<>();
        byPlace.forEach((place, nodes) -> {
            if (nodes.size() == 1) {
                names.put(nodes.get(0), place);
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (String node : nodes) {
                String name = place + " " + digest(graph, node);
                int n = seen.merge(name, 1, Integer::sum);
                names.put(node, n == 1 ? name : name + " " + n);
            }
        });
        return names;
    }

    /** Whether a writer gave the node its identifier (a number or a model part's identifier). */
    static boolean isLocal(String id) {
        return id.startsWith("urn:epass:") || Rdf.isBlank(id);
    }

    private static String types(Graph graph, String node) {
        List<String> types = new ArrayList<>();
        graph.types(node).forEach(t -> types.add(Rdf.localName(t)));
        Collections.sort(types);
        return String.join(",", types);
    }

    /** A digest of what the node itself says: its literals and the non-local nodes it names. */
    private static String digest(Graph graph, String node) {
        List<String> lines = new ArrayList<>();
        graph.statements(node).forEach(s -> {
            if (s.object() instanceof Value.Literal || s.object() instanceof Value.Ref ref && !isLocal(ref.id())) {
                lines.add(s.property() + " " + s.object());
            }
        });
        Collections.sort(lines);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
