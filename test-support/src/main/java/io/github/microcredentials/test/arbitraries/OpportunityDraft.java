package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Guidance;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.HoursAllocation;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.DeliveryMode;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a learning opportunity before it is built (see {@link CredentialDraft}): every
 * field the DigiProf description (§6.1) and the HEROES publication (§7.1.4) ask for.
 */
final class OpportunityDraft {

    URI id = URI.create("https://www.example.eu/mc/1");
    OpportunityKind kind = OpportunityKind.MICRO_CREDENTIAL;
    @Nullable LocalizedString title;
    @Nullable LocalizedString summary;
    @Nullable IscedFCode fieldOfStudy;
    @Nullable Organisation institution;
    List<Teacher> teachers = List.of();
    @Nullable Workload workload;
    @Nullable Period estimatedDuration;
    @Nullable LocalDate startDate;
    @Nullable LocalDate endDate;
    @Nullable LocalDate registrationDeadline;
    @Nullable LocalizedString targetGroup;
    @Nullable LocalizedString entryRequirements;
    List<Language> languages = List.of();
    @Nullable Level level;
    @Nullable ParticipationForm participationForm;
    @Nullable FormOfStudy formOfStudy;
    @Nullable DeliveryMode deliveryMode;
    List<String> keywords = List.of();
    @Nullable Pricing pricing;
    List<Parts.OutcomeSpec> outcomes = List.of();
    @Nullable LocalizedString pedagogicalApproach;
    List<LocalizedString> mainTopics = List.of();
    @Nullable Guidance guidance;
    List<HoursAllocation> hoursDistribution = List.of();
    @Nullable LocalizedString assessmentStrategy;
    List<Parts.AssessmentSpec> assessments = List.of();
    List<CredentialKind> credentialsIssued = List.of();
    @Nullable LocalizedString credentialRequirements;
    @Nullable Integration integration;
    @Nullable LocalizedString industrySupport;
    List<Skill> skills = List.of();
    @Nullable Organisation assessingInstitution;
    List<Organisation> developingPartners = List.of();
    @Nullable HeroesActivityType heroesActivity;
    boolean projectFunded;
    List<QualityAssurance> qualityAssurance = List.of();

    OpportunityDraft copy() {
        OpportunityDraft c = new OpportunityDraft();
        c.id = id;
        c.kind = kind;
        c.title = title;
        c.summary = summary;
        c.fieldOfStudy = fieldOfStudy;
        c.institution = institution;
        c.teachers = teachers;
        c.workload = workload;
        c.estimatedDuration = estimatedDuration;
        c.startDate = startDate;
        c.endDate = endDate;
        c.registrationDeadline = registrationDeadline;
        c.targetGroup = targetGroup;
        c.entryRequirements = entryRequirements;
        c.languages = languages;
        c.level = level;
        c.participationForm = participationForm;
        c.formOfStudy = formOfStudy;
        c.deliveryMode = deliveryMode;
        c.keywords = keywords;
        c.pricing = pricing;
        c.outcomes = outcomes;
        c.pedagogicalApproach = pedagogicalApproach;
        c.mainTopics = mainTopics;
        c.guidance = guidance;
        c.hoursDistribution = hoursDistribution;
        c.assessmentStrategy = assessmentStrategy;
        c.assessments = assessments;
        c.credentialsIssued = credentialsIssued;
        c.credentialRequirements = credentialRequirements;
        c.integration = integration;
        c.industrySupport = industrySupport;
        c.skills = skills;
        c.assessingInstitution = assessingInstitution;
        c.developingPartners = developingPartners;
        c.heroesActivity = heroesActivity;
        c.projectFunded = projectFunded;
        c.qualityAssurance = qualityAssurance;
        return c;
    }

    /**
     * Makes this a HEROES standalone course: no assessment, a non-credit badge on completion, and
     * back-end credits that may be below 1.0 (HEROES D6.1 §1.3.2).
     */
    OpportunityDraft standaloneCourse(EctsCredits credits, int hoursPerCredit) {
        kind = OpportunityKind.STANDALONE_COURSE;
        assessments = List.of();
        assessmentStrategy = null;
        assessingInstitution = null;
        credentialsIssued = List.of(CredentialKind.PROGRESSION_BADGE);
        workload = Workload.of(credits, Duration.ofMinutes(credits.value().multiply(
                java.math.BigDecimal.valueOf(60L * hoursPerCredit)).longValueExact()));
        return this;
    }

    LearningOpportunity build() {
        EctsCredits assessmentCredits = workload == null ? null
                : workload.split().map(s -> s.assessment()).orElse(null);
        return LearningOpportunity.builder(id).kind(kind).title(title).summary(summary).fieldOfStudy(fieldOfStudy)
                .institution(institution).teachers(teachers).workload(workload).estimatedDuration(estimatedDuration)
                .startDate(startDate).endDate(endDate).registrationDeadline(registrationDeadline)
                .targetGroup(targetGroup).entryRequirements(entryRequirements).languages(languages).level(level)
                .participationForm(participationForm).formOfStudy(formOfStudy).deliveryMode(deliveryMode)
                .keywords(keywords).pricing(pricing).learningOutcomes(Parts.built(outcomes))
                .pedagogicalApproach(pedagogicalApproach).mainTopics(mainTopics).guidance(guidance)
                .hoursDistribution(hoursDistribution).assessmentStrategy(assessmentStrategy)
                .assessments(Parts.aligned(assessments, outcomes.size(), assessmentCredits))
                .credentialsIssued(credentialsIssued).credentialRequirements(credentialRequirements)
                .integration(integration).industrySupport(industrySupport).skills(skills)
                .assessingInstitution(assessingInstitution).developingPartners(developingPartners)
                .heroesActivity(heroesActivity).projectFunded(projectFunded).qualityAssurance(qualityAssurance)
                .build();
    }
}
