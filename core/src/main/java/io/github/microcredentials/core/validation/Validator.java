package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Messages;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Validates micro-credentials, learning opportunities, course designs and pathways against
 * {@link Profile}s, with a caller's {@link Policy} on top, and returns a {@link Report} that
 * collects every finding in one pass.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *         .profile(Profiles.council2022())
 *         .profile(Profiles.ects())
 *         .profile(Profiles.institution("UCN"))
 *         .build();
 * Report report = validator.validate(credential);
 * if (!report.conforms()) {
 *     report.findings(Severity.ERROR).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Build a validator once and share it: it is immutable and thread-safe, and everything it needs
 * (the active rules, their severities, the messages) is prepared when it is built. Findings point
 * with a JSON Pointer into the native JSON form of the validated object (see
 * {@link io.github.microcredentials.core.json.NativeJson}); nested documents (the opportunity of a
 * course design, the courses of a learning pathway, the micro-credentials of a pathway) are
 * validated too, their findings pointing below {@code /opportunity}, {@code /courses/i} or
 * {@code /microCredentials/i}. Messages are in the validator's locale (English unless set;
 * German is also shipped).
 */
public final class Validator {

    /** The default cap on findings per report. */
    public static final int DEFAULT_MAX_FINDINGS = 1000;

    private final Profile profile;
    private final Policy policy;
    private final Engine engine;
    private final Messages messages;

    private Validator(Profile profile, Policy policy, Engine engine, Messages messages) {
        this.profile = profile;
        this.policy = policy;
        this.engine = engine;
        this.messages = messages;
    }

    /**
     * A validator of the default profile, Council Recommendation 2022 + ECTS, in English.
     *
     * @return the validator
     */
    public static Validator create() {
        return builder().build();
    }

    /**
     * A validator of one profile, in English.
     *
     * @param profile the profile, possibly composed
     * @return the validator
     */
    public static Validator of(Profile profile) {
        return builder().profile(profile).build();
    }

    /**
     * Starts a validator.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates an issued micro-credential (or non-credit badge).
     *
     * @param credential the credential
     * @return the findings
     */
    public Report validate(MicroCredential credential) {
        return engine.validate(Objects.requireNonNull(credential, "credential"), messages);
    }

    /**
     * Validates a learning opportunity: a micro-credential specification or a standalone course.
     *
     * @param opportunity the opportunity
     * @return the findings
     */
    public Report validate(LearningOpportunity opportunity) {
        return engine.validate(Objects.requireNonNull(opportunity, "opportunity"), messages);
    }

    /**
     * Validates a HEROES course design and the opportunity it designs.
     *
     * @param design the course design
     * @return the findings
     */
    public Report validate(CourseDesign design) {
        return engine.validate(Objects.requireNonNull(design, "design"), messages);
    }

    /**
     * Validates a learning pathway and its standalone courses.
     *
     * @param pathway the learning pathway
     * @return the findings
     */
    public Report validate(LearningPathway pathway) {
        return engine.validate(Objects.requireNonNull(pathway, "pathway"), messages);
    }

    /**
     * Validates a micro-credential pathway and its stacked micro-credentials.
     *
     * @param pathway the micro-credential pathway
     * @return the findings
     */
    public Report validate(MicroCredentialPathway pathway) {
        return engine.validate(Objects.requireNonNull(pathway, "pathway"), messages);
    }

    /**
     * Validates any document of the model, for example one read by
     * {@link io.github.microcredentials.core.json.NativeJson#readAny(byte[])}.
     *
     * @param document the document
     * @return the findings
     */
    public Report validateDocument(Document document) {
        Objects.requireNonNull(document, "document");
        if (document instanceof MicroCredential mc) {
            return validate(mc);
        } else if (document instanceof LearningOpportunity lo) {
            return validate(lo);
        } else if (document instanceof CourseDesign design) {
            return validate(design);
        } else if (document instanceof LearningPathway pathway) {
            return validate(pathway);
        }
        // The last kind the sealed Document permits.
        return validate((MicroCredentialPathway) document);
    }

    /**
     * This validator with messages in another language. Cheap: the rules are shared.
     *
     * @param locale the language of the messages; English is used where no bundle for it is shipped
     * @return a validator that differs only in its locale
     */
    public Validator withLocale(Locale locale) {
        return new Validator(profile, policy, engine, RuleRegistry.validationMessages(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * The languages messages are shipped in; any other locale gets English messages.
     *
     * @return English and German, in that order
     */
    public static List<Locale> supportedLocales() {
        return Messages.SHIPPED;
    }

    /**
     * The language messages are in.
     *
     * @return the requested locale
     */
    public Locale locale() {
        return messages.locale();
    }

    /**
     * The composed profile.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * The caller's policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The rules this validator runs, with the severity of their findings after the policy.
     *
     * @return an unmodifiable map in rule order
     */
    public Map<Rule, Severity> rules() {
        return engine.severities();
    }

    /**
     * The most findings a report records.
     *
     * @return the cap
     */
    public int maxFindings() {
        return engine.maxFindings();
    }

    @Override
    public String toString() {
        return "Validator[" + profile.name() + ", " + engine.severities().size() + " rules, " + locale() + "]";
    }

    /** Builds a {@link Validator}. */
    public static final class Builder {
        private @Nullable Profile profile;
        private Policy policy = Policy.defaults();
        private int maxFindings = DEFAULT_MAX_FINDINGS;
        private Locale locale = Locale.ENGLISH;

        private Builder() {
        }

        /**
         * Adds a profile; several profiles compose. Without any, the validator uses
         * {@link Profiles#defaults()}.
         *
         * @param value the profile
         * @return this builder
         * @throws IllegalArgumentException if it names a different institution than an earlier profile
         */
        public Builder profile(Profile value) {
            Objects.requireNonNull(value, "profile");
            profile = profile == null ? value : profile.and(value);
            return this;
        }

        /**
         * Sets the caller's severity overrides.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(Policy value) {
            policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /**
         * Sets the most findings a report records; later findings only mark the report truncated.
         *
         * @param value the cap, at least 1 (default {@value Validator#DEFAULT_MAX_FINDINGS})
         * @return this builder
         * @throws IllegalArgumentException if the cap is not positive
         */
        public Builder maxFindings(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the cap on findings must be positive, got " + value);
            }
            maxFindings = value;
            return this;
        }

        /**
         * Sets the language of messages (default English).
         *
         * @param value the locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Builds the validator, preparing the active rules and the messages.
         *
         * @return the validator
         */
        public Validator build() {
            Profile chosen = profile != null ? profile : Profiles.defaults();
            Map<String, Severity> active = new LinkedHashMap<>();
            for (Rule rule : Checks.rules()) {
                Optional<Severity> severity = policy.apply(rule.id(), chosen.rules().get(rule.id()));
                if (severity.isPresent()) {
                    active.put(rule.id(), severity.get());
                }
            }
            Engine engine = new Engine(active, chosen.institution(), maxFindings);
            return new Validator(chosen, policy, engine, RuleRegistry.validationMessages(locale));
        }
    }
}
