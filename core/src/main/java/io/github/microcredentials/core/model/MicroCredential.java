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
 */
@Conforms
public final class MicroCredential implements Document {

    private final URI id;
    private final CredentialKind kind;
    private final Optional<Learner> learner;
    private final Optional<LocalizedString> title;
    private final Optional<LocalizedString> description;
    private final List<Country> issuerCountries;
    private final List<Region> issuerRegions;
    private final List<Organisation> awardingBodies;
    private final Optional<Organisation> issuer;
    private final Optional<OffsetDateTime> issued;
    private final Optional<OffsetDateTime> validUntil;
    private final List<LearningOutcome> learningOutcomes;
    private final Optional<Workload> workload;
    private final Optional<Level> level;
    private final List<Assessment> assessments;
    private final Optional<ParticipationForm> participationForm;
    private final List<QualityAssurance> qualityAssurance;
    private final Optional<LocalizedString> prerequisites;
    private final Optional<Grade> grade;
    private final Optional<Integration> integration;
    private final Optional<LocalizedString> furtherInformation;
    private final Optional<URI> furtherInformationUrl;
    private final List<Language> languages;
    private final Optional<IscedFCode> fieldOfStudy;
    private final List<Skill> skills;
    private final Optional<LearningSetting> learningSetting;
    private final Optional<FormOfStudy> formOfStudy;
    private final List<Teacher> teachers;
    private final Optional<String> placeOfIssue;
    private final List<LearningActivity> learningActivities;
    private final Optional<URI> specification;
    private final List<Confirmation> confirmations;
    private final List<PreservedData> preserved;
    private final List<BitstringStatusListEntry> credentialStatus;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     *
     * @throws IllegalArgumentException if parts that link to each other by identifier share one
     */
    private MicroCredential(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.learner = Optional.ofNullable(b.learner);
        this.title = Optional.ofNullable(b.title);
        this.description = Optional.ofNullable(b.description);
        this.issuerCountries = List.copyOf(b.issuerCountries);
        this.issuerRegions = List.copyOf(b.issuerRegions);
        this.awardingBodies = List.copyOf(b.awardingBodies);
        this.issuer = Optional.ofNullable(b.issuer);
        this.issued = Optional.ofNullable(b.issued);
        this.validUntil = Optional.ofNullable(b.validUntil);
        this.learningOutcomes = List.copyOf(b.learningOutcomes);
        this.workload = Optional.ofNullable(b.workload);
        this.level = Optional.ofNullable(b.level);
        this.assessments = List.copyOf(b.assessments);
        this.participationForm = Optional.ofNullable(b.participationForm);
        this.qualityAssurance = List.copyOf(b.qualityAssurance);
        this.prerequisites = Optional.ofNullable(b.prerequisites);
        this.grade = Optional.ofNullable(b.grade);
        this.integration = Optional.ofNullable(b.integration);
        this.furtherInformation = Optional.ofNullable(b.furtherInformation);
        this.furtherInformationUrl = Optional.ofNullable(b.furtherInformationUrl);
        this.languages = List.copyOf(b.languages);
        this.fieldOfStudy = Optional.ofNullable(b.fieldOfStudy);
        this.skills = List.copyOf(b.skills);
        this.learningSetting = Optional.ofNullable(b.learningSetting);
        this.formOfStudy = Optional.ofNullable(b.formOfStudy);
        this.teachers = List.copyOf(b.teachers);
        this.placeOfIssue = Optional.ofNullable(b.placeOfIssue);
        this.learningActivities = List.copyOf(b.learningActivities);
        this.specification = Optional.ofNullable(b.specification);
        this.confirmations = List.copyOf(b.confirmations);
        this.preserved = List.copyOf(b.preserved);
        this.credentialStatus = List.copyOf(b.credentialStatus);
        Ids.unique(learningOutcomes, LearningOutcome::id, "learning outcome");
        Ids.unique(assessments, Assessment::id, "assessment");
        Ids.unique(learningActivities, LearningActivity::id, "learning activity");
    }

    /**
     * Starts a micro-credential.
     *
     * @param id the credential's identifier, a URI such as {@code urn:uuid:…}
     * @return a builder
     */
    public static Builder builder(URI id) {
        return new Builder(id);
    }

