package io.github.microcredentials.signing.internal.rdf.canon;

/**
 * The bound on Hash N-Degree Quads work that stops "poison" datasets (RDFC-1.0 §4.8 and the
 * security considerations): one unit per call of the algorithm and per permutation it tries.
 */
final class WorkBudget {

    private final int max;
    private int spent;

    WorkBudget(int max) {
        this.max = max;
    }

    void spend() {
        if (++spent > max) {
            throw new Exceeded(max);
        }
    }

    int spent() {
        return spent;
    }

    /** Unwinds the recursion of Hash N-Degree Quads; turned into a checked exception at the boundary. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(int max) {
            super("RDF canonicalization exceeded its work bound (" + max + " Hash N-Degree Quads steps)", null, false, false);
        }
    }
}
