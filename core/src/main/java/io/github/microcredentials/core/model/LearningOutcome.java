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
 */
public final class LearningOutcome {

    private final String id;
    private final LocalizedString text;
    private final Optional<String> verb;
    private final Optional<OutcomeType> type;
    private final Optional<String> subject;
    private final Optional<String> standard;
    private final Optional<String> context;
    private final List<Skill> skills;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     *
     * @throws IllegalArgumentException if the identifier is blank
     */
    private LearningOutcome(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.text = Objects.requireNonNull(b.text, "text");
        this.verb = Optional.ofNullable(b.verb);
        this.type = Optional.ofNullable(b.type);
        this.subject = Optional.ofNullable(b.subject);
        this.standard = Optional.ofNullable(b.standard);
        this.context = Optional.ofNullable(b.context);
        this.skills = List.copyOf(b.skills);
        Ids.check(id, "learning outcome id");
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

    /** An identifier unique within the credential or opportunity, for example {@code "lo-1"}. */
    public String id() {
        return id;
    }

    /** The full statement, for example "Design a relational database schema …". */
    public LocalizedString text() {
        return text;
    }

    /** The active verb, for example "design", if stated separately. */
    public Optional<String> verb() {
        return verb;
    }

    /** The type of outcome (knowledge, skills, responsibility and autonomy), if stated. */
    public Optional<OutcomeType> type() {
        return type;
    }

    /** What the verb acts on, if stated separately. */
    public Optional<String> subject() {
        return subject;
    }

    /** The standard of performance expected, if stated. */
    public Optional<String> standard() {
        return standard;
    }

    /** The context in which the outcome is shown, if stated. */
    public Optional<String> context() {
        return context;
    }

    /** The ESCO (or other) skills the outcome relates to. */
    public List<Skill> skills() {
        return skills;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LearningOutcome that)) {
            return false;
        }
        return id.equals(that.id)
                && text.equals(that.text)
                && verb.equals(that.verb)
                && type.equals(that.type)
                && subject.equals(that.subject)
                && standard.equals(that.standard)
                && context.equals(that.context)
                && skills.equals(that.skills);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, text, verb, type, subject, standard, context, skills);
    }

    /** Returns the elements in the form records use. */
    @Override
    public String toString() {
        return "LearningOutcome[id=" + id + ", text=" + text + ", verb=" + verb + ", type=" + type
                + ", subject=" + subject + ", standard=" + standard + ", context=" + context
                + ", skills=" + skills + "]";
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
            return new LearningOutcome(this);
        }
    }
}
