package io.github.microcredentials.edc;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Realistic micro-credentials for property tests: every model element, each present or absent,
 * with values as a university would write them. {@code complete} credentials have what the EDC
 * shapes require (titles, countries of organisations and identifiers, a date of issuing, an
 * issuer with an eIDAS identifier).
 */
final class Credentials {

    private static final List<Skill> ESCO = List.of(
            Skill.esco("http://data.europa.eu/esco/skill/4f5c1208-62fd-4e5a-a51e-306c06947e11",
                    "manage findable accessible interoperable and reusable data"),
            Skill.esco("http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a", "develop digital content"),
            Skill.esco("http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d", "establish collaborative relations"),
            Skill.esco("http://data.europa.eu/esco/skill/80f308e6-0e09-404a-80cd-ec5f50f6f304", "communicate with target community"),
            new Skill(URI.create("http://data.europa.eu/esco/skill/ccdf3597-5c80-410f-896d-e1bdfa223de9"), Optional.empty()));
    private static final List<String> COUNTRIES = List.of("DK", "SE", "DE", "FI", "LT", "PT", "BE", "NL", "CZ", "IE");
    private static final List<String> WORDS = List.of("Research", "Data", "Sustainable", "Energy", "Design", "Digital",
            "Leadership", "Robotics", "Ethics", "Health", "Logistics", "Circular", "Economy", "Språk", "Øko", "Müller");

    private Credentials() {
    }

    static Arbitrary<MicroCredential> any() {
        return credentials(false);
    }

    /** Complete credentials, sealed by a third organisation or by the (first) awarding body itself. */
    static Arbitrary<MicroCredential> complete() {
        return Combinators.combine(credentials(true), Arbitraries.of(true, false)).as((mc, byBody) -> byBody
                ? mc.toBuilder().issuer(mc.awardingBodies().get(0).toBuilder()
                        .eidasIdentifier(LegalIdentifier.of("VATDK-30827651", new Country("DK"))).build()).build()
                : mc);
    }

    private static Arbitrary<MicroCredential> credentials(boolean complete) {
        double optional = complete ? 0.7 : 0.5;
        return Builders.withBuilder(() -> MicroCredential.builder(URI.create("urn:uuid:" + UUID.randomUUID())))
                .use(Arbitraries.randomValue(r -> URI.create("urn:uuid:" + new UUID(r.nextLong(), r.nextLong()))))
                .inSetter(MicroCredential.Builder::id)
                .use(Arbitraries.of(CredentialKind.vocabulary().values())).inSetter(MicroCredential.Builder::kind)
                .use(learner(complete)).withProbability(complete ? 1 : 0.9).inSetter(MicroCredential.Builder::learner)
                .use(title()).withProbability(complete ? 1 : 0.9).inSetter(MicroCredential.Builder::title)
                .use(text()).withProbability(optional).inSetter(MicroCredential.Builder::description)
                .use(countries(1, 2)).inSetter(MicroCredential.Builder::issuerCountries)
                .use(region().list().ofMaxSize(1)).inSetter(MicroCredential.Builder::issuerRegions)
                .use(organisations(complete)).inSetter(MicroCredential.Builder::awardingBodies)
                .use(sealer()).withProbability(complete ? 1 : 0.3).inSetter(MicroCredential.Builder::issuer)
                .use(dateTime()).withProbability(complete ? 1 : 0.8).inSetter(MicroCredential.Builder::issued)
                .use(dateTime()).withProbability(0.3).inSetter(MicroCredential.Builder::validUntil)
                .use(workload()).withProbability(0.9).inSetter(MicroCredential.Builder::workload)
                .use(level()).withProbability(0.9).inSetter(MicroCredential.Builder::level)
                .use(Arbitraries.of(ParticipationForm.vocabulary().values())).withProbability(optional)
                .inSetter(MicroCredential.Builder::participationForm)
                .use(qualityAssurance().list().ofMaxSize(2)).inSetter(MicroCredential.Builder::qualityAssurance)
                .use(text()).withProbability(optional).inSetter(MicroCredential.Builder::prerequisites)
                .use(grade()).withProbability(0.4).inSetter(MicroCredential.Builder::grade)
                .use(integration()).withProbability(optional).inSetter(MicroCredential.Builder::integration)
                .use(text()).withProbability(optional).inSetter(MicroCredential.Builder::furtherInformation)
                .use(url("info")).withProbability(optional).inSetter(MicroCredential.Builder::furtherInformationUrl)
                .use(Arbitraries.of("en", "da", "de", "fr", "sv").map(Language::new).list().uniqueElements().ofMaxSize(2))
                .inSetter(MicroCredential.Builder::languages)
                .use(Arbitraries.of("0688", "0611", "041", "07", "0222").map(IscedFCode::new)).withProbability(optional)
                .inSetter(MicroCredential.Builder::fieldOfStudy)
                .use(Arbitraries.of(ESCO).list().uniqueElements().ofMaxSize(3)).inSetter(MicroCredential.Builder::skills)
                .use(Arbitraries.of(LearningSetting.vocabulary().values())).withProbability(optional)
                .inSetter(MicroCredential.Builder::learningSetting)
                .use(Arbitraries.of(FormOfStudy.vocabulary().values())).withProbability(optional)
                .inSetter(MicroCredential.Builder::formOfStudy)
                .use(teacher().list().ofMaxSize(2)).inSetter(MicroCredential.Builder::teachers)
                .use(Arbitraries.of("Aalborg", "Halmstad", "Vilnius", "Beja")).withProbability(optional)
                .inSetter(MicroCredential.Builder::placeOfIssue)
                .use(url("mc")).withProbability(optional).inSetter(MicroCredential.Builder::specification)
                .use(confirmation().list().ofMaxSize(2)).inSetter(MicroCredential.Builder::confirmations)
                .build(Credentials::withParts)
                .flatMap(b -> parts(b));
    }

