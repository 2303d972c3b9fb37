package io.github.microcredentials.seals.internal.seal;

import java.util.Objects;

/**
 * What one check found: the rule broken, where, and why. Its severity is not decided here but by
 * the caller's policy.
 *
 * @param rule the rule
 * @param location where
 * @param message why
 */
public record Finding(Rule rule, String location, String message) {

    /**
     * Checks the members.
     *
     * @throws NullPointerException if a member is null
     */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }
}
