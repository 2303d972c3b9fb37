package io.github.microcredentials.core.model;

import io.github.microcredentials.core.validation.jakarta.Conforms;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.DeliveryMode;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.core.vocab.PresentationFormat;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A learning opportunity: the offer behind a micro-credential (a micro-credential specification)
 * or a HEROES standalone course ({@link #kind()}). It carries the open learning-opportunity
 * description of the DigiProf guidelines (§6.1, rule DP-DESC), the HEROES publication metadata
 * (D6.1 §7.1.4, rule HE-PUBLISH) and the HEROES structures: dual ECTS, assessing institution,
 * developing partners, pricing.
 *
 * <p>Every element may be absent so that drafts can be built and validated. Immutable and
 * thread-safe.
 */
@Conforms
public final class LearningOpportunity implements Document {

    private final URI id;
    private final OpportunityKind kind;
    private final Optional<LocalizedString> title;
    private final Optional<LocalizedString> summary;
    private final Optional<IscedFCode> fieldOfStudy;
    private final Optional<Organisation> institution;
    private final List<Teacher> teachers;
    private final Optional<Workload> workload;
    private final Optional<Period> estimatedDuration;
    private final Optional<LocalDate> startDate;
    private final boolean flexibleStart;
    private final Optional<LocalDate> endDate;
    private final Optional<LocalDate> registrationDeadline;
    private final Optional<LocalizedString> targetGroup;
    private final Optional<LocalizedString> entryRequirements;
    private final List<Language> languages;
    private final Optional<Level> level;
    private final Optional<ParticipationForm> participationForm;
    private final Optional<FormOfStudy> formOfStudy;
    private final Optional<DeliveryMode> deliveryMode;
    private final List<PresentationFormat> presentationFormats;
    private final List<String> keywords;
    private final Optional<Pricing> pricing;
    private final List<LearningOutcome> learningOutcomes;
    private final Optional<LocalizedString> pedagogicalApproach;
    private final List<LocalizedString> mainTopics;
    private final Optional<Guidance> guidance;
    private final List<HoursAllocation> hoursDistribution;
    private final Optional<LocalizedString> assessmentStrategy;
    private final List<Assessment> assessments;
    private final List<LearningActivity> learningActivities;
    private final List<CredentialKind> credentialsIssued;
    private final Optional<LocalizedString> credentialRequirements;
    private final Optional<Integration> integration;
    private final Optional<LocalizedString> industrySupport;
    private final List<Skill> skills;
    private final Optional<Organisation> assessingInstitution;
    private final List<Organisation> developingPartners;
    private final Optional<HeroesActivityType> heroesActivity;
    private final boolean projectFunded;
    private final List<QualityAssurance> qualityAssurance;
    private final Optional<LocalizedString> furtherInformation;
    private final Optional<URI> homepage;
    private final List<Confirmation> confirmations;

    /**
     * Takes the builder's values, copies the lists and checks what links them.
     *
     * @throws IllegalArgumentException if parts that link to each other by identifier share one
     */
    private LearningOpportunity(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.title = Optional.ofNullable(b.title);
        this.summary = Optional.ofNullable(b.summary);
        this.fieldOfStudy = Optional.ofNullable(b.fieldOfStudy);
        this.institution = Optional.ofNullable(b.institution);
        this.teachers = List.copyOf(b.teachers);
        this.workload = Optional.ofNullable(b.workload);
        this.estimatedDuration = Optional.ofNullable(b.estimatedDuration);
        this.startDate = Optional.ofNullable(b.startDate);
        this.flexibleStart = b.flexibleStart;
        this.endDate = Optional.ofNullable(b.endDate);
        this.registrationDeadline = Optional.ofNullable(b.registrationDeadline);
        this.targetGroup = Optional.ofNullable(b.targetGroup);
        this.entryRequirements = Optional.ofNullable(b.entryRequirements);
        this.languages = List.copyOf(b.languages);
        this.level = Optional.ofNullable(b.level);
        this.participationForm = Optional.ofNullable(b.participationForm);
        this.formOfStudy = Optional.ofNullable(b.formOfStudy);
        this.deliveryMode = Optional.ofNullable(b.deliveryMode);
        this.presentationFormats = List.copyOf(b.presentationFormats);
        this.keywords = List.copyOf(b.keywords);
        this.pricing = Optional.ofNullable(b.pricing);
        this.learningOutcomes = List.copyOf(b.learningOutcomes);
        this.pedagogicalApproach = Optional.ofNullable(b.pedagogicalApproach);
        this.mainTopics = List.copyOf(b.mainTopics);
        this.guidance = Optional.ofNullable(b.guidance);
        this.hoursDistribution = List.copyOf(b.hoursDistribution);
        this.assessmentStrategy = Optional.ofNullable(b.assessmentStrategy);
        this.assessments = List.copyOf(b.assessments);
        this.learningActivities = List.copyOf(b.learningActivities);
        this.credentialsIssued = List.copyOf(b.credentialsIssued);
        this.credentialRequirements = Optional.ofNullable(b.credentialRequirements);
        this.integration = Optional.ofNullable(b.integration);
        this.industrySupport = Optional.ofNullable(b.industrySupport);
        this.skills = List.copyOf(b.skills);
        this.assessingInstitution = Optional.ofNullable(b.assessingInstitution);
        this.developingPartners = List.copyOf(b.developingPartners);
        this.heroesActivity = Optional.ofNullable(b.heroesActivity);
        this.projectFunded = b.projectFunded;
        this.qualityAssurance = List.copyOf(b.qualityAssurance);
        this.furtherInformation = Optional.ofNullable(b.furtherInformation);
        this.homepage = Optional.ofNullable(b.homepage);
        this.confirmations = List.copyOf(b.confirmations);
        Ids.unique(learningOutcomes, LearningOutcome::id, "learning outcome");
        Ids.unique(assessments, Assessment::id, "assessment");
        Ids.unique(learningActivities, LearningActivity::id, "learning activity");
    }

    /**
     * Starts a learning opportunity.
     *
     * @param id the opportunity's identifier, a URI
     * @return a builder
     */
    public static Builder builder(URI id) {
        return new Builder(id);
    }

    /**
     * A builder initialised with this learning opportunity's data, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id);
        b.kind(kind);
        b.title(title.orElse(null));
        b.summary(summary.orElse(null));
        b.fieldOfStudy(fieldOfStudy.orElse(null));
        b.institution(institution.orElse(null));
        b.teachers(teachers);
        b.workload(workload.orElse(null));
        b.estimatedDuration(estimatedDuration.orElse(null));
        b.startDate(startDate.orElse(null));
        b.flexibleStart(flexibleStart);
        b.endDate(endDate.orElse(null));
        b.registrationDeadline(registrationDeadline.orElse(null));
        b.targetGroup(targetGroup.orElse(null));
        b.entryRequirements(entryRequirements.orElse(null));
        b.languages(languages);
        b.level(level.orElse(null));
        b.participationForm(participationForm.orElse(null));
        b.formOfStudy(formOfStudy.orElse(null));
        b.deliveryMode(deliveryMode.orElse(null));
        b.presentationFormats(presentationFormats);
        b.keywords(keywords);
        b.pricing(pricing.orElse(null));
        b.learningOutcomes(learningOutcomes);
        b.pedagogicalApproach(pedagogicalApproach.orElse(null));
        b.mainTopics(mainTopics);
        b.guidance(guidance.orElse(null));
        b.hoursDistribution(hoursDistribution);
        b.assessmentStrategy(assessmentStrategy.orElse(null));
        b.assessments(assessments);
        b.learningActivities(learningActivities);
        b.credentialsIssued(credentialsIssued);
        b.credentialRequirements(credentialRequirements.orElse(null));
        b.integration(integration.orElse(null));
        b.industrySupport(industrySupport.orElse(null));
        b.skills(skills);
        b.assessingInstitution(assessingInstitution.orElse(null));
        b.developingPartners(developingPartners);
        b.heroesActivity(heroesActivity.orElse(null));
        b.projectFunded(projectFunded);
        b.qualityAssurance(qualityAssurance);
        b.furtherInformation(furtherInformation.orElse(null));
        b.homepage(homepage.orElse(null));
        b.confirmations(confirmations);
        return b;
    }

    /** Returns the identifier and no personal data. */
    @Override
    public String toString() {
        return "LearningOpportunity[id=" + id + "]";
    }

    /** The opportunity's identifier, a URI. */
    public URI id() {
        return id;
    }

    /** A micro-credential or a standalone course (default: OpportunityKind.MICRO_CREDENTIAL). */
    public OpportunityKind kind() {
        return kind;
    }

    /** The title of the course or programme. */
    public Optional<LocalizedString> title() {
        return title;
    }

    /** The abstract or short description. */
    public Optional<LocalizedString> summary() {
        return summary;
    }

    /** The field of studies (ISCED-F). */
    public Optional<IscedFCode> fieldOfStudy() {
        return fieldOfStudy;
    }

    /** The issuing institution, with its faculty or department. */
    public Optional<Organisation> institution() {
        return institution;
    }

    /** The authors or teachers, with short biographies. */
    public List<Teacher> teachers() {
        return teachers;
    }

    /** The scope in ECTS, volume in hours and dual ECTS split. */
    public Optional<Workload> workload() {
        return workload;
    }

    /** The estimated duration, for example six weeks. */
    public Optional<Period> estimatedDuration() {
        return estimatedDuration;
    }

    /** The start date. */
    public Optional<LocalDate> startDate() {
        return startDate;
    }

    /** Whether learners may start at a time of their choice. */
    public boolean flexibleStart() {
        return flexibleStart;
    }

    /** The end date, if applicable. */
    public Optional<LocalDate> endDate() {
        return endDate;
    }

    /** The registration deadline (HE-PUBLISH). */
    public Optional<LocalDate> registrationDeadline() {
        return registrationDeadline;
    }

    /** The target group. */
    public Optional<LocalizedString> targetGroup() {
        return targetGroup;
    }

    /** The entry requirements (prerequisites). */
    public Optional<LocalizedString> entryRequirements() {
        return entryRequirements;
    }

    /** The language(s) of the course. */
    public List<Language> languages() {
        return languages;
    }

    /** The EQF level, QF-EHEA cycle or NQF level. */
    public Optional<Level> level() {
        return level;
    }

    /** The mode of learning (online, on site, blended). */
    public Optional<ParticipationForm> participationForm() {
        return participationForm;
    }

    /** The form of learning/study. */
    public Optional<FormOfStudy> formOfStudy() {
        return formOfStudy;
    }

    /** The HEROES delivery mode. */
    public Optional<DeliveryMode> deliveryMode() {
        return deliveryMode;
    }

    /** The HEROES presentation formats. */
    public List<PresentationFormat> presentationFormats() {
        return presentationFormats;
    }

    /** Keywords or tags. */
    public List<String> keywords() {
        return keywords;
    }

    /** The price, if applicable. */
    public Optional<Pricing> pricing() {
        return pricing;
    }

    /** The competencies and learning outcomes. */
    public List<LearningOutcome> learningOutcomes() {
        return learningOutcomes;
    }

    /** The pedagogical approach, structure and interactivity. */
    public Optional<LocalizedString> pedagogicalApproach() {
        return pedagogicalApproach;
    }

    /** The main topics. */
    public List<LocalizedString> mainTopics() {
        return mainTopics;
    }

    /** The delivery type, mentored or self-learning. */
    public Optional<Guidance> guidance() {
        return guidance;
    }

    /** The distribution of learning hours. */
    public List<HoursAllocation> hoursDistribution() {
        return hoursDistribution;
    }

    /** The assessment strategy and methods. */
    public Optional<LocalizedString> assessmentStrategy() {
        return assessmentStrategy;
    }

    /** The assessments, with their types, credits and supervision. */
    public List<Assessment> assessments() {
        return assessments;
    }

    /** The learning activities and assignments. */
    public List<LearningActivity> learningActivities() {
        return learningActivities;
    }

    /** The credentials that will be issued. */
    public List<CredentialKind> credentialsIssued() {
        return credentialsIssued;
    }

    /** The requirements for obtaining the credentials. */
    public Optional<LocalizedString> credentialRequirements() {
        return credentialRequirements;
    }

    /** The stackability options and links with other courses. */
    public Optional<Integration> integration() {
        return integration;
    }

    /** Industry or institutional support statements. */
    public Optional<LocalizedString> industrySupport() {
        return industrySupport;
    }

    /** The skill tags (HE-SKILLS). */
    public List<Skill> skills() {
        return skills;
    }

    /** The single assessing partner institution (HE-ASSESSOR). */
    public Optional<Organisation> assessingInstitution() {
        return assessingInstitution;
    }

    /** The institutions that developed it. */
    public List<Organisation> developingPartners() {
        return developingPartners;
    }

    /** HEROES-Developed or HEROES-Approved. */
    public Optional<HeroesActivityType> heroesActivity() {
        return heroesActivity;
    }

    /** Whether it was developed with HEROES project funding (HE-FREE). */
    public boolean projectFunded() {
        return projectFunded;
    }

    /** The types of quality assurance. */
    public List<QualityAssurance> qualityAssurance() {
        return qualityAssurance;
    }

    /** Further information. */
    public Optional<LocalizedString> furtherInformation() {
        return furtherInformation;
    }

    /** The public web page of the opportunity. */
    public Optional<URI> homepage() {
        return homepage;
    }

    /** Who confirmed which element (DP-CONFIRM). */
    public List<Confirmation> confirmations() {
        return confirmations;
    }

    /** Equal when every element is equal. */
    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LearningOpportunity that)) {
            return false;
        }
        return id.equals(that.id)
                && kind.equals(that.kind)
                && title.equals(that.title)
                && summary.equals(that.summary)
                && fieldOfStudy.equals(that.fieldOfStudy)
                && institution.equals(that.institution)
                && teachers.equals(that.teachers)
                && workload.equals(that.workload)
                && estimatedDuration.equals(that.estimatedDuration)
                && startDate.equals(that.startDate)
                && flexibleStart == that.flexibleStart
                && endDate.equals(that.endDate)
                && registrationDeadline.equals(that.registrationDeadline)
                && targetGroup.equals(that.targetGroup)
                && entryRequirements.equals(that.entryRequirements)
                && languages.equals(that.languages)
                && level.equals(that.level)
                && participationForm.equals(that.participationForm)
                && formOfStudy.equals(that.formOfStudy)
                && deliveryMode.equals(that.deliveryMode)
                && presentationFormats.equals(that.presentationFormats)
                && keywords.equals(that.keywords)
                && pricing.equals(that.pricing)
                && learningOutcomes.equals(that.learningOutcomes)
                && pedagogicalApproach.equals(that.pedagogicalApproach)
                && mainTopics.equals(that.mainTopics)
                && guidance.equals(that.guidance)
                && hoursDistribution.equals(that.hoursDistribution)
                && assessmentStrategy.equals(that.assessmentStrategy)
                && assessments.equals(that.assessments)
                && learningActivities.equals(that.learningActivities)
                && credentialsIssued.equals(that.credentialsIssued)
                && credentialRequirements.equals(that.credentialRequirements)
                && integration.equals(that.integration)
                && industrySupport.equals(that.industrySupport)
                && skills.equals(that.skills)
                && assessingInstitution.equals(that.assessingInstitution)
                && developingPartners.equals(that.developingPartners)
                && heroesActivity.equals(that.heroesActivity)
                && projectFunded == that.projectFunded
                && qualityAssurance.equals(that.qualityAssurance)
                && furtherInformation.equals(that.furtherInformation)
                && homepage.equals(that.homepage)
                && confirmations.equals(that.confirmations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, title, summary, fieldOfStudy, institution, teachers, workload,
                estimatedDuration, startDate, flexibleStart, endDate, registrationDeadline, targetGroup,
                entryRequirements, languages, level, participationForm, formOfStudy, deliveryMode,
                presentationFormats, keywords, pricing, learningOutcomes, pedagogicalApproach,
                mainTopics, guidance, hoursDistribution, assessmentStrategy, assessments,
                learningActivities, credentialsIssued, credentialRequirements, integration,
                industrySupport, skills, assessingInstitution, developingPartners, heroesActivity,
                projectFunded, qualityAssurance, furtherInformation, homepage, confirmations);
    }

    /**
     * Builds a {@link LearningOpportunity}. Only the identifier is required: a credential that lacks elements
     * can be built so that validation can report what is missing.
     */
    public static final class Builder {
        private URI id;
        private OpportunityKind kind;
        private @Nullable LocalizedString title;
        private @Nullable LocalizedString summary;
        private @Nullable IscedFCode fieldOfStudy;
        private @Nullable Organisation institution;
        private final List<Teacher> teachers = new ArrayList<>();
        private @Nullable Workload workload;
        private @Nullable Period estimatedDuration;
        private @Nullable LocalDate startDate;
        private boolean flexibleStart;
        private @Nullable LocalDate endDate;
        private @Nullable LocalDate registrationDeadline;
        private @Nullable LocalizedString targetGroup;
        private @Nullable LocalizedString entryRequirements;
        private final List<Language> languages = new ArrayList<>();
        private @Nullable Level level;
        private @Nullable ParticipationForm participationForm;
        private @Nullable FormOfStudy formOfStudy;
        private @Nullable DeliveryMode deliveryMode;
        private final List<PresentationFormat> presentationFormats = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private @Nullable Pricing pricing;
        private final List<LearningOutcome> learningOutcomes = new ArrayList<>();
        private @Nullable LocalizedString pedagogicalApproach;
        private final List<LocalizedString> mainTopics = new ArrayList<>();
        private @Nullable Guidance guidance;
        private final List<HoursAllocation> hoursDistribution = new ArrayList<>();
        private @Nullable LocalizedString assessmentStrategy;
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<LearningActivity> learningActivities = new ArrayList<>();
        private final List<CredentialKind> credentialsIssued = new ArrayList<>();
        private @Nullable LocalizedString credentialRequirements;
        private @Nullable Integration integration;
        private @Nullable LocalizedString industrySupport;
        private final List<Skill> skills = new ArrayList<>();
        private @Nullable Organisation assessingInstitution;
        private final List<Organisation> developingPartners = new ArrayList<>();
        private @Nullable HeroesActivityType heroesActivity;
        private boolean projectFunded;
        private final List<QualityAssurance> qualityAssurance = new ArrayList<>();
        private @Nullable LocalizedString furtherInformation;
        private @Nullable URI homepage;
        private final List<Confirmation> confirmations = new ArrayList<>();

        private Builder(URI id) {
            this.id = Objects.requireNonNull(id, "id");
            this.kind = OpportunityKind.MICRO_CREDENTIAL;
        }

        /**
         * Sets the opportunity's identifier.
         *
         * @param value the opportunity's identifier
         * @return this builder
         */
        public Builder id(URI value) {
            id = Objects.requireNonNull(value, "id");
            return this;
        }
        /**
         * Sets a micro-credential or a standalone course (default: OpportunityKind.MICRO_CREDENTIAL).
         *
         * @param value a micro-credential or a standalone course (default: OpportunityKind.MICRO_CREDENTIAL)
         * @return this builder
         */
        public Builder kind(OpportunityKind value) {
            kind = Objects.requireNonNull(value, "kind");
            return this;
        }
        /**
         * Sets the title of the course or programme; {@code null} clears it.
         *
         * @param value the title of the course or programme
         * @return this builder
         */
        public Builder title(@Nullable LocalizedString value) {
            title = value;
            return this;
        }
        /**
         * Sets the abstract or short description; {@code null} clears it.
         *
         * @param value the abstract or short description
         * @return this builder
         */
        public Builder summary(@Nullable LocalizedString value) {
            summary = value;
            return this;
        }
        /**
         * Sets the field of studies (ISCED-F); {@code null} clears it.
         *
         * @param value the field of studies (ISCED-F)
         * @return this builder
         */
        public Builder fieldOfStudy(@Nullable IscedFCode value) {
            fieldOfStudy = value;
            return this;
        }
        /**
         * Sets the issuing institution; {@code null} clears it.
         *
         * @param value the issuing institution
         * @return this builder
         */
        public Builder institution(@Nullable Organisation value) {
            institution = value;
            return this;
        }
        /**
         * Adds to the authors or teachers.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addTeacher(Teacher value) {
            teachers.add(Objects.requireNonNull(value, "teachers"));
            return this;
        }

        /**
         * Replaces the authors or teachers.
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
         * Sets the scope in ECTS; {@code null} clears it.
         *
         * @param value the scope in ECTS
         * @return this builder
         */
        public Builder workload(@Nullable Workload value) {
            workload = value;
            return this;
        }
        /**
         * Sets the estimated duration; {@code null} clears it.
         *
         * @param value the estimated duration
         * @return this builder
         */
        public Builder estimatedDuration(@Nullable Period value) {
            estimatedDuration = value;
            return this;
        }
        /**
         * Sets the start date; {@code null} clears it.
         *
         * @param value the start date
         * @return this builder
         */
        public Builder startDate(@Nullable LocalDate value) {
            startDate = value;
            return this;
        }
        /**
         * Sets whether learners may start at a time of their choice.
         *
         * @param value whether learners may start at a time of their choice
         * @return this builder
         */
        public Builder flexibleStart(boolean value) {
            flexibleStart = value;
            return this;
        }
        /**
         * Sets the end date; {@code null} clears it.
         *
         * @param value the end date
         * @return this builder
         */
        public Builder endDate(@Nullable LocalDate value) {
            endDate = value;
            return this;
        }
        /**
         * Sets the registration deadline (HE-PUBLISH); {@code null} clears it.
         *
         * @param value the registration deadline (HE-PUBLISH)
         * @return this builder
         */
        public Builder registrationDeadline(@Nullable LocalDate value) {
            registrationDeadline = value;
            return this;
        }
        /**
         * Sets the target group; {@code null} clears it.
         *
         * @param value the target group
         * @return this builder
         */
        public Builder targetGroup(@Nullable LocalizedString value) {
            targetGroup = value;
            return this;
        }
        /**
         * Sets the entry requirements (prerequisites); {@code null} clears it.
         *
         * @param value the entry requirements (prerequisites)
         * @return this builder
         */
        public Builder entryRequirements(@Nullable LocalizedString value) {
            entryRequirements = value;
            return this;
        }
        /**
         * Adds to the language(s) of the course.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLanguage(Language value) {
            languages.add(Objects.requireNonNull(value, "languages"));
            return this;
        }

        /**
         * Replaces the language(s) of the course.
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
         * Sets the EQF level; {@code null} clears it.
         *
         * @param value the EQF level
         * @return this builder
         */
        public Builder level(@Nullable Level value) {
            level = value;
            return this;
        }
        /**
         * Sets the mode of learning (online; {@code null} clears it.
         *
         * @param value the mode of learning (online
         * @return this builder
         */
        public Builder participationForm(@Nullable ParticipationForm value) {
            participationForm = value;
            return this;
        }
        /**
         * Sets the form of learning/study; {@code null} clears it.
         *
         * @param value the form of learning/study
         * @return this builder
         */
        public Builder formOfStudy(@Nullable FormOfStudy value) {
            formOfStudy = value;
            return this;
        }
        /**
         * Sets the HEROES delivery mode; {@code null} clears it.
         *
         * @param value the HEROES delivery mode
         * @return this builder
         */
        public Builder deliveryMode(@Nullable DeliveryMode value) {
            deliveryMode = value;
            return this;
        }
        /**
         * Adds to the HEROES presentation formats.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addPresentationFormat(PresentationFormat value) {
            presentationFormats.add(Objects.requireNonNull(value, "presentationFormats"));
            return this;
        }

        /**
         * Replaces the HEROES presentation formats.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder presentationFormats(List<PresentationFormat> values) {
            presentationFormats.clear();
            values.forEach(this::addPresentationFormat);
            return this;
        }
        /**
         * Adds to keywords or tags.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addKeyword(String value) {
            keywords.add(Objects.requireNonNull(value, "keywords"));
            return this;
        }

        /**
         * Replaces keywords or tags.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder keywords(List<String> values) {
            keywords.clear();
            values.forEach(this::addKeyword);
            return this;
        }
        /**
         * Sets the price; {@code null} clears it.
         *
         * @param value the price
         * @return this builder
         */
        public Builder pricing(@Nullable Pricing value) {
            pricing = value;
            return this;
        }
        /**
         * Adds to the competencies and learning outcomes.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLearningOutcome(LearningOutcome value) {
            learningOutcomes.add(Objects.requireNonNull(value, "learningOutcomes"));
            return this;
        }

        /**
         * Replaces the competencies and learning outcomes.
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
         * Sets the pedagogical approach; {@code null} clears it.
         *
         * @param value the pedagogical approach
         * @return this builder
         */
        public Builder pedagogicalApproach(@Nullable LocalizedString value) {
            pedagogicalApproach = value;
            return this;
        }
        /**
         * Adds to the main topics.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addMainTopic(LocalizedString value) {
            mainTopics.add(Objects.requireNonNull(value, "mainTopics"));
            return this;
        }

        /**
         * Replaces the main topics.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder mainTopics(List<LocalizedString> values) {
            mainTopics.clear();
            values.forEach(this::addMainTopic);
            return this;
        }
        /**
         * Sets the delivery type; {@code null} clears it.
         *
         * @param value the delivery type
         * @return this builder
         */
        public Builder guidance(@Nullable Guidance value) {
            guidance = value;
            return this;
        }
        /**
         * Adds to the distribution of learning hours.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addHoursAllocation(HoursAllocation value) {
            hoursDistribution.add(Objects.requireNonNull(value, "hoursDistribution"));
            return this;
        }

        /**
         * Replaces the distribution of learning hours.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder hoursDistribution(List<HoursAllocation> values) {
            hoursDistribution.clear();
            values.forEach(this::addHoursAllocation);
            return this;
        }
        /**
         * Sets the assessment strategy and methods; {@code null} clears it.
         *
         * @param value the assessment strategy and methods
         * @return this builder
         */
        public Builder assessmentStrategy(@Nullable LocalizedString value) {
            assessmentStrategy = value;
            return this;
        }
        /**
         * Adds to the assessments.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addAssessment(Assessment value) {
            assessments.add(Objects.requireNonNull(value, "assessments"));
            return this;
        }

        /**
         * Replaces the assessments.
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
         * Adds to the learning activities and assignments.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addLearningActivity(LearningActivity value) {
            learningActivities.add(Objects.requireNonNull(value, "learningActivities"));
            return this;
        }

        /**
         * Replaces the learning activities and assignments.
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
         * Adds to the credentials that will be issued.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addCredentialIssued(CredentialKind value) {
            credentialsIssued.add(Objects.requireNonNull(value, "credentialsIssued"));
            return this;
        }

        /**
         * Replaces the credentials that will be issued.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder credentialsIssued(List<CredentialKind> values) {
            credentialsIssued.clear();
            values.forEach(this::addCredentialIssued);
            return this;
        }
        /**
         * Sets the requirements for obtaining the credentials; {@code null} clears it.
         *
         * @param value the requirements for obtaining the credentials
         * @return this builder
         */
        public Builder credentialRequirements(@Nullable LocalizedString value) {
            credentialRequirements = value;
            return this;
        }
        /**
         * Sets the stackability options and links with other courses; {@code null} clears it.
         *
         * @param value the stackability options and links with other courses
         * @return this builder
         */
        public Builder integration(@Nullable Integration value) {
            integration = value;
            return this;
        }
        /**
         * Sets industry or institutional support statements; {@code null} clears it.
         *
         * @param value industry or institutional support statements
         * @return this builder
         */
        public Builder industrySupport(@Nullable LocalizedString value) {
            industrySupport = value;
            return this;
        }
        /**
         * Adds to the skill tags (HE-SKILLS).
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addSkill(Skill value) {
            skills.add(Objects.requireNonNull(value, "skills"));
            return this;
        }

        /**
         * Replaces the skill tags (HE-SKILLS).
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
         * Sets the single assessing partner institution (HE-ASSESSOR); {@code null} clears it.
         *
         * @param value the single assessing partner institution (HE-ASSESSOR)
         * @return this builder
         */
        public Builder assessingInstitution(@Nullable Organisation value) {
            assessingInstitution = value;
            return this;
        }
        /**
         * Adds to the institutions that developed it.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addDevelopingPartner(Organisation value) {
            developingPartners.add(Objects.requireNonNull(value, "developingPartners"));
            return this;
        }

        /**
         * Replaces the institutions that developed it.
         *
         * @param values the new elements
         * @return this builder
         */
        public Builder developingPartners(List<Organisation> values) {
            developingPartners.clear();
            values.forEach(this::addDevelopingPartner);
            return this;
        }
        /**
         * Sets HEROES-Developed or HEROES-Approved; {@code null} clears it.
         *
         * @param value HEROES-Developed or HEROES-Approved
         * @return this builder
         */
        public Builder heroesActivity(@Nullable HeroesActivityType value) {
            heroesActivity = value;
            return this;
        }
        /**
         * Sets whether it was developed with HEROES project funding (HE-FREE).
         *
         * @param value whether it was developed with HEROES project funding (HE-FREE)
         * @return this builder
         */
        public Builder projectFunded(boolean value) {
            projectFunded = value;
            return this;
        }
        /**
         * Adds to the types of quality assurance.
         *
         * @param value the element to add
         * @return this builder
         */
        public Builder addQualityAssurance(QualityAssurance value) {
            qualityAssurance.add(Objects.requireNonNull(value, "qualityAssurance"));
            return this;
        }

        /**
         * Replaces the types of quality assurance.
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
         * Sets further information; {@code null} clears it.
         *
         * @param value further information
         * @return this builder
         */
        public Builder furtherInformation(@Nullable LocalizedString value) {
            furtherInformation = value;
            return this;
        }
        /**
         * Sets the public web page of the opportunity; {@code null} clears it.
         *
         * @param value the public web page of the opportunity
         * @return this builder
         */
        public Builder homepage(@Nullable URI value) {
            homepage = value;
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
         * Builds the learning opportunity.
         *
         * @return the learning opportunity
         * @throws IllegalArgumentException if parts that link to each other by identifier share one
         */
        public LearningOpportunity build() {
            return new LearningOpportunity(this);
        }
    }
}
