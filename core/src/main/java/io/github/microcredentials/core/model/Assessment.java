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
 *
 * @param id an identifier unique within the credential or opportunity
 * @param title the assessment's name
 * @param type the type of assessment, if stated
 * @param description the success criteria or a description (HEROES §5.10), if stated
 * @param assessedOutcomes the identifiers of the learning outcomes it assesses
 * @param supervision the supervision and identity verification, if stated
 * @param assessedBy whether a teacher grades it or it is graded automatically, if stated
 * @param credits the credits of the assessment component (dual ECTS), if stated
 * @param grade the grade achieved, in an issued credential
 */
public record Assessment(
        String id,
        LocalizedString title,
        Optional<AssessmentType> type,
        Optional<LocalizedString> description,
        List<String> assessedOutcomes,
        Optional<SupervisionVerification> supervision,
        Optional<AssessedBy> assessedBy,
        Optional<EctsCredits> credits,
        Optional<Grade> grade) {

    /**
     * Checks the identifier and copies the list.
     *
     * @throws IllegalArgumentException if the identifier or an outcome identifier is blank
     */
    public Assessment {
        Ids.check(id, "assessment id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        assessedOutcomes = List.copyOf(assessedOutcomes);
        assessedOutcomes.forEach(o -> Ids.check(o, "assessed outcome id"));
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(assessedBy, "assessedBy");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(grade, "grade");
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
            return new Assessment(id, title, Optional.ofNullable(type), Optional.ofNullable(description),
                    assessedOutcomes, Optional.ofNullable(supervision), Optional.ofNullable(assessedBy),
                    Optional.ofNullable(credits), Optional.ofNullable(grade));
        }
    }
}
