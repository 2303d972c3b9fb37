package io.github.microcredentials.signing;

import java.util.Objects;

/**
 * One failed check.
 *
 * @param code what failed
 * @param location a JSON Pointer into the document ({@code /proof/0/created}), a JOSE part
 *     ({@code header/alg}), or {@code ""} for the whole document
 * @param message the reason in words
 */
public record Failure(FailureCode code, String location, String message) {

    /**
     * Validates the members.
     *
     * @throws NullPointerException if a member is null
     */
    public Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
