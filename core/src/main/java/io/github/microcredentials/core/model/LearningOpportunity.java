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
 *
 * @param id the opportunity's identifier, a URI
 * @param kind a micro-credential or a standalone course (default: OpportunityKind.MICRO_CREDENTIAL)
 * @param title the title of the course or programme
 * @param summary the abstract or short description
 * @param fieldOfStudy the field of studies (ISCED-F)
 * @param institution the issuing institution, with its faculty or department
 * @param teachers the authors or teachers, with short biographies
 * @param workload the scope in ECTS, volume in hours and dual ECTS split
 * @param estimatedDuration the estimated duration, for example six weeks
 * @param startDate the start date
 * @param flexibleStart whether learners may start at a time of their choice
 * @param endDate the end date, if applicable
 * @param registrationDeadline the registration deadline (HE-PUBLISH)
 * @param targetGroup the target group
 * @param entryRequirements the entry requirements (prerequisites)
 * @param languages the language(s) of the course
 * @param level the EQF level, QF-EHEA cycle or NQF level
 * @param participationForm the mode of learning (online, on site, blended)
 * @param formOfStudy the form of learning/study
 * @param deliveryMode the HEROES delivery mode
 * @param presentationFormats the HEROES presentation formats
 * @param keywords keywords or tags
 * @param pricing the price, if applicable
 * @param learningOutcomes the competencies and learning outcomes
 * @param pedagogicalApproach the pedagogical approach, structure and interactivity
 * @param mainTopics the main topics
 * @param guidance the delivery type, mentored or self-learning
 * @param hoursDistribution the distribution of learning hours
 * @param assessmentStrategy the assessment strategy and methods
 * @param assessments the assessments, with their types, credits and supervision
 * @param learningActivities the learning activities and assignments
 * @param credentialsIssued the credentials that will be issued
 * @param credentialRequirements the requirements for obtaining the credentials
 * @param integration the stackability options and links with other courses
 * @param industrySupport industry or institutional support statements
 * @param skills the skill tags (HE-SKILLS)
 * @param assessingInstitution the single assessing partner institution (HE-ASSESSOR)
 * @param developingPartners the institutions that developed it
 * @param heroesActivity HEROES-Developed or HEROES-Approved
 * @param projectFunded whether it was developed with HEROES project funding (HE-FREE)
 * @param qualityAssurance the types of quality assurance
 * @param furtherInformation further information
 * @param homepage the public web page of the opportunity
 * @param confirmations who confirmed which element (DP-CONFIRM)
 */
