package io.github.microcredentials.openbadges;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Concept;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Region;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.Stackability;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Realistic micro-credentials and badges for property tests: every element of the model, known and
 * unknown vocabulary values, one to three languages (one that {@code inLanguage} cannot hold),
 * dual ECTS, grades with and without schemes. Badges (not credit-bearing) carry no credits, as
 * HEROES rule HE-BADGE wants.
 */
final class MicroCredentials {

    private static final List<String> LANGUAGES = List.of("en", "da", "de", "fr", "pt-BR", "de-CH-1996");
    private static final List<String> PHRASES = List.of("Research data management", "Design a data management plan",
            "Sustainable software", "Intercultural communication", "Apply statistics to real data",
            "Portfolio assessment", "Pass/fail", "Danish 7-point scale", "Digital didactics for teachers",
            "Évaluer un projet", "Datenkompetenz", "Open science in practice");

    private MicroCredentials() {
    }

    static Arbitrary<MicroCredential> any() {
        return kinds().flatMap(MicroCredentials::of);
    }

    private static Arbitrary<CredentialKind> kinds() {
        return Arbitraries.of(CredentialKind.MICRO_CREDENTIAL, CredentialKind.MICRO_CREDENTIAL,
                CredentialKind.PROGRESSION_BADGE, CredentialKind.CERTIFICATE_OF_COMPLETION,
                CredentialKind.parse("Course"), CredentialKind.parse("hackathon.winner"),
                CredentialKind.parse("https://example.org/kinds/summer-school"));
    }

    private static Arbitrary<MicroCredential> of(CredentialKind kind) {
        boolean credits = kind.isCreditBearing();
        return Builders.withBuilder(() -> MicroCredential.builder(URI.create("urn:uuid:6f1c2a7e-3b9d-4e55-9a1e-0c7d2f4b8a10")))
                .use(uris("urn:uuid:")).in((b, v) -> b.id(v))
                .use(Arbitraries.just(kind)).in((b, v) -> b.kind(v))
                .use(learners()).in((b, v) -> b.learner(v))
                .use(texts()).in((b, v) -> b.title(v))
                .use(texts()).withProbability(0.7).in((b, v) -> b.description(v))
                .use(countries().list().ofMaxSize(2)).in((b, v) -> b.issuerCountries(v))
                .use(regions().list().ofMaxSize(2)).in((b, v) -> b.issuerRegions(v))
                .use(organisations().list().ofMinSize(1).ofMaxSize(2)).in((b, v) -> b.awardingBodies(v))
                .use(organisations()).withProbability(0.3).in((b, v) -> b.issuer(v))
                .use(dateTimes()).in((b, v) -> b.issued(v))
                .use(dateTimes()).withProbability(0.3).in((b, v) -> b.validUntil(v))
                .use(outcomes()).in((b, v) -> b.learningOutcomes(v))
                .use(workloads(credits)).withProbability(0.8).in((b, v) -> b.workload(v))
                .use(levels()).withProbability(0.8).in((b, v) -> b.level(v))
                .use(assessments(credits)).in((b, v) -> b.assessments(v))
                .use(Arbitraries.of(ParticipationForm.vocabulary().values())).withProbability(0.8)
                .in((b, v) -> b.participationForm(v))
                .use(qualityAssurance().list().ofMaxSize(2)).in((b, v) -> b.qualityAssurance(v))
                .use(texts()).withProbability(0.5).in((b, v) -> b.prerequisites(v))
                .use(grades()).withProbability(0.6).in((b, v) -> b.grade(v))
                .use(integrations()).withProbability(0.5).in((b, v) -> b.integration(v))
                .use(texts()).withProbability(0.4).in((b, v) -> b.furtherInformation(v))
                .use(uris("https://www.ucn.dk/info/")).withProbability(0.4).in((b, v) -> b.furtherInformationUrl(v))
                .use(languages().list().ofMaxSize(3)).in((b, v) -> b.languages(v))
                .use(Arbitraries.of("0688", "06", "0613", "041")).withProbability(0.6)
                .in((b, v) -> b.fieldOfStudy(new IscedFCode(v)))
                .use(skills().list().ofMaxSize(3)).in((b, v) -> b.skills(v))
                .use(Arbitraries.of(LearningSetting.vocabulary().values())).withProbability(0.5)
                .in((b, v) -> b.learningSetting(v))
                .use(Arbitraries.of(FormOfStudy.vocabulary().values())).withProbability(0.5).in((b, v) -> b.formOfStudy(v))
                .use(teachers().list().ofMaxSize(2)).in((b, v) -> b.teachers(v))
                .use(Arbitraries.of("Aalborg", "Halmstad", "Leuven")).withProbability(0.5).in((b, v) -> b.placeOfIssue(v))
                .use(activities(credits)).in((b, v) -> b.learningActivities(v))
                .use(uris("https://www.ucn.dk/heroes/mc/")).withProbability(0.7).in((b, v) -> b.specification(v))
                .use(confirmations().list().ofMaxSize(2)).in((b, v) -> b.confirmations(v))
                .build(MicroCredential.Builder::build);
    }

