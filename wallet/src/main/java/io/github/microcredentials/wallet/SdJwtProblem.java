package io.github.microcredentials.wallet;

import java.util.Objects;

/**
 * One problem found by a verification.
 *
 * @param code the stable code
 * @param location where: {@code issuer-jwt}, {@code kb-jwt}, {@code disclosure[3]}, a JSON Pointer into the claims, or {@code status}
 * @param message what is wrong (never key material)
 */
public record SdJwtProblem(SdJwtCode code, String location, String message) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public SdJwtProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + " at " + location + ": " + message;
    }
}
