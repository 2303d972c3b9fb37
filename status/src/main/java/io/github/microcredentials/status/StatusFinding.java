package io.github.microcredentials.status;

import java.util.Objects;

/**
 * One finding of a status check.
 *
 * @param code the stable code
 * @param level how it counts, from the policy
 * @param location a JSON Pointer into the checked credential ({@code /credentialStatus/0}), or into
 *     the status list credential prefixed with its URL
 * @param message what was found, in English
 */
public record StatusFinding(StatusCode code, StatusPolicy.Level level, String location, String message) {

    /**
     * Checks the parts.
     */
    public StatusFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return code + (code.specError().isPresent() ? " (" + code.specError().get() + ")" : "") + " at " + location
                + ": " + message;
    }
}
