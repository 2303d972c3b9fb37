package io.github.microcredentials.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A caller's severity overrides, applied on top of the profiles: raise, lower or switch off a rule
 * by its id without forking the library. A rule that no profile enables is enabled by giving it a
 * severity here. Reader rules ({@code JSON-UNKNOWN-PROPERTY}, and the {@code EDC-*} and
 * {@code OB3-*} rules of the format modules present) are set the same way, for the readers given
 * the policy ({@code withPolicy}); a validator ignores them.
 *
 * <pre>{@code
 * Policy policy = Policy.builder()
 *         .severity("HE-LO-VERB", Severity.ERROR)   // vague outcomes fail our QA
 *         .disable("CR-O3")                        // we never show grades
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Policy {

    private static final Policy DEFAULTS = new Policy(Map.of());

    /** Rule id to severity; an empty value switches the rule off. */
    private final Map<String, Optional<Severity>> overrides;

    private Policy(Map<String, Optional<Severity>> overrides) {
        this.overrides = overrides;
    }

    /**
     * The policy that changes nothing: every rule has the severity its profile gives it.
     *
     * @return the empty policy
     */
    public static Policy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a policy.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The overrides, by rule id, in the order they were given.
     *
     * @return an unmodifiable map; an empty value means the rule is switched off
     */
    public Map<String, Optional<Severity>> overrides() {
        return overrides;
    }

    /**
     * The severity a rule has under this policy.
     *
     * @param ruleId the rule id
     * @param fromProfile the severity the profiles give it, or {@code null} when no profile enables it
     * @return the severity, or empty when the rule does not run
     */
    public Optional<Severity> apply(String ruleId, @Nullable Severity fromProfile) {
        Optional<Severity> override = overrides.get(ruleId);
        return override != null ? override : Optional.ofNullable(fromProfile);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Policy p && overrides.equals(p.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    @Override
    public String toString() {
        return "Policy" + overrides;
    }

    /** Builds a {@link Policy}. Later settings for the same rule replace earlier ones. */
    public static final class Builder {
        private final Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Gives a rule a severity, enabling it if no profile does.
         *
         * @param ruleId the rule id, for example {@code "HE-LO-VERB"}
         * @param severity the severity its findings get
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id
         */
        public Builder severity(String ruleId, Severity severity) {
            Objects.requireNonNull(severity, "severity");
            overrides.put(Rule.require(ruleId).id(), Optional.of(severity));
            return this;
        }

        /**
         * Switches a rule off.
         *
         * @param ruleId the rule id
         * @return this builder
         * @throws IllegalArgumentException if no rule has that id
         */
        public Builder disable(String ruleId) {
            overrides.put(Rule.require(ruleId).id(), Optional.empty());
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public Policy build() {
            return overrides.isEmpty() ? DEFAULTS
                    : new Policy(Collections.unmodifiableMap(new LinkedHashMap<>(overrides)));
        }
    }
}