    /**
     * A builder initialised with this micro-credential's data, to derive a changed copy.
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
        b.preserved(preserved);
        b.credentialStatus(credentialStatus);
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

    /** The credential's identifier, a URI such as {@code urn:uuid:…}. */
    public URI id() {
        return id;
    }

    /** What the credential is, a micro-credential or a non-credit badge (default: CredentialKind.MICRO_CREDENTIAL). */
    public CredentialKind kind() {
        return kind;
    }

    /** The learner (CR-M1). */
    public Optional<Learner> learner() {
        return learner;
    }

    /** The title of the micro-credential (CR-M2). */
    public Optional<LocalizedString> title() {
        return title;
    }

    /** A description of the achievement. */
    public Optional<LocalizedString> description() {
        return description;
    }

    /** The country or countries of the issuer (CR-M3). */
    public List<Country> issuerCountries() {
        return issuerCountries;
    }

    /** The region(s) of the issuer (CR-M3). */
    public List<Region> issuerRegions() {
        return issuerRegions;
    }

    /** The awarding body or bodies (CR-M4). */
    public List<Organisation> awardingBodies() {
        return awardingBodies;
    }

    /** The organisation that issues and seals the credential, when it differs from the awarding body. */
    public Optional<Organisation> issuer() {
        return issuer;
    }

    /** The date and time of issuing (CR-M5). */
    public Optional<OffsetDateTime> issued() {
        return issued;
    }

    /** The end of validity, if the credential expires. */
    public Optional<OffsetDateTime> validUntil() {
        return validUntil;
    }

    /** The learning outcomes (CR-M6). */
    public List<LearningOutcome> learningOutcomes() {
        return learningOutcomes;
    }

    /** The notional workload in ECTS and hours (CR-M7). */
    public Optional<Workload> workload() {
        return workload;
    }

    /** The EQF level and QF-EHEA cycle (CR-M8). */
    public Optional<Level> level() {
        return level;
    }

    /** The assessments passed, with their types (CR-M9), supervision (CR-O2) and grades. */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** The form of participation in the learning activity (CR-M10). */
    public Optional<ParticipationForm> participationForm() {
        return participationForm;
    }

    /** The types of quality assurance (CR-M11). */
    public List<QualityAssurance> qualityAssurance() {
        return qualityAssurance;
    }

    /** The prerequisites needed to enrol (CR-O1). */
    public Optional<LocalizedString> prerequisites() {
        return prerequisites;
    }

    /** The overall grade achieved (CR-O3). */
    public Optional<Grade> grade() {
        return grade;
    }

    /** The integration/stackability options (CR-O4). */
    public Optional<Integration> integration() {
        return integration;
    }

    /** Further information (CR-O5). */
    public Optional<LocalizedString> furtherInformation() {
        return furtherInformation;
    }

    /** A web page with further information (CR-O5). */
    public Optional<URI> furtherInformationUrl() {
        return furtherInformationUrl;
    }

    /** The language(s) of the learning activity. */
    public List<Language> languages() {
        return languages;
    }

    /** The field of education (ISCED-F). */
    public Optional<IscedFCode> fieldOfStudy() {
        return fieldOfStudy;
    }

    /** The skill tags of the micro-credential (HE-SKILLS). */
    public List<Skill> skills() {
        return skills;
    }

    /** Formal or non-formal learning. */
    public Optional<LearningSetting> learningSetting() {
        return learningSetting;
    }

    /** The form of learning/study (DigiProf). */
    public Optional<FormOfStudy> formOfStudy() {
        return formOfStudy;
    }

    /** The teachers (DigiProf §5.2). */
    public List<Teacher> teachers() {
        return teachers;
    }

    /** The place of issue (DigiProf §5.2). */
    public Optional<String> placeOfIssue() {
        return placeOfIssue;
    }

    /** The learning activities that led to it. */
    public List<LearningActivity> learningActivities() {
        return learningActivities;
    }

    /** The learning opportunity (micro-credential specification) it was awarded for. */
    public Optional<URI> specification() {
        return specification;
    }

    /** Who confirmed which element (DP-CONFIRM). */
    public List<Confirmation> confirmations() {
        return confirmations;
    }

