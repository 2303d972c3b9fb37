package io.github.microcredentials.signing;

/**
 * Bounds on the work of turning a JSON-LD credential into canonical RDF (RDFC-1.0), so that a
 * hostile document (a "poison" graph of look-alike blank nodes, a flood of statements) fails
 * fast instead of taking minutes or the heap. A document over a bound is refused: verification
 * reports {@link FailureCode#LIMIT_EXCEEDED}, signing throws. The defaults leave room for any real
 * credential, an Annex I micro-credential or a European Digital Credential with thousands of
 * statements.
 *
 * @param maxQuads the most RDF statements (quads) a document may have
 * @param maxBlankNodes the most blank nodes (nodes without an identifier) a document may have
 * @param maxWork the most Hash N-Degree Quads steps (RDFC-1.0 §4.8: one per call and per
 *     permutation tried) canonicalization may take; credentials almost never need any, as their
 *     blank nodes differ in their own statements
 */
public record CanonicalizationLimits(int maxQuads, int maxBlankNodes, int maxWork) {

    /** The defaults: 100,000 statements, 20,000 blank nodes, 20,000 Hash N-Degree Quads steps. */
    public static final CanonicalizationLimits DEFAULT = new CanonicalizationLimits(100_000, 20_000, 20_000);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is not positive
     */
    public CanonicalizationLimits {
        if (maxQuads < 1 || maxBlankNodes < 1 || maxWork < 1) {
            throw new IllegalArgumentException("canonicalization limits must be positive");
        }
    }
}
