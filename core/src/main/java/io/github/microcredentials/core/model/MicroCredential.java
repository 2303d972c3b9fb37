package io.github.microcredentials.core.model;

import io.github.microcredentials.core.validation.jakarta.Conforms;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An issued micro-credential: the record of the learning outcomes a learner acquired, with the
 * eleven mandatory and five optional elements of the Council Recommendation of 16 June 2022
 * (2022/C 243/02), Annex I ({@link AnnexElement}).
 *
 * <p>The same type also carries a non-credit participation/progression badge (HEROES D6.1 §1.3),
 * told apart by {@link #kind()}. Every element may be absent so that incomplete data can be built
 * and then reported by validation; {@link io.github.microcredentials.core.validation} decides what
 * is required (the class-level {@link Conforms} constraint lets a Jakarta Validation validator check
 * it too). Immutable and thread-safe; {@link #toString()} reveals no personal data.
 *
 * <pre>{@code
 * MicroCredential mc = MicroCredential.builder(URI.create("urn:uuid:…"))
 *         .title(LocalizedString.en("Data Visualisation Basics"))
 *         .learner(Learner.builder().givenName("Ana").familyName("Andromeda").build())
 *         .workload(Workload.of(EctsCredits.of(3)))
 *         .build();
 * }</pre>
 *
 * @param id the credential's identifier, a URI such as {@code urn:uuid:…}
 * @param kind what the credential is, a micro-credential or a non-credit badge (default: CredentialKind.MICRO_CREDENTIAL)
 * @param learner the learner (CR-M1)
 * @param title the title of the micro-credential (CR-M2)
 * @param description a description of the achievement
 * @param issuerCountries the country or countries of the issuer (CR-M3)
 * @param issuerRegions the region(s) of the issuer (CR-M3)
 * @param awardingBodies the awarding body or bodies (CR-M4)
 * @param issuer the organisation that issues and seals the credential, when it differs from the awarding body
 * @param issued the date and time of issuing (CR-M5)
 * @param validUntil the end of validity, if the credential expires
 * @param learningOutcomes the learning outcomes (CR-M6)
 * @param workload the notional workload in ECTS and hours (CR-M7)
 * @param level the EQF level and QF-EHEA cycle (CR-M8)
 * @param assessments the assessments passed, with their types (CR-M9), supervision (CR-O2) and grades
 * @param participationForm the form of participation in the learning activity (CR-M10)
 * @param qualityAssurance the types of quality assurance (CR-M11)
 * @param prerequisites the prerequisites needed to enrol (CR-O1)
 * @param grade the overall grade achieved (CR-O3)
 * @param integration the integration/stackability options (CR-O4)
 * @param furtherInformation further information (CR-O5)
 * @param furtherInformationUrl a web page with further information (CR-O5)
 * @param languages the language(s) of the learning activity
 * @param fieldOfStudy the field of education (ISCED-F)
 * @param skills the skill tags of the micro-credential (HE-SKILLS)
 * @param learningSetting formal or non-formal learning
 * @param formOfStudy the form of learning/study (DigiProf)
 * @param teachers the teachers (DigiProf §5.2)
 * @param placeOfIssue the place of issue (DigiProf §5.2)
 * @param learningActivities the learning activities that led to it
 * @param specification the learning opportunity (micro-credential specification) it was awarded for
 * @param confirmations who confirmed which element (DP-CONFIRM)
 */
@Conforms
public record MicroCredential(
        URI id,
        CredentialKind kind,
        Optional<Learner> learner,
        Optional<LocalizedString> title,
        Optional<LocalizedString> description,
        List<Country> issuerCountries,
        List<Region> issuerRegions,
        List<Organisation> awardingBodies,
        Optional<Organisation> issuer,
        Optional<OffsetDateTime> issued,
        Optional<OffsetDateTime> validUntil,
        List<LearningOutcome> learningOutcomes,
        Optional<Workload> workload,
        Optional<Level> level,
        List<Assessment> assessments,
        Optional<ParticipationForm> participationForm,
        List<QualityAssurance> qualityAssurance,
        Optional<LocalizedString> prerequisites,
        Optional<Grade> grade,
        Optional<Integration> integration,
        Optional<LocalizedString> furtherInformation,
        Optional<URI> furtherInformationUrl,
        List<Language> languages,
        Optional<IscedFCode> fieldOfStudy,
        List<Skill> skills,
        Optional<LearningSetting> learningSetting,
        Optional<FormOfStudy> formOfStudy,
        List<Teacher> teachers,
        Optional<String> placeOfIssue,
        List<LearningActivity> learningActivities,
        Optional<URI> specification,
        List<Confirmation> confirmations) {

    /**
     * Checks that every component is present (optional ones as {@code Optional}) and copies the
     * lists.
     *
     * @throws IllegalArgumentException if parts that link to each other by identifier share one
     */
    public MicroCredential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        issuerCountries = List.copyOf(issuerCountries);
        issuerRegions = List.copyOf(issuerRegions);
        awardingBodies = List.copyOf(awardingBodies);
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(validUntil, "validUntil");
        learningOutcomes = List.copyOf(learningOutcomes);
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(level, "level");
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(participationForm, "participationForm");
        qualityAssurance = List.copyOf(qualityAssurance);
        Objects.requireNonNull(prerequisites, "prerequisites");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(furtherInformation, "furtherInformation");
        Objects.requireNonNull(furtherInformationUrl, "furtherInformationUrl");
        languages = List.copyOf(languages);
        Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
        skills = List.copyOf(skills);
        Objects.requireNonNull(learningSetting, "learningSetting");
        Objects.requireNonNull(formOfStudy, "formOfStudy");
        teachers = List.copyOf(teachers);
        Objects.requireNonNull(placeOfIssue, "placeOfIssue");
        learningActivities = List.copyOf(learningActivities);
        Objects.requireNonNull(specification, "specification");
        confirmations = List.copyOf(confirmations);
        Ids.unique(learningOutcomes, LearningOutcome::id, "learning outcome");
        Ids.unique(assessments, Assessment::id, "assessment");
        Ids.unique(learningActivities, LearningActivity::id, "learning activity");
    }

    /**
     * Starts a microCredential.
     *
     * @param id the credential's identifier, a URI such as {@code urn:uuid:…}
     * @return a builder
     */
    public static Builder builder(URI id) {
        return new Builder(id);
    }

    /**
     * A builder initialised with this microCredential's data, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.kind(kind);
        b.learner(learner.orElse(null));
        b.title(title.orElse(null));
        b.description(description.orElse(null));
        b.issuerCountries(issuerCountries);
        b.issuerRegions(issuerRegions);
        b.awardingBodies(awardingBodies);
        b.issuer(issuer.orElse(null));
        b.issued(issued.orElse(null));
        b.validUntil(validUntil.orElse(null));
        b.learningOutcomes(learningOutcomes);
        b.workload(workload.orElse(null));
        b.level(level.orElse(null));
        b.assessments(assessments);
        b.participationForm(participationForm.orElse(null));
        b.qualityAssurance(qualityAssurance);
        b.prerequisites(prerequisites.orElse(null));
        b.grade(grade.orElse(null));
        b.integration(integration.orElse(null));
        b.furtherInformation(furtherInformation.orElse(null));
        b.furtherInformationUrl(furtherInformationUrl.orElse(null));
        b.languages(languages);
        b.fieldOfStudy(fieldOfStudy.orElse(null));
        b.skills(skills);
        b.learningSetting(learningSetting.orElse(null));
        b.formOfStudy(formOfStudy.orElse(null));
        b.teachers(teachers);
        b.placeOfIssue(placeOfIssue.orElse(null));
        b.learningActivities(learningActivities);
        b.specification(specification.orElse(null));
        b.confirmations(confirmations);
        return b;
    }

    /**
     * Whether this credential carries learner-visible ECTS credits.
     *
     * @return {@code true} for a micro-credential, {@code false} for a progression badge
     */
    public boolean isCreditBearing() {
        return kind.isCreditBearing();
    }

    /** Returns the identifier and no personal data. */
    @Override
    public String toString() {
        return "MicroCredential[id=" + id + "]";
    }

    /**
     * Builds a {@link MicroCredential}. Only the identifier is required: a credential that lacks elements
     * can be built so that validation can report what is missing.
     */
    public static final class Builder {
        private URI id;
        private CredentialKind kind;
        private @Nullable Learner learner;
        private @Nullable LocalizedString title;
        private @Nullable LocalizedString description;
        private final List<Country> issuerCountries = new ArrayList<>();
        private final List<Region> issuerRegions = new ArrayList<>();
        private final List<Organisation> awardingBodies = new ArrayList<>();
        private @Nullable Organisation issuer;
        private @Nullable OffsetDateTime issued;
        private @Nullable OffsetDateTime validUntil;
        private final List<LearningOutcome> learningOutcomes = new ArrayList<>();
        private @Nullable Workload workload;
        private @Nullable Level level;
        private final List<Assessment> assessments = new ArrayList<>();
        private @Nullable ParticipationForm participationForm;
        private final List<QualityAssurance> qualityAssurance = new ArrayList<>();
        private @Nullable LocalizedString prerequisites;
        private @Nullable Grade grade;
        private @Nullable Integration integration;
        private @Nullable LocalizedString furtherInformation;
        private @Nullable URI furtherInformationUrl;
        private final List<Language> languages = new ArrayList<>();
        private @Nullable IscedFCode fieldOfStudy;
        private final List<Skill> skills = new ArrayList<>();
        private @Nullable LearningSetting learningSetting;
        private @Nullable FormOfStudy formOfStudy;
        private final List<Teacher> teachers = new ArrayList<>();
        private @Nullable String placeOfIssue;
        private final List<LearningActivity> learningActivities = new ArrayList<>();
        private @Nullable URI specification;
        private final List<Confirmation> confirmations = new ArrayList<>();

        private Builder(URI id) {
            this.id = Objects.requireNonNull(id, "id");
            this.kind = CredentialKind.MICRO_CREDENTIAL;
        }

        /**
         * Sets the credential's identifier.
         *
         * @param value the credential's identifier
         * @return this builder
         */
        public Builder id(URI value) {
            id = Objects.requireNonNull(value, "id");
            return this;
        }
        /**
         * Sets what the credential is.
         *
         * @param value what the credential is
         * @return this builder
         */
        public Builder kind(CredentialKind value) {
            kind = Objects.requireNonNull(value, "kind");
            return this;
        }
        /**
         * Sets the learner (CR-M1); {@code null} clears it.
         *
         * @param value the learner (CR-M1)
         * @return this builder
         */
        public Builder learner(@Nullable Learner value) {
            learner = value;
            return this;
        }
        /**
         * Sets the title of the micro-credential (CR-M2); {@code null} clears it.
         *
         * @param value the title of the micro-credential (CR-M2)
         * @return this builder
         */
        public Builder title(@Nullable LocalizedString value) {
            title = value;
            return this;
        }
        /**
         * Sets a description of the achievement; {@code null} clears it.
         *
         * @param value a description of the achievement
         * @return this builder
         */
        public Builder description(@Nullable LocalizedString value) {
            description = value;
            return this;
        }
        /**
         * Adds to the country or countries of the issuer (CR-M3).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addIssuerCountry(Country value) {
            issuerCountries.add(Objects.requireNonNull(value, "issuerCountries"));
            return this;
        }

        /**
         * Replaces the country or countries of the issuer (CR-M3).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder issuerCountries(List<Country> values) {
            issuerCountries.clear();
            values.forEach(this::addIssuerCountry);
            return this;
        }
        /**
         * Adds to the region(s) of the issuer (CR-M3).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addIssuerRegion(Region value) {
            issuerRegions.add(Objects.requireNonNull(value, "issuerRegions"));
            return this;
        }

        /**
         * Replaces the region(s) of the issuer (CR-M3).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder issuerRegions(List<Region> values) {
            issuerRegions.clear();
            values.forEach(this::addIssuerRegion);
            return this;
        }
        /**
         * Adds to the awarding body or bodies (CR-M4).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addAwardingBody(Organisation value) {
            awardingBodies.add(Objects.requireNonNull(value, "awardingBodies"));
            return this;
        }

        /**
         * Replaces the awarding body or bodies (CR-M4).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder awardingBodies(List<Organisation> values) {
            awardingBodies.clear();
            values.forEach(this::addAwardingBody);
            return this;
        }
        /**
         * Sets the organisation that issues and seals the credential; {@code null} clears it.
         *
         * @param value the organisation that issues and seals the credential
         * @return this builder
         */
        public Builder issuer(@Nullable Organisation value) {
            issuer = value;
            return this;
        }
        /**
         * Sets the date and time of issuing (CR-M5); {@code null} clears it.
         *
         * @param value the date and time of issuing (CR-M5)
         * @return this builder
         */
        public Builder issued(@Nullable OffsetDateTime value) {
            issued = value;
            return this;
        }
        /**
         * Sets the end of validity; {@code null} clears it.
         *
         * @param value the end of validity
         * @return this builder
         */
        public Builder validUntil(@Nullable OffsetDateTime value) {
            validUntil = value;
            return this;
        }
        /**
         * Adds to the learning outcomes (CR-M6).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLearningOutcome(LearningOutcome value) {
            learningOutcomes.add(Objects.requireNonNull(value, "learningOutcomes"));
            return this;
        }

        /**
         * Replaces the learning outcomes (CR-M6).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder learningOutcomes(List<LearningOutcome> values) {
            learningOutcomes.clear();
            values.forEach(this::addLearningOutcome);
            return this;
        }
        /**
         * Sets the notional workload in ECTS and hours (CR-M7); {@code null} clears it.
         *
         * @param value the notional workload in ECTS and hours (CR-M7)
         * @return this builder
         */
        public Builder workload(@Nullable Workload value) {
            workload = value;
            return this;
        }
        /**
         * Sets the EQF level and QF-EHEA cycle (CR-M8); {@code null} clears it.
         *
         * @param value the EQF level and QF-EHEA cycle (CR-M8)
         * @return this builder
         */
        public Builder level(@Nullable Level value) {
            level = value;
            return this;
        }
        /**
         * Adds to the assessments passed.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addAssessment(Assessment value) {
            assessments.add(Objects.requireNonNull(value, "assessments"));
            return this;
        }

        /**
         * Replaces the assessments passed.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder assessments(List<Assessment> values) {
            assessments.clear();
            values.forEach(this::addAssessment);
            return this;
        }
        /**
         * Sets the form of participation in the learning activity (CR-M10); {@code null} clears it.
         *
         * @param value the form of participation in the learning activity (CR-M10)
         * @return this builder
         */
        public Builder participationForm(@Nullable ParticipationForm value) {
            participationForm = value;
            return this;
        }
        /**
         * Adds to the types of quality assurance (CR-M11).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addQualityAssurance(QualityAssurance value) {
            qualityAssurance.add(Objects.requireNonNull(value, "qualityAssurance"));
            return this;
        }

        /**
         * Replaces the types of quality assurance (CR-M11).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder qualityAssurance(List<QualityAssurance> values) {
            qualityAssurance.clear();
            values.forEach(this::addQualityAssurance);
            return this;
        }
        /**
         * Sets the prerequisites needed to enrol (CR-O1); {@code null} clears it.
         *
         * @param value the prerequisites needed to enrol (CR-O1)
         * @return this builder
         */
        public Builder prerequisites(@Nullable LocalizedString value) {
            prerequisites = value;
            return this;
        }
        /**
         * Sets the overall grade achieved (CR-O3); {@code null} clears it.
         *
         * @param value the overall grade achieved (CR-O3)
         * @return this builder
         */
        public Builder grade(@Nullable Grade value) {
            grade = value;
            return this;
        }
        /**
         * Sets the integration/stackability options (CR-O4); {@code null} clears it.
         *
         * @param value the integration/stackability options (CR-O4)
         * @return this builder
         */
        public Builder integration(@Nullable Integration value) {
            integration = value;
            return this;
        }
        /**
         * Sets further information (CR-O5); {@code null} clears it.
         *
         * @param value further information (CR-O5)
         * @return this builder
         */
        public Builder furtherInformation(@Nullable LocalizedString value) {
            furtherInformation = value;
            return this;
        }
        /**
         * Sets a web page with further information (CR-O5); {@code null} clears it.
         *
         * @param value a web page with further information (CR-O5)
         * @return this builder
         */
        public Builder furtherInformationUrl(@Nullable URI value) {
            furtherInformationUrl = value;
            return this;
        }
        /**
         * Adds to the language(s) of the learning activity.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLanguage(Language value) {
            languages.add(Objects.requireNonNull(value, "languages"));
            return this;
        }

        /**
         * Replaces the language(s) of the learning activity.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder languages(List<Language> values) {
            languages.clear();
            values.forEach(this::addLanguage);
            return this;
        }
        /**
         * Sets the field of education (ISCED-F); {@code null} clears it.
         *
         * @param value the field of education (ISCED-F)
         * @return this builder
         */
        public Builder fieldOfStudy(@Nullable IscedFCode value) {
            fieldOfStudy = value;
            return this;
        }
        /**
         * Adds to the skill tags of the micro-credential (HE-SKILLS).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addSkill(Skill value) {
            skills.add(Objects.requireNonNull(value, "skills"));
            return this;
        }

        /**
         * Replaces the skill tags of the micro-credential (HE-SKILLS).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder skills(List<Skill> values) {
            skills.clear();
            values.forEach(this::addSkill);
            return this;
        }
        /**
         * Sets formal or non-formal learning; {@code null} clears it.
         *
         * @param value formal or non-formal learning
         * @return this builder
         */
        public Builder learningSetting(@Nullable LearningSetting value) {
            learningSetting = value;
            return this;
        }
        /**
         * Sets the form of learning/study (DigiProf); {@code null} clears it.
         *
         * @param value the form of learning/study (DigiProf)
         * @return this builder
         */
        public Builder formOfStudy(@Nullable FormOfStudy value) {
            formOfStudy = value;
            return this;
        }
        /**
         * Adds to the teachers (DigiProf §5.2).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addTeacher(Teacher value) {
            teachers.add(Objects.requireNonNull(value, "teachers"));
            return this;
        }

        /**
         * Replaces the teachers (DigiProf §5.2).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder teachers(List<Teacher> values) {
            teachers.clear();
            values.forEach(this::addTeacher);
            return this;
        }
        /**
         * Sets the place of issue (DigiProf §5.2); {@code null} clears it.
         *
         * @param value the place of issue (DigiProf §5.2)
         * @return this builder
         */
        public Builder placeOfIssue(@Nullable String value) {
            placeOfIssue = value;
            return this;
        }
        /**
         * Adds to the learning activities that led to it.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLearningActivity(LearningActivity value) {
            learningActivities.add(Objects.requireNonNull(value, "learningActivities"));
            return this;
        }

        /**
         * Replaces the learning activities that led to it.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder learningActivities(List<LearningActivity> values) {
            learningActivities.clear();
            values.forEach(this::addLearningActivity);
            return this;
        }
        /**
         * Sets the learning opportunity (micro-credential specification) it was awarded for; {@code null} clears it.
         *
         * @param value the learning opportunity (micro-credential specification) it was awarded for
         * @return this builder
         */
        public Builder specification(@Nullable URI value) {
            specification = value;
            return this;
        }
        /**
         * Adds to who confirmed which element (DP-CONFIRM).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addConfirmation(Confirmation value) {
            confirmations.add(Objects.requireNonNull(value, "confirmations"));
            return this;
        }

        /**
         * Replaces who confirmed which element (DP-CONFIRM).
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder confirmations(List<Confirmation> values) {
            confirmations.clear();
            values.forEach(this::addConfirmation);
            return this;
        }

        /**
         * Builds the microCredential.
         *
         * @return the microCredential
         * @throws IllegalArgumentException if parts that link to each other by identifier share one
         */
        public MicroCredential build() {
            return new MicroCredential(
                    id,
                    kind,
                    Optional.ofNullable(learner),
                    Optional.ofNullable(title),
                    Optional.ofNullable(description),
                    issuerCountries,
                    issuerRegions,
                    awardingBodies,
                    Optional.ofNullable(issuer),
                    Optional.ofNullable(issued),
                    Optional.ofNullable(validUntil),
                    learningOutcomes,
                    Optional.ofNullable(workload),
                    Optional.ofNullable(level),
                    assessments,
                    Optional.ofNullable(participationForm),
                    qualityAssurance,
                    Optional.ofNullable(prerequisites),
                    Optional.ofNullable(grade),
                    Optional.ofNullable(integration),
                    Optional.ofNullable(furtherInformation),
                    Optional.ofNullable(furtherInformationUrl),
                    languages,
                    Optional.ofNullable(fieldOfStudy),
                    skills,
                    Optional.ofNullable(learningSetting),
                    Optional.ofNullable(formOfStudy),
                    teachers,
                    Optional.ofNullable(placeOfIssue),
                    learningActivities,
                    Optional.ofNullable(specification),
                    confirmations);
        }
    }
}