    /**
     * What the format the credential was read from said that the model has no element for, kept
     * so that writing that format again gives it back; at most one per format.
     */
    public List<PreservedData> preserved() {
        return preserved;
    }

    /**
     * The preserved data of one format.
     *
     * @param format the format name, for example {@code "edc"}
     * @return its data, or empty
     */
    public Optional<PreservedData> preserved(String format) {
        return preserved.stream().filter(p -> p.format().equals(format)).findFirst();
    }

    /**
     * Where the issuer publishes the credential's status (W3C Bitstring Status List entries, for
     * example one for revocation and one for suspension); empty when the credential cannot be
     * revoked.
     */
    public List<BitstringStatusListEntry> credentialStatus() {
        return credentialStatus;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof MicroCredential that)) {
            return false;
        }
        return id.equals(that.id)
                && kind.equals(that.kind)
                && learner.equals(that.learner)
                && title.equals(that.title)
                && description.equals(that.description)
                && issuerCountries.equals(that.issuerCountries)
                && issuerRegions.equals(that.issuerRegions)
                && awardingBodies.equals(that.awardingBodies)
                && issuer.equals(that.issuer)
                && issued.equals(that.issued)
                && validUntil.equals(that.validUntil)
                && learningOutcomes.equals(that.learningOutcomes)
                && workload.equals(that.workload)
                && level.equals(that.level)
                && assessments.equals(that.assessments)
                && participationForm.equals(that.participationForm)
                && qualityAssurance.equals(that.qualityAssurance)
                && prerequisites.equals(that.prerequisites)
                && grade.equals(that.grade)
                && integration.equals(that.integration)
                && furtherInformation.equals(that.furtherInformation)
                && furtherInformationUrl.equals(that.furtherInformationUrl)
                && languages.equals(that.languages)
                && fieldOfStudy.equals(that.fieldOfStudy)
                && skills.equals(that.skills)
                && learningSetting.equals(that.learningSetting)
                && formOfStudy.equals(that.formOfStudy)
                && teachers.equals(that.teachers)
                && placeOfIssue.equals(that.placeOfIssue)
                && learningActivities.equals(that.learningActivities)
                && specification.equals(that.specification)
                && confirmations.equals(that.confirmations)
                && preserved.equals(that.preserved)
                && credentialStatus.equals(that.credentialStatus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, learner, title, description, issuerCountries, issuerRegions, awardingBodies,
                issuer, issued, validUntil, learningOutcomes, workload, level, assessments,
                participationForm, qualityAssurance, prerequisites, grade, integration,
                furtherInformation, furtherInformationUrl, languages, fieldOfStudy, skills,
                learningSetting, formOfStudy, teachers, placeOfIssue, learningActivities, specification,
                confirmations, preserved, credentialStatus);
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
        private final List<PreservedData> preserved = new ArrayList<>();
        private final List<BitstringStatusListEntry> credentialStatus = new ArrayList<>();

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
         * Adds what a format said that the model has no element for; replaces earlier data of the
         * same format.
         *
         * @param value the data
         * @return this builder
         */
        public Builder addPreserved(PreservedData value) {
            Objects.requireNonNull(value, "preserved");
            preserved.removeIf(p -> p.format().equals(value.format()));
            preserved.add(value);
            return this;
        }

        /**
         * Adds a status entry: where the credential's revocation or suspension status is published.
         *
         * @param value the entry
         * @return this builder
         */
        public Builder addCredentialStatus(BitstringStatusListEntry value) {
            credentialStatus.add(Objects.requireNonNull(value, "credentialStatus"));
            return this;
        }

        /**
         * Replaces the preserved data of every format.
         *
         * @param values the new data
         * @return this builder
         */
        public Builder preserved(List<PreservedData> values) {
            preserved.clear();
            values.forEach(this::addPreserved);
            return this;
        }

        /**
         * Replaces the status entries.
         *
         * @param values the new entries
         * @return this builder
         */
        public Builder credentialStatus(List<BitstringStatusListEntry> values) {
            credentialStatus.clear();
            values.forEach(this::addCredentialStatus);
            return this;
        }

        /**
         * Builds the micro-credential.
         *
         * @return the micro-credential
         * @throws IllegalArgumentException if parts that link to each other by identifier share one
         */
        public MicroCredential build() {
            return new MicroCredential(this);
        }
    }
}
