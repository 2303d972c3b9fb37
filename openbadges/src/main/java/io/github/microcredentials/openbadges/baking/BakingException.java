package io.github.microcredentials.openbadges.baking;

import java.util.Objects;

/**
 * Thrown when an image cannot be baked: it is not a PNG or SVG, is malformed or too large, already
 * carries a credential, or the credential is not a JSON object or compact JWS.
 */
public final class BakingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final BakingProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem what is wrong
     */
    public BakingException(BakingProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /**
     * What is wrong.
     *
     * @return the problem
     */
    public BakingProblem problem() {
        return problem;
    }
}