    static Arbitrary<String> words() {
        return Combinators.combine(Arbitraries.of(PHRASES), Arbitraries.integers().between(0, 99))
                .as((phrase, n) -> n < 50 ? phrase : phrase + " " + n);
    }

    static Arbitrary<LocalizedString> texts() {
        return Arbitraries.subsetOf(LANGUAGES).ofMinSize(1).ofMaxSize(3).flatMap(tags -> {
            List<String> ordered = tags.stream().sorted().toList();
            return words().list().ofSize(ordered.size()).map(texts -> {
                Map<String, String> map = new LinkedHashMap<>();
                for (int i = 0; i < ordered.size(); i++) {
                    map.put(ordered.get(i), texts.get(i));
                }
                return new LocalizedString(map);
            });
        });
    }

    private static Arbitrary<URI> uris(String prefix) {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10)
                .map(s -> URI.create(prefix + s));
    }

    private static Arbitrary<Country> countries() {
        return Arbitraries.of("DK", "SE", "DE", "BE", "PT", "LT").map(Country::new);
    }

    private static Arbitrary<Language> languages() {
        return Arbitraries.of(LANGUAGES).map(Language::new);
    }

    private static Arbitrary<OffsetDateTime> dateTimes() {
        return Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L),
                Arbitraries.of(0, 1, 2, -5, 5))
                .as((seconds, hours) -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds),
                        ZoneOffset.ofHours(hours)));
    }

    private static Arbitrary<Region> regions() {
        return Combinators.combine(Arbitraries.of("DK05", "SE231", "BE211"), texts().injectNull(0.5))
                .as((code, name) -> new Region(URI.create("http://publications.europa.eu/resource/authority/atu/" + code),
                        Optional.ofNullable(name)));
    }

    private static Arbitrary<LegalIdentifier> legalIdentifiers() {
        return Combinators.combine(Arbitraries.of("DK-30834124", "VATDK-30834124", "0123.456.789"),
                countries().injectNull(0.4)).as((notation, country) -> new LegalIdentifier(notation, Optional.ofNullable(country)));
    }

    static Arbitrary<Organisation> organisations() {
        return Builders.withBuilder(() -> Organisation.builder(URI.create("https://www.ucn.dk"), LocalizedString.en("UCN")))
                .use(Combinators.combine(uris("https://www.example.eu/org/"), texts())
                        .as((id, name) -> Organisation.builder(id, name))).in((b, v) -> v)
                .use(texts()).withProbability(0.5).in((b, v) -> b.shortName(v))
                .use(legalIdentifiers()).withProbability(0.4).in((b, v) -> b.legalIdentifier(v))
                .use(legalIdentifiers()).withProbability(0.3).in((b, v) -> b.eidasIdentifier(v))
                .use(countries()).withProbability(0.8).in((b, v) -> b.country(v))
                .use(regions()).withProbability(0.3).in((b, v) -> b.region(v))
                .use(uris("https://www.example.eu/")).withProbability(0.6).in((b, v) -> b.homepage(v))
                .use(Arbitraries.of("info@example.eu", "registrar@ucn.dk")).withProbability(0.5).in((b, v) -> b.email(v))
                .use(texts()).withProbability(0.3).in((b, v) -> b.department(v))
                .build(Organisation.Builder::build);
    }

    /** Learners that Open Badges can identify: an id, a full name, an e-mail address or a national id. */
    static Arbitrary<Learner> learners() {
        return Builders.withBuilder(Learner::builder)
                .use(uris("did:example:")).withProbability(0.6).in((b, v) -> b.id(v))
                .use(Arbitraries.of("Sofie", "Ana", "Jonas")).withProbability(0.7).in((b, v) -> b.givenName(v))
                .use(Arbitraries.of("Nielsen", "Andromeda", "Berg")).withProbability(0.7).in((b, v) -> b.familyName(v))
                .use(Arbitraries.of("Sofie Nielsen", "Ana Andromeda")).withProbability(0.6).in((b, v) -> b.fullName(v))
                .use(Arbitraries.of(LocalDate.of(1998, 4, 17), LocalDate.of(2001, 12, 1))).withProbability(0.4)
                .in((b, v) -> b.dateOfBirth(v))
                .use(Arbitraries.of("sofie@example.org", "ana@example.eu")).withProbability(0.5).in((b, v) -> b.email(v))
                .use(legalIdentifiers()).withProbability(0.3).in((b, v) -> b.nationalId(v))
                .use(Combinators.combine(Arbitraries.of("UCN-2026-004711", "S-99"), Arbitraries.of("student number", "")
                        .injectNull(0.3)).as((value, scheme) -> scheme == null || scheme.isEmpty() ? new Identifier(value,
                        Optional.empty()) : Identifier.of(value, scheme)).list().ofMaxSize(2))
                .in((b, v) -> {
                    v.forEach(b::addIdentifier);
                    return b;
                })
                .use(countries().list().ofMaxSize(2)).in((b, v) -> {
                    v.forEach(b::addCitizenship);
                    return b;
                })
                .build(Learner.Builder::build)
                .filter(l -> l.id().isPresent() || l.fullName().isPresent() || l.email().isPresent()
                        || l.nationalId().isPresent());
    }

    static Arbitrary<Skill> skills() {
        return Combinators.combine(Arbitraries.of("http://data.europa.eu/esco/skill/4f5c1208-62fd-4e5a-a51e-306c06947e11",
                        "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a",
                        "https://case.example.org/competencies/robot-programming"), texts().injectNull(0.3))
                .as((uri, label) -> new Skill(URI.create(uri), Optional.ofNullable(label)));
    }

    private static Arbitrary<List<LearningOutcome>> outcomes() {
        Arbitrary<LearningOutcome> outcome = Builders.withBuilder(() -> LearningOutcome.builder("x", LocalizedString.en("x")))
                .use(Combinators.combine(Arbitraries.of("lo-1", "lo-2", "lo-3", "lo-4"), texts())
                        .as(LearningOutcome::builder)).in((b, v) -> v)
                .use(Arbitraries.of("design", "publish", "evaluate")).withProbability(0.6).in((b, v) -> b.verb(v))
                .use(Arbitraries.of(OutcomeType.vocabulary().values())).withProbability(0.5).in((b, v) -> b.type(v))
                .use(words()).withProbability(0.5).in((b, v) -> b.subject(v))
                .use(words()).withProbability(0.3).in((b, v) -> b.standard(v))
                .use(words()).withProbability(0.3).in((b, v) -> b.context(v))
                .use(skills().list().ofMaxSize(2)).in((b, v) -> {
                    v.forEach(b::addSkill);
                    return b;
                })
                .build(LearningOutcome.Builder::build);
        return outcome.list().ofMaxSize(3).uniqueElements(LearningOutcome::id);
    }

    private static Arbitrary<EctsCredits> halfPoints(int min, int max) {
        return Arbitraries.integers().between(min, max).map(halves -> EctsCredits.of(halves / 2.0));
    }

    private static Arbitrary<Workload> workloads(boolean credits) {
        Arbitrary<Duration> hours = Arbitraries.integers().between(1, 600 * 60).map(Duration::ofMinutes);
        if (!credits) {
            return hours.map(h -> new Workload(Optional.empty(), Optional.of(h), Optional.empty()));
        }
        return Combinators.combine(halfPoints(2, 60), halfPoints(1, 4), hours.injectNull(0.3), Arbitraries.of(0, 1, 2))
                .as((activities, assessment, h, shape) -> switch (shape) {
                    case 0 -> new Workload(Optional.of(activities), Optional.ofNullable(h), Optional.empty());
                    case 1 -> Workload.dual(new DualEcts(activities, assessment), h);
                    default -> new Workload(Optional.empty(), Optional.ofNullable(h),
                            Optional.of(new DualEcts(activities, assessment)));
                });
    }

    private static Arbitrary<Level> levels() {
        Arbitrary<Concept> nqf = Combinators.combine(uris("http://data.europa.eu/snb/qdr/c_"),
                uris("http://data.europa.eu/snb/qdr/").injectNull(0.5), texts().injectNull(0.5),
                Arbitraries.of("6", "NQF 6").injectNull(0.5))
                .as((uri, scheme, label, notation) -> new Concept(uri, Optional.ofNullable(scheme),
                        Optional.ofNullable(label), Optional.ofNullable(notation)));
        return Combinators.combine(Arbitraries.of(EqfLevel.vocabulary().values()).injectNull(0.2),
                        Arbitraries.of(QfEheaCycle.vocabulary().values()).injectNull(0.5), nqf.injectNull(0.7))
                .as((eqf, cycle, concept) -> Optional.ofNullable(eqf).isEmpty() && cycle == null && concept == null
                        ? Level.of(EqfLevel.LEVEL_6)
                        : new Level(Optional.ofNullable(eqf), Optional.ofNullable(cycle), Optional.ofNullable(concept)));
    }

    private static Arbitrary<GradingScheme> schemes() {
        return Combinators.combine(texts(), texts().injectNull(0.5),
                        Arbitraries.of(List.<String>of(), List.of("Fail", "Pass"), List.of("-3", "00", "02", "4", "7", "10", "12")))
                .as((title, description, values) -> new GradingScheme(title, Optional.ofNullable(description), values));
    }

    private static Arbitrary<Grade> grades() {
        return Combinators.combine(Arbitraries.of("Pass", "12", "B+", "8.5"), schemes().injectNull(0.3))
                .as((value, scheme) -> new Grade(value, Optional.ofNullable(scheme)));
    }

    private static Arbitrary<List<Assessment>> assessments(boolean credits) {
        Arbitrary<AssessmentType> types = Arbitraries.oneOf(Arbitraries.of(AssessmentType.vocabulary().values()),
                Arbitraries.of("oral-defence", "https://example.org/assessment/hackathon").map(AssessmentType::parse));
        Arbitrary<Assessment> assessment = Builders.withBuilder(() -> Assessment.builder("x", LocalizedString.en("x")))
                .use(Combinators.combine(Arbitraries.of("as-1", "as-2", "as-3"), texts()).as(Assessment::builder))
                .in((b, v) -> v)
                .use(types).withProbability(0.9).in((b, v) -> b.type(v))
                .use(texts()).withProbability(0.5).in((b, v) -> b.description(v))
                .use(Arbitraries.of("lo-1", "lo-2", "lo-3").list().ofMaxSize(3)).in((b, v) -> {
                    v.forEach(b::assesses);
                    return b;
                })
                .use(Arbitraries.of(SupervisionVerification.vocabulary().values())).withProbability(0.6)
                .in((b, v) -> b.supervision(v))
                .use(Arbitraries.of(AssessedBy.values())).withProbability(0.5).in((b, v) -> b.assessedBy(v))
                .use(halfPoints(1, 4)).withProbability(credits ? 0.5 : 0).in((b, v) -> b.credits(v))
                .use(grades()).withProbability(0.5).in((b, v) -> b.grade(v))
                .build(Assessment.Builder::build);
        return assessment.list().ofMaxSize(2).uniqueElements(Assessment::id);
    }

    private static Arbitrary<QualityAssurance> qualityAssurance() {
        return Combinators.combine(Arbitraries.of(QualityAssuranceType.vocabulary().values()), texts().injectNull(0.3),
                        texts().injectNull(0.5), uris("https://www.deqar.eu/reports/").injectNull(0.5))
                .as((type, description, agency, report) -> new QualityAssurance(type, Optional.ofNullable(description),
                        Optional.ofNullable(agency), Optional.ofNullable(report)));
    }

    private static Arbitrary<Integration> integrations() {
        return Combinators.combine(Arbitraries.of(Stackability.vocabulary().values()),
                        uris("https://www.ucn.dk/heroes/pathways/").list().ofMaxSize(2), texts().injectNull(0.5))
                .as((option, towards, description) -> new Integration(option, towards, Optional.ofNullable(description)));
    }

    private static Arbitrary<Teacher> teachers() {
        return Combinators.combine(Arbitraries.of("Jonas Berg", "Eva Lind"), texts().injectNull(0.5))
                .as((name, bio) -> new Teacher(name, Optional.ofNullable(bio)));
    }

    private static Arbitrary<List<LearningActivity>> activities(boolean credits) {
        Arbitrary<LearningActivity> activity = Combinators.combine(Arbitraries.of("la-1", "la-2", "la-3"), texts(),
                        texts().injectNull(0.5), Arbitraries.integers().between(1, 100).map(Duration::ofHours).injectNull(0.3),
                        halfPoints(1, 6).injectNull(credits ? 0.4 : 1.0), Arbitraries.of("lo-1", "lo-2").list().ofMaxSize(2))
                .as((id, title, description, hours, ects, outcomes) -> new LearningActivity(id, title,
                        Optional.ofNullable(description), Optional.ofNullable(hours), Optional.ofNullable(ects), outcomes));
        return activity.list().ofMaxSize(2).uniqueElements(LearningActivity::id);
    }

    private static Arbitrary<Confirmation> confirmations() {
        return Combinators.combine(Arbitraries.of(AnnexElement.values()), Arbitraries.of(ConfirmationRole.values()),
                        Arbitraries.of("Jonas Berg", "Programme committee").injectNull(0.5), dateTimes().injectNull(0.5))
                .as((element, role, by, at) -> new Confirmation(element, role, Optional.ofNullable(by),
                        Optional.ofNullable(at)));
    }
}