@Conforms
public record LearningOpportunity(
        URI id,
        OpportunityKind kind,
        Optional<LocalizedString> title,
        Optional<LocalizedString> summary,
        Optional<IscedFCode> fieldOfStudy,
        Optional<Organisation> institution,
        List<Teacher> teachers,
        Optional<Workload> workload,
        Optional<Period> estimatedDuration,
        Optional<LocalDate> startDate,
        boolean flexibleStart,
        Optional<LocalDate> endDate,
        Optional<LocalDate> registrationDeadline,
        Optional<LocalizedString> targetGroup,
        Optional<LocalizedString> entryRequirements,
        List<Language> languages,
        Optional<Level> level,
        Optional<ParticipationForm> participationForm,
        Optional<FormOfStudy> formOfStudy,
        Optional<DeliveryMode> deliveryMode,
        List<PresentationFormat> presentationFormats,
        List<String> keywords,
        Optional<Pricing> pricing,
        List<LearningOutcome> learningOutcomes,
        Optional<LocalizedString> pedagogicalApproach,
        List<LocalizedString> mainTopics,
        Optional<Guidance> guidance,
        List<HoursAllocation> hoursDistribution,
        Optional<LocalizedString> assessmentStrategy,
        List<Assessment> assessments,
        List<LearningActivity> learningActivities,
        List<CredentialKind> credentialsIssued,
        Optional<LocalizedString> credentialRequirements,
        Optional<Integration> integration,
        Optional<LocalizedString> industrySupport,
        List<Skill> skills,
        Optional<Organisation> assessingInstitution,
        List<Organisation> developingPartners,
        Optional<HeroesActivityType> heroesActivity,
        boolean projectFunded,
        List<QualityAssurance> qualityAssurance,
        Optional<LocalizedString> furtherInformation,
        Optional<URI> homepage,
        List<Confirmation> confirmations) {

    /**
     * Checks that every component is present (optional ones as {@code Optional}) and copies the
     * lists.
     *
     * @throws IllegalArgumentException if parts that link to each other by identifier share one
     */
    public LearningOpportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
        Objects.requireNonNull(institution, "institution");
        teachers = List.copyOf(teachers);
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(estimatedDuration, "estimatedDuration");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(registrationDeadline, "registrationDeadline");
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(entryRequirements, "entryRequirements");
        languages = List.copyOf(languages);
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(participationForm, "participationForm");
        Objects.requireNonNull(formOfStudy, "formOfStudy");
        Objects.requireNonNull(deliveryMode, "deliveryMode");
        presentationFormats = List.copyOf(presentationFormats);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(pricing, "pricing");
        learningOutcomes = List.copyOf(learningOutcomes);
        Objects.requireNonNull(pedagogicalApproach, "pedagogicalApproach");
        mainTopics = List.copyOf(mainTopics);
        Objects.requireNonNull(guidance, "guidance");
        hoursDistribution = List.copyOf(hoursDistribution);
        Objects.requireNonNull(assessmentStrategy, "assessmentStrategy");
        assessments = List.copyOf(assessments);
        learningActivities = List.copyOf(learningActivities);
        credentialsIssued = List.copyOf(credentialsIssued);
        Objects.requireNonNull(credentialRequirements, "credentialRequirements");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(industrySupport, "industrySupport");
        skills = List.copyOf(skills);
        Objects.requireNonNull(assessingInstitution, "assessingInstitution");
        developingPartners = List.copyOf(developingPartners);
        Objects.requireNonNull(heroesActivity, "heroesActivity");
        qualityAssurance = List.copyOf(qualityAssurance);
        Objects.requireNonNull(furtherInformation, "furtherInformation");
        Objects.requireNonNull(homepage, "homepage");
        confirmations = List.copyOf(confirmations);
        Ids.unique(learningOutcomes, LearningOutcome::id, "learning outcome");
        Ids.unique(assessments, Assessment::id, "assessment");
        Ids.unique(learningActivities, LearningActivity::id, "learning activity");
    }

    /**
     * Starts a learningOpportunity.
     *
     * @param id the opportunity's identifier, a URI
     * @return a builder
     */
    public static Builder builder(URI id) {
        return new Builder(id);
    }

    /**
     * A builder initialised with this learningOpportunity's data, to derive a changed copy.
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
         * Builds the learningOpportunity.
         *
         * @return the learningOpportunity
         * @throws IllegalArgumentException if parts that link to each other by identifier share one
         */
        public LearningOpportunity build() {
            return new LearningOpportunity(
                    id,
                    kind,
                    Optional.ofNullable(title),
                    Optional.ofNullable(summary),
                    Optional.ofNullable(fieldOfStudy),
                    Optional.ofNullable(institution),
                    teachers,
                    Optional.ofNullable(workload),
                    Optional.ofNullable(estimatedDuration),
                    Optional.ofNullable(startDate),
                    flexibleStart,
                    Optional.ofNullable(endDate),
                    Optional.ofNullable(registrationDeadline),
                    Optional.ofNullable(targetGroup),
                    Optional.ofNullable(entryRequirements),
                    languages,
                    Optional.ofNullable(level),
                    Optional.ofNullable(participationForm),
                    Optional.ofNullable(formOfStudy),
                    Optional.ofNullable(deliveryMode),
                    presentationFormats,
                    keywords,
                    Optional.ofNullable(pricing),
                    learningOutcomes,
                    Optional.ofNullable(pedagogicalApproach),
                    mainTopics,
                    Optional.ofNullable(guidance),
                    hoursDistribution,
                    Optional.ofNullable(assessmentStrategy),
                    assessments,
                    learningActivities,
                    credentialsIssued,
                    Optional.ofNullable(credentialRequirements),
                    Optional.ofNullable(integration),
                    Optional.ofNullable(industrySupport),
                    skills,
                    Optional.ofNullable(assessingInstitution),
                    developingPartners,
                    Optional.ofNullable(heroesActivity),
                    projectFunded,
                    qualityAssurance,
                    Optional.ofNullable(furtherInformation),
                    Optional.ofNullable(homepage),
                    confirmations);
        }
    }
}
