package io.github.microcredentials.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * One failed check.
 *
 * @param code what failed
 * @param location a JSON Pointer into the document ({@code /proof/0/created}), a JOSE part
 *     ({@code header/alg}), or {@code ""} for the whole document
 * @param message the reason in words
 * @param ruleId the id of the rule the failure breaks, where it breaks one: the W3C VC Data Model
 *     rules ({@code VCDM-*}, {@link FailureCode#DATA_MODEL_VIOLATION}); listed by
 *     {@link io.github.microcredentials.core.validation.Rule#all()}
 */
public record Failure(FailureCode code, String location, String message, Optional<String> ruleId) {

    /**
     * Validates the members.
     *
     * @throws NullPointerException if a member is null
     */
    public Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /**
     * A failure that breaks no named rule.
     *
     * @param code what failed
     * @param location where
     * @param message the reason in words
     */
    public Failure(FailureCode code, String location, String message) {
        this(code, location, message, Optional.empty());
    }

    /**
     * This failure citing a rule.
     *
     * @param id the rule id
     * @return a failure that differs only in its rule id
     */
    public Failure withRuleId(String id) {
        return new Failure(code, location, message, Optional.of(id));
    }

    @Override
    public String toString() {
        return code + ruleId.map(r -> " " + r).orElse("") + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
