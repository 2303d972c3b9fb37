package io.github.microcredentials.core.sample;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.DesignItem;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Guidance;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.HoursAllocation;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.DeliveryMode;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.core.vocab.PresentationFormat;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic sample data for demos, tests and documentation: a HEROES-style 3 ECTS micro-credential
 * at EQF level 6 ("FAIR Research Data Management"), the learning opportunity behind it, its
 * standalone course, a learning pathway, a micro-credential pathway and a course design.
 *
 * <p>The institution is a real HEROES partner (UCN, Denmark); the learner and every identifier are
 * fictitious. The ESCO skills are real ESCO concepts, as used in the EU's own sample credentials.
 * Every call returns equal, immutable objects.
 */
public final class Samples {

    /** The identifier of {@link #microCredential()}. */
    public static final URI CREDENTIAL_ID = URI.create("urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10");

    /** The identifier of {@link #learningOpportunity()}. */
    public static final URI OPPORTUNITY_ID = URI.create("https://www.ucn.dk/heroes/mc/fair-research-data");

    private static final Skill FAIR_DATA = Skill.esco(
            "http://data.europa.eu/esco/skill/4f5c1208-62fd-4e5a-a51e-306c06947e11",
            "manage findable accessible interoperable and reusable data");
    private static final Skill DIGITAL_CONTENT = Skill.esco(
            "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a", "develop digital content");
    private static final Skill COLLABORATION = Skill.esco(
            "http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d",
            "establish collaborative relations");

    private Samples() {
    }

    /**
     * The awarding and assessing institution: UCN, University College of Northern Denmark.
     *
     * @return the organisation
     */
    public static Organisation ucn() {
        return Organisation.builder(URI.create("https://www.ucn.dk"),
                        LocalizedString.en("University College of Northern Denmark")
                                .with("da", "Professionshøjskolen University College Nordjylland"))
                .shortName(LocalizedString.en("UCN"))
                .country(new Country("DK"))
                .homepage(URI.create("https://www.ucn.dk"))
                .email("heroes@ucn.dk")
                .department(LocalizedString.en("Department of Business and Technology"))
                .build();
    }

    /**
     * A second HEROES partner that co-developed the course: Halmstad University, Sweden.
     *
     * @return the organisation
     */
    public static Organisation halmstad() {
        return Organisation.builder(URI.create("https://www.hh.se"), LocalizedString.en("Halmstad University"))
                .shortName(LocalizedString.en("HH"))
                .country(new Country("SE"))
                .homepage(URI.create("https://www.hh.se"))
                .build();
    }

    /**
     * The learning outcomes of the micro-credential, structured after HEROES D6.1 §3.7.
     *
     * @return three outcomes, {@code lo-1} to {@code lo-3}
     */
    public static List<LearningOutcome> learningOutcomes() {
        return List.of(
                LearningOutcome.builder("lo-1", LocalizedString.en(
                                "Design a data management plan that makes a research project's data findable, "
                                        + "accessible, interoperable and reusable (FAIR)."))
                        .verb("design").type(OutcomeType.SKILLS).subject("a data management plan")
                        .standard("meeting the FAIR principles").context("for a research project")
                        .addSkill(FAIR_DATA).build(),
                LearningOutcome.builder("lo-2", LocalizedString.en(
                                "Publish a documented dataset with persistent identifiers and metadata in a "
                                        + "trusted repository."))
                        .verb("publish").type(OutcomeType.SKILLS).subject("a documented dataset")
                        .context("in a trusted repository").addSkill(DIGITAL_CONTENT).build(),
                LearningOutcome.builder("lo-3", LocalizedString.en(
                                "Evaluate data-sharing agreements with research partners against legal and "
                                        + "ethical requirements."))
                        .verb("evaluate").type(OutcomeType.RESPONSIBILITY_AND_AUTONOMY)
                        .subject("data-sharing agreements").standard("against legal and ethical requirements")
                        .addSkill(COLLABORATION).build());
    }

    private static List<Assessment> assessments(boolean withGrade) {
        Assessment.Builder portfolio = Assessment.builder("as-1", LocalizedString.en("Data management portfolio"))
                .type(AssessmentType.PORTFOLIO)
                .description(LocalizedString.en("A data management plan, a published dataset and a reflection on "
                        + "a data-sharing agreement, assessed against a published rubric."))
                .assesses("lo-1").assesses("lo-2").assesses("lo-3")
                .supervision(SupervisionVerification.SUPERVISED_ONLINE_ID_VERIFICATION)
                .assessedBy(AssessedBy.TEACHER)
                .credits(EctsCredits.of(0.5));
        if (withGrade) {
            portfolio.grade(Grade.of("Pass", passFail()));
        }
        return List.of(portfolio.build());
    }

