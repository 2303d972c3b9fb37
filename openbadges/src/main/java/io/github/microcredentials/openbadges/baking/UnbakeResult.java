package io.github.microcredentials.openbadges.baking;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What unbaking an image found: the credential, or the problems that stopped it. The credential is
 * present only when there is no problem: an image with two credentials, a truncated or corrupt
 * chunk or a hostile SVG hands out none, since a displayer and a verifier could otherwise be shown
 * different credentials.
 */
public final class UnbakeResult {

    private final Optional<BakedCredential> credential;
    private final List<BakingProblem> problems;

    private UnbakeResult(Optional<BakedCredential> credential, List<BakingProblem> problems) {
        this.credential = credential;
        this.problems = List.copyOf(problems);
    }

    static UnbakeResult found(BakedCredential credential) {
        return new UnbakeResult(Optional.of(credential), List.of());
    }

    static UnbakeResult failed(List<BakingProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed result needs a problem");
        }
        return new UnbakeResult(Optional.empty(), problems);
    }

    static UnbakeResult failed(BakingProblem.Code code, String message) {
        return failed(List.of(new BakingProblem(code, message)));
    }

    /**
     * The credential, when the image carries exactly one and nothing is wrong.
     *
     * @return the credential, or empty
     */
    public Optional<BakedCredential> credential() {
        return credential;
    }

    /**
     * What is wrong; empty when a credential was found.
     *
     * @return the problems, in the order found
     */
    public List<BakingProblem> problems() {
        return problems;
    }

    /**
     * Whether a credential was found.
     *
     * @return {@code true} when {@link #credential()} is present
     */
    public boolean isBaked() {
        return credential.isPresent();
    }

    /** One line: the credential found, or the first problem. */
    @Override
    public String toString() {
        return credential.map(Objects::toString).orElseGet(() -> "not unbaked: " + problems.get(0));
    }
}
