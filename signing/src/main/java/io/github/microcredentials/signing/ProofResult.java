package io.github.microcredentials.signing;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one proof: a Data Integrity proof of a proof set or chain, or the JWS of a VC-JWT.
 * Each proof of a set has its own result; the credential is valid only when every one is.
 *
 * @param index the proof's position in {@code proof} (0 for a JWS)
 * @param method the cryptosuite or JWS algorithm, as the proof names it ({@code ""} if absent), or the
 *     proof type of a legacy proof ({@code Ed25519Signature2020})
 * @param verificationMethod the verification method or {@code kid}, when the proof names one
 * @param failures the failed checks; empty when the proof is valid
 * @param warnings what a verifier should know about a valid proof (a superseded suite); never a failure
 */
public record ProofResult(int index, String method, Optional<URI> verificationMethod, List<Failure> failures,
        List<String> warnings) {

    /**
     * Validates and copies the members.
     *
     * @throws NullPointerException if a member is null
     */
    public ProofResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(verificationMethod, "verificationMethod");
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /**
     * A result without warnings.
     *
     * @param index the proof's position
     * @param method the cryptosuite or algorithm
     * @param verificationMethod the verification method
     * @param failures the failed checks
     */
    public ProofResult(int index, String method, Optional<URI> verificationMethod, List<Failure> failures) {
        this(index, method, verificationMethod, failures, List.of());
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