    private static GradingScheme passFail() {
        return new GradingScheme(LocalizedString.en("Pass/fail"),
                Optional.of(LocalizedString.en("Pass when every learning outcome is met at threshold level.")),
                List.of("Fail", "Pass"));
    }

    private static List<QualityAssurance> qualityAssurance() {
        return List.of(
                new QualityAssurance(QualityAssuranceType.INSTITUTIONAL_ACCREDITATION,
                        Optional.of(LocalizedString.en("UCN holds a positive institutional accreditation; its "
                                + "internal quality assurance system covers continuing education and micro-credentials.")),
                        Optional.of(LocalizedString.en("The Danish Accreditation Institution")),
                        Optional.of(URI.create("https://akkr.dk/en/"))),
                QualityAssurance.of(QualityAssuranceType.INTERNAL_QUALITY_ASSURANCE,
                        LocalizedString.en("Designed with the HEROES template and reviewed before publication "
                                + "(HEROES D6.1 §7.1.4).")));
    }

    private static Workload workload() {
        return Workload.dual(EctsCredits.of(3).split(EctsCredits.of(0.5)), Duration.ofHours(81));
    }

    /**
     * A complete issued micro-credential: every mandatory and optional element of Annex I, dual
     * ECTS 3.0 = 2.5 + 0.5, EQF level 6 (first cycle), three ESCO-tagged outcomes, one supervised
     * portfolio assessment passed.
     *
     * @return the micro-credential
     */
    public static MicroCredential microCredential() {
        return MicroCredential.builder(CREDENTIAL_ID)
                .learner(Learner.builder()
                        .id(URI.create("urn:uuid:0b8e3f52-9d41-4c2a-8f3e-5a7b6c1d2e90"))
                        .givenName("Sofie").familyName("Nielsen").fullName("Sofie Nielsen")
                        .dateOfBirth(LocalDate.of(1998, 4, 17))
                        .email("sofie.nielsen@example.org")
                        .addIdentifier(Identifier.of("UCN-2026-004711", "UCN student number"))
                        .addCitizenship(new Country("DK"))
                        .build())
                .title(LocalizedString.en("FAIR Research Data Management")
                        .with("da", "FAIR forskningsdatahåndtering"))
                .description(LocalizedString.en("Plan, document and publish research data so that it is "
                        + "findable, accessible, interoperable and reusable."))
                .addIssuerCountry(new Country("DK"))
                .addAwardingBody(ucn())
                .issued(OffsetDateTime.parse("2026-06-30T10:00:00+02:00"))
                .learningOutcomes(learningOutcomes())
                .workload(workload())
                .level(Level.of(EqfLevel.LEVEL_6, QfEheaCycle.FIRST_CYCLE))
                .assessments(assessments(true))
                .participationForm(ParticipationForm.ONLINE)
                .qualityAssurance(qualityAssurance())
                .prerequisites(LocalizedString.en("None. The HEROES standalone course \"Research data in practice\" "
                        + "prepares for the assessment; learners may go straight to the assessment."))
                .grade(Grade.of("Pass", passFail()))
                .integration(new Integration(io.github.microcredentials.core.vocab.Stackability.STACKABLE,
                        List.of(URI.create("https://www.ucn.dk/heroes/pathways/open-science")),
                        Optional.of(LocalizedString.en("Stackable towards the HEROES Open Science "
                                + "micro-credential pathway (12 ECTS)."))))
                .furtherInformation(LocalizedString.en("Developed in the HEROES European University alliance "
                        + "with Halmstad University."))
                .furtherInformationUrl(OPPORTUNITY_ID)
                .addLanguage(Language.ENGLISH)
                .fieldOfStudy(new IscedFCode("0688"))
                .skills(List.of(FAIR_DATA, DIGITAL_CONTENT, COLLABORATION))
                .learningSetting(LearningSetting.NON_FORMAL)
                .formOfStudy(FormOfStudy.PART_TIME)
                .addTeacher(Teacher.of("Jonas Berg"))
                .placeOfIssue("Aalborg")
                .learningActivities(learningActivities())
                .specification(OPPORTUNITY_ID)
                .addConfirmation(Confirmation.of(AnnexElement.LEARNING_OUTCOMES, ConfirmationRole.PROGRAMME_COMMITTEE))
                .addConfirmation(Confirmation.of(AnnexElement.GRADE, ConfirmationRole.TEACHER))
                .build();
    }

