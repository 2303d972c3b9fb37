package io.github.microcredentials.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A named set of rules, each with the severity its findings get by default, and optionally the
 * institution whose limits apply. The shipped profiles are in {@link Profiles}; profiles compose
 * with {@link #and(Profile)}, and callers can build their own.
 *
 * <p>When composed profiles give one rule different severities, the more severe one wins, so that
 * adding a profile never weakens another. A caller's {@link Policy} is applied afterwards and may
 * lower or switch off anything. Immutable and thread-safe.
 */
public final class Profile {

    private final String name;
    private final Map<String, Severity> rules;
    private final Optional<InstitutionPolicy> institution;

    private Profile(String name, Map<String, Severity> rules, Optional<InstitutionPolicy> institution) {
        this.name = name;
        this.rules = rules;
        this.institution = institution;
    }

    /**
     * Starts a profile.
     *
     * @param name the profile's name, for example {@code "Example University QA"}
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The profile's name; composed profiles join their names with {@code " + "}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The rules the profile enables, with their default severities, in rule order.
     *
     * @return an unmodifiable map from rule id to severity
     */
    public Map<String, Severity> rules() {
        return rules;
    }

    /**
     * The severity the profile gives a rule.
     *
     * @param ruleId the rule id
     * @return the severity, or empty when the profile does not enable the rule
     */
    public Optional<Severity> severity(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /**
     * The institution whose limits rules {@code ECTS-INST} and {@code ECTS-HOURS} apply.
     *
     * @return the institution policy, or empty when the profile names no institution
     */
    public Optional<InstitutionPolicy> institution() {
        return institution;
    }

    /**
     * This profile composed with another: the rules of both, the more severe severity where both
     * enable a rule, and the institution of whichever names one.
     *
     * @param other the other profile
     * @return the composed profile
     * @throws IllegalArgumentException if both name different institutions
     */
    public Profile and(Profile other) {
        // String.concat, not +: no string-concatenation bootstrap while the first validator is built
        return builder(name.concat(" + ").concat(other.name)).include(this).include(other).build();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Profile p && name.equals(p.name) && rules.equals(p.rules)
                && institution.equals(p.institution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rules, institution);
    }

    /** Returns the name and the number of rules. */
    @Override
    public String toString() {
        return "Profile[" + name + ", " + rules.size() + " rules"
                + (institution.isPresent() ? ", " + institution.get().name() : "") + "]";
    }

    /** Builds a {@link Profile}. */
    public static final class Builder {
        private final String name;
        private final Map<String, Severity> rules = new LinkedHashMap<>();
        private @Nullable InstitutionPolicy institution;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a profile needs a name");
            }
        }

        /**
         * Enables a rule with a severity; if the rule is already enabled, the more severe wins.
         *
         * @param ruleId the rule id
         * @param severity the default severity of its findings
         * @return this builder
         * @throws IllegalArgumentException if no validation rule has that id (reader rules are set by a
         *     {@link Policy})
         */
        public Builder rule(String ruleId, Severity severity) {
            Objects.requireNonNull(severity, "severity");
            String id = Checks.byId(Objects.requireNonNull(ruleId, "ruleId")).orElseThrow(
                    () -> new IllegalArgumentException("no validation rule has the id \"" + ruleId + "\""))
                    .id();
            Severity earlier = rules.get(id);
            if (earlier == null || severity.compareTo(earlier) < 0) {
                rules.put(id, severity);
            }
            return this;
        }

        /**
         * Adds every rule and the institution of another profile.
         *
         * @param profile the profile to include
         * @return this builder
         * @throws IllegalArgumentException if both name different institutions
         */
        public Builder include(Profile profile) {
            for (Map.Entry<String, Severity> rule : profile.rules.entrySet()) {
                rule(rule.getKey(), rule.getValue());
            }
            if (profile.institution.isPresent()) {
                institution(profile.institution.get());
            }
            return this;
        }

        /**
         * Names the institution whose limits apply, and enables rule {@code ECTS-INST} as an error
         * unless it is already enabled.
         *
         * @param policy the institution's limits
         * @return this builder
         * @throws IllegalArgumentException if a different institution is already named
         */
        public Builder institution(InstitutionPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            if (institution != null && !institution.equals(policy)) {
                throw new IllegalArgumentException("a profile applies one institution's limits, not both "
                        + institution.name() + " and " + policy.name());
            }
            institution = policy;
            rules.putIfAbsent("ECTS-INST", Severity.ERROR);
            return this;
        }

        /**
         * Builds the profile, its rules in the order of {@link Rule#validationRules()}.
         *
         * @return the profile
         */
        public Profile build() {
            Map<String, Severity> ordered = new LinkedHashMap<>();
            for (Rule rule : Checks.rules()) {
                Severity severity = rules.get(rule.id());
                if (severity != null) {
                    ordered.put(rule.id(), severity);
                }
            }
            return new Profile(name, Collections.unmodifiableMap(ordered), Optional.ofNullable(institution));
        }
    }
}
