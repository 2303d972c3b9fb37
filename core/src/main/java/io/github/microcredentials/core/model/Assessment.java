package io.github.microcredentials.core.model;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An assessment: in a learning opportunity, one that learners will take; in an issued credential,
 * one the learner passed, possibly with its grade.
 *
 * <p>Its {@link #type()} is the type of assessment of Annex I (element 9), its
 * {@link #supervision()} the supervision and identity verification (optional element 2). It names
 * the learning outcomes it assesses (rule HE-ALIGN) and, in HEROES dual ECTS, the credits of the
 * assessment component.
 */
public final class Assessment {

    private final String id;
    private final LocalizedString title;
    private final Optional<AssessmentType> type;
    private final Optional<LocalizedString> description;
    private final List<String> assessedOutcomes;
    private final Optional<SupervisionVerification> supervision;
    private final Optional<AssessedBy> assessedBy;
    private final Optional<EctsCredits> credits;
    private final Optional<Grade> grade;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     *
     * @throws IllegalArgumentException if the identifier or an outcome identifier is blank
     */
    private Assessment(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.title = Objects.requireNonNull(b.title, "title");
        this.type = Optional.ofNullable(b.type);
        this.description = Optional.ofNullable(b.description);
        this.assessedOutcomes = List.copyOf(b.assessedOutcomes);
        this.supervision = Optional.ofNullable(b.supervision);
        this.assessedBy = Optional.ofNullable(b.assessedBy);
        this.credits = Optional.ofNullable(b.credits);
        this.grade = Optional.ofNullable(b.grade);
        Ids.check(id, "assessment id");
        assessedOutcomes.forEach(o -> Ids.check(o, "assessed outcome id"));
    }

    /**
     * Starts an assessment.
     *
     * @param id the assessment's identifier
     * @param title its name
     * @return a builder
     */
    public static Builder builder(String id, LocalizedString title) {
        return new Builder(id, title);
    }

    /**
     * A builder initialised with this assessment's data.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title).type(type.orElse(null)).description(description.orElse(null))
                .supervision(supervision.orElse(null)).assessedBy(assessedBy.orElse(null))
                .credits(credits.orElse(null)).grade(grade.orElse(null));
        assessedOutcomes.forEach(b::assesses);
        return b;
    }

    /** An identifier unique within the credential or opportunity. */
    public String id() {
        return id;
    }

    /** The assessment's name. */
    public LocalizedString title() {
        return title;
    }

    /** The type of assessment, if stated. */
    public Optional<AssessmentType> type() {
        return type;
    }

    /** The success criteria or a description (HEROES §5.10), if stated. */
    public Optional<LocalizedString> description() {
        return description;
    }

    /** The identifiers of the learning outcomes it assesses. */
    public List<String> assessedOutcomes() {
        return assessedOutcomes;
    }

    /** The supervision and identity verification, if stated. */
    public Optional<SupervisionVerification> supervision() {
        return supervision;
    }

    /** Whether a teacher grades it or it is graded automatically, if stated. */
    public Optional<AssessedBy> assessedBy() {
        return assessedBy;
    }

    /** The credits of the assessment component (dual ECTS), if stated. */
    public Optional<EctsCredits> credits() {
        return credits;
    }

    /** The grade achieved, in an issued credential. */
    public Optional<Grade> grade() {
        return grade;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Assessment that)) {
            return false;
        }
        return id.equals(that.id)
                && title.equals(that.title)
                && type.equals(that.type)
                && description.equals(that.description)
                && assessedOutcomes.equals(that.assessedOutcomes)
                && supervision.equals(that.supervision)
                && assessedBy.equals(that.assessedBy)
                && credits.equals(that.credits)
                && grade.equals(that.grade);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, type, description, assessedOutcomes, supervision, assessedBy, credits, grade);
    }

    /** Returns the elements in the form records use. */
    @Override
    public String toString() {
        return "Assessment[id=" + id + ", title=" + title + ", type=" + type
                + ", description=" + description + ", assessedOutcomes=" + assessedOutcomes
                + ", supervision=" + supervision + ", assessedBy=" + assessedBy
                + ", credits=" + credits + ", grade=" + grade + "]";
    }

    /** Builds an {@link Assessment}; setters accept {@code null} to clear an optional value. */
    public static final class Builder {
        private final String id;
        private final LocalizedString title;
        private @Nullable AssessmentType type;
        private @Nullable LocalizedString description;
        private final List<String> assessedOutcomes = new ArrayList<>();
        private @Nullable SupervisionVerification supervision;
        private @Nullable AssessedBy assessedBy;
        private @Nullable EctsCredits credits;
        private @Nullable Grade grade;

        private Builder(String id, LocalizedString title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the type of assessment.
         *
         * @param value the type
         * @return this builder
         */
        public Builder type(@Nullable AssessmentType value) {
            type = value;
            return this;
        }

        /**
         * Sets the description or success criteria.
         *
         * @param value the description
         * @return this builder
         */
        public Builder description(@Nullable LocalizedString value) {
            description = value;
            return this;
        }

        /**
         * Adds a learning outcome this assessment assesses.
         *
         * @param outcomeId the outcome's identifier
         * @return this builder
         */
        public Builder assesses(String outcomeId) {
            assessedOutcomes.add(Objects.requireNonNull(outcomeId, "outcomeId"));
            return this;
        }

        /**
         * Sets the supervision and identity verification.
         *
         * @param value the supervision
         * @return this builder
         */
        public Builder supervision(@Nullable SupervisionVerification value) {
            supervision = value;
            return this;
        }

        /**
         * Sets who grades the assessment.
         *
         * @param value teacher or automatic
         * @return this builder
         */
        public Builder assessedBy(@Nullable AssessedBy value) {
            assessedBy = value;
            return this;
        }

        /**
         * Sets the credits of the assessment component.
         *
         * @param value the credits
         * @return this builder
         */
        public Builder credits(@Nullable EctsCredits value) {
            credits = value;
            return this;
        }

        /**
         * Sets the grade achieved.
         *
         * @param value the grade
         * @return this builder
         */
        public Builder grade(@Nullable Grade value) {
            grade = value;
            return this;
        }

        /**
         * Builds the assessment.
         *
         * @return the assessment
         * @throws IllegalArgumentException if an identifier is blank
         */
        public Assessment build() {
            return new Assessment(this);
        }
    }
}