    private static List<LearningActivity> learningActivities() {
        return List.of(
                new LearningActivity("la-1", LocalizedString.en("Online modules on FAIR data"),
                        Optional.of(LocalizedString.en("Six self-paced modules with quizzes and worked examples.")),
                        Optional.of(Duration.ofHours(45)), Optional.of(EctsCredits.of(1.5)), List.of("lo-1", "lo-2")),
                new LearningActivity("la-2", LocalizedString.en("Collaborative case on a data-sharing agreement"),
                        Optional.empty(), Optional.of(Duration.ofHours(22)), Optional.of(EctsCredits.of(1)),
                        List.of("lo-3")));
    }

    /**
     * The learning opportunity behind {@link #microCredential()}: the DigiProf description fields,
     * the HEROES publication metadata and the HEROES structures (dual ECTS, one assessing
     * institution, two developing partners, open access).
     *
     * @return the micro-credential specification
     */
    public static LearningOpportunity learningOpportunity() {
        return LearningOpportunity.builder(OPPORTUNITY_ID)
                .title(LocalizedString.en("FAIR Research Data Management"))
                .summary(LocalizedString.en("Plan, document and publish research data so that it is findable, "
                        + "accessible, interoperable and reusable."))
                .fieldOfStudy(new IscedFCode("0688"))
                .institution(ucn())
                .addTeacher(new Teacher("Jonas Berg", Optional.of(LocalizedString.en(
                        "Data steward and lecturer in information management."))))
                .workload(workload())
                .estimatedDuration(Period.ofWeeks(6))
                .startDate(LocalDate.of(2026, 9, 7)).flexibleStart(true)
                .registrationDeadline(LocalDate.of(2026, 8, 31))
                .targetGroup(LocalizedString.en("Researchers, PhD candidates and research support staff."))
                .entryRequirements(LocalizedString.en("None; a bachelor's degree or equivalent experience is "
                        + "recommended."))
                .addLanguage(Language.ENGLISH)
                .level(Level.of(EqfLevel.LEVEL_6, QfEheaCycle.FIRST_CYCLE))
                .participationForm(ParticipationForm.ONLINE)
                .formOfStudy(FormOfStudy.PART_TIME)
                .deliveryMode(DeliveryMode.ASYNCHRONOUS_ONLINE)
                .presentationFormats(List.of(PresentationFormat.ONLINE_MODULES, PresentationFormat.SELF_PACED_LEARNING))
                .keywords(List.of("open science", "research data", "FAIR"))
                .pricing(Pricing.openAccess())
                .learningOutcomes(learningOutcomes())
                .pedagogicalApproach(LocalizedString.en("Self-paced online modules followed by a collaborative case."))
                .addMainTopic(LocalizedString.en("The FAIR principles"))
                .addMainTopic(LocalizedString.en("Data management plans"))
                .addMainTopic(LocalizedString.en("Repositories and persistent identifiers"))
                .guidance(Guidance.MENTORED)
                .addHoursAllocation(new HoursAllocation(LocalizedString.en("Online modules"), Duration.ofHours(45)))
                .addHoursAllocation(new HoursAllocation(LocalizedString.en("Collaborative case"), Duration.ofHours(22)))
                .addHoursAllocation(new HoursAllocation(LocalizedString.en("Portfolio assessment"), Duration.ofHours(14)))
                .assessmentStrategy(LocalizedString.en("One portfolio assessed against a published rubric; one resit."))
                .assessments(assessments(false))
                .learningActivities(learningActivities())
                .credentialsIssued(List.of(CredentialKind.MICRO_CREDENTIAL, CredentialKind.PROGRESSION_BADGE))
                .credentialRequirements(LocalizedString.en("A passed portfolio assessment."))
                .integration(Integration.stackable(List.of(URI.create("https://www.ucn.dk/heroes/pathways/open-science"))))
                .industrySupport(LocalizedString.en("Endorsed by the university libraries of the HEROES partners."))
                .skills(List.of(FAIR_DATA, DIGITAL_CONTENT, COLLABORATION))
                .assessingInstitution(ucn())
                .developingPartners(List.of(ucn(), halmstad()))
                .heroesActivity(HeroesActivityType.DEVELOPED)
                .projectFunded(true)
                .qualityAssurance(qualityAssurance())
                .furtherInformation(LocalizedString.en("Part of the HEROES catalogue on heroes.eu."))
                .homepage(OPPORTUNITY_ID)
                .build();
    }

