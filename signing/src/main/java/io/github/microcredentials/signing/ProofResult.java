package io.github.microcredentials.signing;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one proof: a Data Integrity proof of a proof set, or the JWS of a VC-JWT.
 *
 * @param index the proof's position in {@code proof} (0 for a JWS)
 * @param method the cryptosuite or JWS algorithm, as the proof names it ({@code ""} if absent)
 * @param verificationMethod the verification method or {@code kid}, when the proof names one
 * @param failures the failed checks; empty when the proof is valid
 */
public record ProofResult(int index, String method, Optional<URI> verificationMethod, List<Failure> failures) {

    /**
     * Validates and copies the members.
     *
     * @throws NullPointerException if a member is null
     */
    public ProofResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        failures = List.copyOf(failures);
    }

    /**
     * Whether every check of this proof passed.
     *
     * @return {@code true} when there is no failure
     */
    public boolean valid() {
        return failures.isEmpty();
    }
}
