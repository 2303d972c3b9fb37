package io.github.microcredentials.signing.internal.rdf.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * RDFC-1.0 §4.7 "Hash Related Blank Node" and §4.8 "Hash N-Degree Quads": tells apart blank nodes
 * whose first-degree hashes are equal by exploring the blank nodes they are related to, trying
 * every permutation of related nodes with equal hashes. Each call and each permutation spends one
 * unit of the {@link WorkBudget}.
 */
final class HashNDegreeQuads {

    private static final char[] POSITIONS = {'s', 'o', 'g'};

    /** The result of the algorithm: a hash and the issuer that produced it. */
    record Result(String hash, IdentifierIssuer issuer) {
    }

    private final CanonicalizationState state;

    HashNDegreeQuads(CanonicalizationState state) {
        this.state = state;
    }

    Result hash(int identifier, IdentifierIssuer issuer) {
        state.budget.spend();
        Map<String, List<Integer>> hashToRelated = hashToRelated(identifier, issuer);
        StringBuilder dataToHash = new StringBuilder();
        IdentifierIssuer current = issuer;
        for (Map.Entry<String, List<Integer>> entry : hashToRelated.entrySet()) {
            dataToHash.append(entry.getKey());
            Choice choice = new Choice();
            Permutations permutations = new Permutations(entry.getValue());
            do {
                state.budget.spend();
                tryPermutation(permutations.current(), current, choice);
            } while (permutations.next());
            dataToHash.append(choice.path);
            current = Objects.requireNonNull(choice.issuer, "the first permutation is always chosen");
        }
        MessageDigest digest = state.digest();
        digest.update(dataToHash.toString().getBytes(StandardCharsets.UTF_8));
        return new Result(state.finish(), current);
    }

    /** Steps 1–3: related blank nodes grouped by their Hash Related Blank Node result, hashes in order. */
    private Map<String, List<Integer>> hashToRelated(int identifier, IdentifierIssuer issuer) {
        Map<String, List<Integer>> map = new TreeMap<>();
        for (Quad quad : state.quadsOf[identifier]) {
            RdfTerm[] components = {quad.subject(), quad.object(), quad.graph()};
            for (int p = 0; p < 3; p++) {
                RdfTerm component = components[p];
                if (component != null && component.isBlank() && component.blankNumber() != identifier) {
                    int related = component.blankNumber();
                    String hash = hashRelated(related, quad, issuer, POSITIONS[p]);
                    // A list, as the specification says: a node related twice in the same way counts twice.
                    map.computeIfAbsent(hash, h -> new ArrayList<>()).add(related);
                }
            }
        }
        return map;
    }

    /** §4.7: hash of position, predicate (unless graph) and the best identifier known for the related node. */
    private String hashRelated(int related, Quad quad, IdentifierIssuer issuer, char position) {
        String id;
        if (state.canonical.has(related)) {
            id = state.canonical.label(related);
        } else if (issuer.has(related)) {
            id = issuer.label(related);
        } else {
            id = state.firstDegree[related];
        }
        MessageDigest digest = state.digest();
        digest.update((byte) position);
        if (position != 'g') {
            digest.update(quad.predicate().text());
        }
        digest.update(id.getBytes(StandardCharsets.US_ASCII));
        return state.finish();
    }

    /** Step 5.4 for one permutation; updates the choice if this path is the smallest so far. */
    private void tryPermutation(int[] permutation, IdentifierIssuer issuer, Choice choice) {
        IdentifierIssuer copy = issuer.copy();
        StringBuilder path = new StringBuilder();
        List<Integer> recursion = new ArrayList<>();
        for (int related : permutation) {
            if (state.canonical.has(related)) {
                path.append(state.canonical.label(related));
            } else {
                if (!copy.has(related)) {
                    recursion.add(related);
                }
                path.append(copy.issue(related));
            }
            if (choice.worse(path)) {
                return;
            }
        }
        for (int related : recursion) {
            Result result = hash(related, copy);
            path.append(copy.issue(related)).append('<').append(result.hash()).append('>');
            copy = result.issuer();
            if (choice.worse(path)) {
                return;
            }
        }
        if (choice.path == null || path.toString().compareTo(choice.path) < 0) {
            choice.path = path.toString();
            choice.issuer = copy;
        }
    }

    /** The chosen path and issuer of step 5.4. */
    private static final class Choice {
        @Nullable String path;
        @Nullable IdentifierIssuer issuer;

        /**
         * Whether a partial path can no longer become the chosen one. The specification also asks
         * that it be at least as long; a shorter path greater than the chosen one only grows and
         * stays greater, so the length test changes nothing but the work done.
         */
        boolean worse(StringBuilder partial) {
            return path != null && partial.toString().compareTo(path) > 0;
        }
    }
}