    /** Outcomes first, then the assessments and activities that point to them. */
    private static MicroCredential.Builder withParts(MicroCredential.Builder builder) {
        return builder;
    }

    private static Arbitrary<MicroCredential> parts(MicroCredential.Builder builder) {
        return outcomes().flatMap(outcomes -> {
            List<String> ids = outcomes.stream().map(LearningOutcome::id).toList();
            return Combinators.combine(assessments(ids), activities(ids)).as((assessments, activities) ->
                    builder.learningOutcomes(outcomes).assessments(assessments).learningActivities(activities).build());
        });
    }

    private static Arbitrary<Learner> learner(boolean complete) {
        return Builders.withBuilder(Learner::builder)
                .use(Arbitraries.of(URI.create("did:example:" + "learner"), URI.create("urn:uuid:0b8e3f52-9d41-4c2a-8f3e-5a7b6c1d2e90")))
                .withProbability(0.5).inSetter(Learner.Builder::id)
                .use(Arbitraries.of("Sofie", "Ana", "Jonas", "Björn", "Eglė", "João")).inSetter(Learner.Builder::givenName)
                .use(Arbitraries.of("Nielsen", "Andromeda", "Berg", "Kazlauskaitė", "Silva")).withProbability(0.9)
                .inSetter(Learner.Builder::familyName)
                .use(Arbitraries.of("Sofie Nielsen", "Ana Andromeda")).withProbability(0.4).inSetter(Learner.Builder::fullName)
                .use(Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(1970, 1, 1).plusDays(d)))
                .withProbability(0.6).inSetter(Learner.Builder::dateOfBirth)
                .use(Arbitraries.of("sofie.nielsen@example.org", "ana+edc@uni.example.eu")).withProbability(0.6)
                .inSetter(Learner.Builder::email)
                .use(legalIdentifier(complete)).withProbability(0.4).inSetter(Learner.Builder::nationalId)
                .use(Arbitraries.of(Identifier.of("UCN-2026-004711", "UCN student number"),
                        new Identifier("87654321", Optional.empty()))).withProbability(0.5).inSetter(Learner.Builder::addIdentifier)
                .use(countries(0, 2)).inSetter((b, cs) -> cs.forEach(b::addCitizenship))
                .build(Learner.Builder::build);
    }

    private static Arbitrary<LegalIdentifier> legalIdentifier(boolean complete) {
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(4).ofMaxLength(10), country())
                .as((n, c) -> new LegalIdentifier("ID-" + n, complete ? Optional.of(c) : Optional.empty()));
    }

    private static Arbitrary<LocalizedString> title() {
        return Combinators.combine(words(), words().injectNull(0.7), words().injectNull(0.8)).as((en, da, de) -> {
            LocalizedString title = LocalizedString.en(en);
            title = da == null ? title : title.with("da", da);
            return de == null ? title : title.with("de", de);
        });
    }

    private static Arbitrary<String> words() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    }

    private static Arbitrary<LocalizedString> text() {
        return Combinators.combine(words(), Arbitraries.of(".", " (see the handbook).", ": 3 & <5> \"quoted\".", ""))
                .as((w, end) -> LocalizedString.en(w + end));
    }

    private static Arbitrary<Country> country() {
        return Arbitraries.of(COUNTRIES).map(Country::new);
    }

    private static Arbitrary<List<Country>> countries(int min, int max) {
        return country().list().uniqueElements().ofMinSize(min).ofMaxSize(max);
    }

    private static Arbitrary<Region> region() {
        return Arbitraries.of(Region.atu("DNK_NJY"), new Region(URI.create("http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB"),
                Optional.of(LocalizedString.en("Dublin city"))), new Region(URI.create("https://regions.example.eu/north"), Optional.empty()));
    }

    private static Arbitrary<URI> url(String path) {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8)
                .map(s -> URI.create("https://www.uni-" + s + ".example.eu/" + path + "/" + s));
    }

    private static Arbitrary<Organisation> organisation(boolean complete, String host) {
        return Builders.withBuilder(() -> Organisation.builder(URI.create("https://" + host), LocalizedString.en(host)))
                .use(Combinators.combine(words(), words().injectNull(0.6)).as((en, da) ->
                        da == null ? LocalizedString.en("University of " + en) : LocalizedString.en("University of " + en).with("da", da)))
                .in((b, name) -> Organisation.builder(URI.create("https://" + host), name))
                .use(Arbitraries.of("UCN", "HH", "VIKO", "THD")).withProbability(0.6).in((b, s) -> b.shortName(LocalizedString.en(s)))
                .use(legalIdentifier(complete)).withProbability(0.4).inSetter(Organisation.Builder::legalIdentifier)
                .use(country()).withProbability(complete ? 1 : 0.8).inSetter(Organisation.Builder::country)
                .use(region()).withProbability(0.2).inSetter(Organisation.Builder::region)
                .use(Arbitraries.just(URI.create("https://" + host + "/en"))).withProbability(0.6).inSetter(Organisation.Builder::homepage)
                .use(Arbitraries.just("info@" + host)).withProbability(0.5).inSetter(Organisation.Builder::email)
                .use(text()).withProbability(0.4).inSetter(Organisation.Builder::department)
                .build(Organisation.Builder::build);
    }

    private static Arbitrary<List<Organisation>> organisations(boolean complete) {
        return Combinators.combine(organisation(complete, "www.ucn.example.dk"), organisation(complete, "www.hh.example.se"),
                Arbitraries.integers().between(complete ? 1 : 0, 2)).as((a, b, n) -> List.of(a, b).subList(0, n));
    }

    private static Arbitrary<Organisation> sealer() {
        return Combinators.combine(organisation(true, "sealer.example.eu"), Arbitraries.strings().numeric().ofLength(8), country())
                .as((org, n, c) -> org.toBuilder().eidasIdentifier(LegalIdentifier.of("VAT" + c.code() + "-" + n, c)).build());
    }

    private static Arbitrary<OffsetDateTime> dateTime() {
        return Combinators.combine(Arbitraries.longs().between(0, 4 * 365 * 24 * 60), Arbitraries.of(0, 1, 2, -5))
                .as((minutes, offset) -> OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(offset)).plusMinutes(minutes));
    }

    private static Arbitrary<EctsCredits> ects(int maxHalves) {
        return Arbitraries.integers().between(1, maxHalves).map(h -> EctsCredits.of(h / 2.0));
    }

    private static Arbitrary<Workload> workload() {
        return Combinators.combine(ects(40), Arbitraries.integers().between(1, 600).injectNull(0.3), Arbitraries.integers().between(0, 4))
                .as((credits, hours, split) -> {
                    Optional<Duration> h = Optional.ofNullable(hours).map(Duration::ofHours);
                    if (split == 0 && credits.value().compareTo(EctsCredits.of(1).value()) > 0) {
                        return Workload.dual(credits.split(EctsCredits.of(0.5)), h.orElse(null));
                    }
                    return new Workload(Optional.of(credits), h, Optional.empty());
                });
    }

    private static Arbitrary<Level> level() {
        return Combinators.combine(Arbitraries.integers().between(1, 8).map(EqfLevel::of).injectNull(0.1),
                Arbitraries.of(QfEheaCycle.vocabulary().values()).injectNull(0.5),
                Arbitraries.of(new Concept(URI.create("http://data.europa.eu/snb/qdr/c_670e54c7"), Optional.of(URI.create(
                        "http://data.europa.eu/snb/qdr/25831c2")), Optional.of(LocalizedString.en("IE NQF Level 6")), Optional.empty()))
                        .injectNull(0.7))
                .as((eqf, cycle, nqf) -> new Level(Optional.ofNullable(eqf == null && cycle == null && nqf == null ? EqfLevel.LEVEL_6 : eqf),
                        Optional.ofNullable(cycle), Optional.ofNullable(nqf)));
    }

    private static Arbitrary<List<LearningOutcome>> outcomes() {
        Arbitrary<LearningOutcome.Builder> outcome = Combinators.combine(text(), Arbitraries.of(ESCO).list().uniqueElements().ofMaxSize(2))
                .as((text, skills) -> {
                    LearningOutcome.Builder b = LearningOutcome.builder("x", text);
                    skills.forEach(b::addSkill);
                    return b;
                });
        Arbitrary<LearningOutcome> full = Combinators.combine(outcome, Arbitraries.of("design", "evaluate", "publish").injectNull(0.5),
                Arbitraries.of(OutcomeType.vocabulary().values()).injectNull(0.5), words().injectNull(0.6), words().injectNull(0.7))
                .as((b, verb, type, subject, context) -> b.verb(verb).type(type).subject(subject).context(context).standard(context).build());
        return full.list().ofMinSize(1).ofMaxSize(4).map(list -> {
            List<LearningOutcome> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                LearningOutcome o = list.get(i);
                LearningOutcome.Builder b = LearningOutcome.builder(i == 1 ? "lo 2/ü%" : "lo-" + (i + 1), o.text())
                        .verb(o.verb().orElse(null)).type(o.type().orElse(null)).subject(o.subject().orElse(null))
                        .standard(o.standard().orElse(null)).context(o.context().orElse(null));
                o.skills().forEach(b::addSkill);
                numbered.add(b.build());
            }
            return numbered;
        });
    }

    private static Arbitrary<GradingScheme> gradingScheme() {
        return Combinators.combine(Arbitraries.of("Pass/fail", "Danish 7-point scale", "ECTS grades"), text().injectNull(0.5),
                Arbitraries.of(List.<String>of(), List.of("Fail", "Pass"), List.of("-3", "00", "02", "4", "7", "10", "12"),
                        List.of("A | excellent", "B \\ good")))
                .as((title, description, values) -> new GradingScheme(LocalizedString.en(title), Optional.ofNullable(description), values));
    }

    private static Arbitrary<Grade> grade() {
        return Combinators.combine(Arbitraries.of("Pass", "12", "B", "7,5"), gradingScheme().injectNull(0.4))
                .as((v, s) -> new Grade(v, Optional.ofNullable(s)));
    }

    private static Arbitrary<List<Assessment>> assessments(List<String> outcomeIds) {
        Arbitrary<Assessment> assessment = Builders.withBuilder(() -> Assessment.builder("as", LocalizedString.en("Portfolio")))
                .use(title()).in((b, t) -> Assessment.builder("as", t))
                .use(Arbitraries.of(AssessmentType.vocabulary().values())).withProbability(0.9).inSetter(Assessment.Builder::type)
                .use(text()).withProbability(0.5).inSetter(Assessment.Builder::description)
                .use(Arbitraries.of(outcomeIds).list().uniqueElements().ofMaxSize(outcomeIds.size()))
                .inSetter((b, ids) -> ids.forEach(b::assesses))
                .use(Arbitraries.of(SupervisionVerification.vocabulary().values())).withProbability(0.7).inSetter(Assessment.Builder::supervision)
                .use(Arbitraries.of(AssessedBy.values())).withProbability(0.5).inSetter(Assessment.Builder::assessedBy)
                .use(ects(4)).withProbability(0.5).inSetter(Assessment.Builder::credits)
                .use(grade()).withProbability(0.7).inSetter(Assessment.Builder::grade)
                .build(Assessment.Builder::build);
        return assessment.list().ofMaxSize(3).map(list -> {
            List<Assessment> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Assessment a = list.get(i);
                Assessment.Builder renamed = Assessment.builder("as-" + (i + 1), a.title()).type(a.type().orElse(null))
                        .description(a.description().orElse(null)).supervision(a.supervision().orElse(null))
                        .assessedBy(a.assessedBy().orElse(null)).credits(a.credits().orElse(null))
                        .grade(a.grade().orElse(null));
                a.assessedOutcomes().forEach(renamed::assesses);
                numbered.add(renamed.build());
            }
            return numbered;
        });
    }

    private static Arbitrary<List<LearningActivity>> activities(List<String> outcomeIds) {
        Arbitrary<LearningActivity> activity = Combinators.combine(title(), text().injectNull(0.5),
                Arbitraries.integers().between(1, 200).injectNull(0.3), ects(10).injectNull(0.4),
                Arbitraries.of(outcomeIds).list().uniqueElements().ofMaxSize(outcomeIds.size()))
                .as((title, description, hours, credits, outcomes) -> new LearningActivity("la", title, Optional.ofNullable(description),
                        Optional.ofNullable(hours).map(Duration::ofHours), Optional.ofNullable(credits), outcomes));
        return activity.list().ofMaxSize(2).map(list -> {
            List<LearningActivity> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                LearningActivity a = list.get(i);
                numbered.add(new LearningActivity("la-" + (i + 1), a.title(), a.description(), a.workload(), a.credits(), a.outcomes()));
            }
            return numbered;
        });
    }

    private static Arbitrary<QualityAssurance> qualityAssurance() {
        return Combinators.combine(Arbitraries.of(QualityAssuranceType.vocabulary().values()), text().injectNull(0.3),
                Arbitraries.of("The Danish Accreditation Institution", "UKÄ", "A3ES").injectNull(0.5), url("qa").injectNull(0.5))
                .as((type, description, agency, reference) -> new QualityAssurance(type, Optional.ofNullable(description),
                        Optional.ofNullable(agency).map(LocalizedString::en), Optional.ofNullable(reference)));
    }

    private static Arbitrary<Integration> integration() {
        return Combinators.combine(Arbitraries.of(Stackability.vocabulary().values()), url("pathway").list().ofMaxSize(2),
                text().injectNull(0.5)).as((option, towards, description) -> new Integration(option, towards, Optional.ofNullable(description)));
    }

    private static Arbitrary<Teacher> teacher() {
        return Combinators.combine(Arbitraries.of("Jonas Berg", "Ana Silva", "Dr. Eglė K."), text().injectNull(0.5))
                .as((name, bio) -> new Teacher(name, Optional.ofNullable(bio)));
    }

    private static Arbitrary<Confirmation> confirmation() {
        return Combinators.combine(Arbitraries.of(AnnexElement.values()), Arbitraries.of(ConfirmationRole.values()),
                Arbitraries.of("Programme committee of 12 May", "J. Berg").injectNull(0.5), dateTime().injectNull(0.5))
                .as((element, role, by, at) -> new Confirmation(element, role, Optional.ofNullable(by), Optional.ofNullable(at)));
    }
}