    /**
     * The HEROES standalone course that prepares for the micro-credential's assessment: the
     * learning-activity part of the dual ECTS, 2.5 back-end credits, no assessment; completion
     * yields a progression badge.
     *
     * @return the standalone course
     */
    public static LearningOpportunity standaloneCourse() {
        return learningOpportunity().toBuilder()
                .kind(OpportunityKind.STANDALONE_COURSE)
                .title(LocalizedString.en("Research data in practice"))
                .workload(Workload.of(EctsCredits.of(2.5), Duration.ofHours(67)))
                .assessments(List.of())
                .assessmentStrategy(null)
                .credentialsIssued(List.of(CredentialKind.PROGRESSION_BADGE))
                .credentialRequirements(LocalizedString.en("Completion of all modules."))
                .homepage(URI.create("https://www.ucn.dk/heroes/courses/research-data-in-practice"))
                .build();
    }

    /**
     * The progression badge a learner earns by completing {@link #standaloneCourse()}: non-credit,
     * so it shows no ECTS (HEROES rule HE-BADGE).
     *
     * @return the badge
     */
    public static MicroCredential progressionBadge() {
        MicroCredential mc = microCredential();
        return MicroCredential.builder(URI.create("urn:uuid:3c9a0d1e-7f2b-4a8c-b6e5-1d2f3a4b5c6d"))
                .kind(CredentialKind.PROGRESSION_BADGE)
                .learner(mc.learner().orElseThrow())
                .title(LocalizedString.en("Research data in practice: completed"))
                .addIssuerCountry(new Country("DK"))
                .addAwardingBody(ucn())
                .issued(OffsetDateTime.parse("2026-06-01T09:00:00+02:00"))
                .learningOutcomes(mc.learningOutcomes())
                .level(Level.of(EqfLevel.LEVEL_6))
                .participationForm(ParticipationForm.ONLINE)
                .addLanguage(Language.ENGLISH)
                .skills(mc.skills())
                .specification(URI.create("https://www.ucn.dk/heroes/courses/research-data-in-practice"))
                .build();
    }

    /**
     * The learning pathway from the standalone course to the micro-credential's assessment; open,
     * so learners may skip it.
     *
     * @return the learning pathway
     */
    public static LearningPathway learningPathway() {
        return LearningPathway.open(URI.create("https://www.ucn.dk/heroes/pathways/fair-data"),
                LocalizedString.en("Towards FAIR Research Data Management"), List.of(standaloneCourse()), OPPORTUNITY_ID);
    }

    /**
     * A micro-credential pathway: four 3 ECTS micro-credentials at EQF level 6 stacked towards a
     * 12 ECTS Open Science credential, each with its own single assessing institution.
     *
     * @return the pathway
     */
    public static MicroCredentialPathway microCredentialPathway() {
        LearningOpportunity first = learningOpportunity();
        List<LearningOpportunity> stack = List.of(first,
                stacked(first, "open-access-publishing", "Open Access Publishing", halmstad()),
                stacked(first, "research-software", "Sustainable Research Software", ucn()),
                stacked(first, "citizen-science", "Citizen Science Methods", halmstad()));
        return new MicroCredentialPathway(URI.create("https://www.ucn.dk/heroes/pathways/open-science"),
                LocalizedString.en("Open Science"), stack, Optional.of(LocalizedString.en("HEROES Open Science credential")),
                Optional.of(EctsCredits.of(12)), Optional.of(Level.of(EqfLevel.LEVEL_6)));
    }

    private static LearningOpportunity stacked(LearningOpportunity base, String slug, String title, Organisation assessor) {
        return base.toBuilder().title(LocalizedString.en(title)).assessingInstitution(assessor)
                .homepage(URI.create("https://www.ucn.dk/heroes/mc/" + slug)).build();
    }

    /**
     * A HEROES course design of the micro-credential that addresses every Mandatory item of the
     * template and two Consider items.
     *
     * @return the course design
     */
    public static CourseDesign courseDesign() {
        Map<DesignItem, LocalizedString> items = new EnumMap<>(DesignItem.class);
        for (DesignItem item : DesignItem.values()) {
            if (item.isMandatory()) {
                items.put(item, LocalizedString.en("Addressed in the UCN design template, section " + item.section() + "."));
            }
        }
        items.put(DesignItem.CHALLENGE_BASED_LEARNING, LocalizedString.en("The collaborative case is a real "
                + "data-sharing challenge from a partner library."));
        items.put(DesignItem.FOUR_EYE_PRINCIPLE, LocalizedString.en("Two assessors review every failed portfolio."));
        return new CourseDesign(learningOpportunity(), items);
    }
}
