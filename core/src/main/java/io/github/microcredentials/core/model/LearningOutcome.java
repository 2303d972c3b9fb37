package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.OutcomeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A learning outcome (Annex I, element 6): what the learner knows, understands and is able to do.
 *
 * <p>Besides its text, an outcome may carry the structure HEROES asks for (D6.1 §3.7, after
 * Tuning): an observable active verb, the type of outcome, the subject, the standard and the
 * context. The {@link #id()} lets assessments and learning activities point to the outcomes they
 * assess or serve (rule HE-ALIGN).
 *
 * @param id an identifier unique within the credential or opportunity, for example {@code "lo-1"}
 * @param text the full statement, for example "Design a relational database schema …"
 * @param verb the active verb, for example "design", if stated separately
 * @param type the type of outcome (knowledge, skills, responsibility and autonomy), if stated
 * @param subject what the verb acts on, if stated separately
 * @param standard the standard of performance expected, if stated
 * @param context the context in which the outcome is shown, if stated
 * @param skills the ESCO (or other) skills the outcome relates to
 */
public record LearningOutcome(
        String id,
        LocalizedString text,
        Optional<String> verb,
        Optional<OutcomeType> type,
        Optional<String> subject,
        Optional<String> standard,
        Optional<String> context,
        List<Skill> skills) {

    /**
     * Checks the identifier and copies the skills.
     *
     * @throws IllegalArgumentException if the identifier is blank
     */
    public LearningOutcome {
        Ids.check(id, "learning outcome id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(context, "context");
        skills = List.copyOf(skills);
    }

    /**
     * An outcome with only its text.
     *
     * @param id the outcome's identifier
     * @param text the statement
     * @return the outcome
     */
    public static LearningOutcome of(String id, LocalizedString text) {
        return builder(id, text).build();
    }

    /**
     * Starts an outcome.
     *
     * @param id the outcome's identifier
     * @param text the statement
     * @return a builder
     */
    public static Builder builder(String id, LocalizedString text) {
        return new Builder(id, text);
    }

    /**
     * A builder initialised with this outcome's data.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, text).verb(verb.orElse(null)).type(type.orElse(null))
                .subject(subject.orElse(null)).standard(standard.orElse(null)).context(context.orElse(null));
        skills.forEach(b::addSkill);
        return b;
    }

    /** Builds a {@link LearningOutcome}; setters accept {@code null} to clear an optional value. */
    public static final class Builder {
        private final String id;
        private final LocalizedString text;
        private @Nullable String verb;
        private @Nullable OutcomeType type;
        private @Nullable String subject;
        private @Nullable String standard;
        private @Nullable String context;
        private final List<Skill> skills = new ArrayList<>();

        private Builder(String id, LocalizedString text) {
            this.id = id;
            this.text = text;
        }

        /**
         * Sets the active verb.
         *
         * @param value the verb
         * @return this builder
         */
        public Builder verb(@Nullable String value) {
            verb = value;
            return this;
        }

        /**
         * Sets the type of outcome.
         *
         * @param value the type
         * @return this builder
         */
        public Builder type(@Nullable OutcomeType value) {
            type = value;
            return this;
        }

        /**
         * Sets the subject.
         *
         * @param value the subject
         * @return this builder
         */
        public Builder subject(@Nullable String value) {
            subject = value;
            return this;
        }

        /**
         * Sets the standard of performance.
         *
         * @param value the standard
         * @return this builder
         */
        public Builder standard(@Nullable String value) {
            standard = value;
            return this;
        }

        /**
         * Sets the context.
         *
         * @param value the context
         * @return this builder
         */
        public Builder context(@Nullable String value) {
            context = value;
            return this;
        }

        /**
         * Adds a related skill.
         *
         * @param value the skill
         * @return this builder
         */
        public Builder addSkill(Skill value) {
            skills.add(Objects.requireNonNull(value, "skill"));
            return this;
        }

        /**
         * Builds the outcome.
         *
         * @return the outcome
         * @throws IllegalArgumentException if the identifier is blank
         */
        public LearningOutcome build() {
            return new LearningOutcome(id, text, Optional.ofNullable(verb), Optional.ofNullable(type),
                    Optional.ofNullable(subject), Optional.ofNullable(standard), Optional.ofNullable(context), skills);
        }
    }
}
