package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.Identifier;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * The building blocks of the arbitraries, each valid under every shipped profile on its own. Every
 * choice lists its simplest value first, which is where jqwik shrinks to.
 */
final class Parts {

    /** Observable verbs of Bloom's revised taxonomy, as rule HE-LO-VERB accepts them. */
    static final List<String> VERBS = List.of("design", "apply", "evaluate", "analyse", "publish", "plan", "compare",
            "explain", "develop", "assess");
    /** Verbs and phrases rule HE-LO-VERB flags as vague. */
    static final List<String> VAGUE = List.of("understand", "know", "be aware of", "learn about", "appreciate");
    private static final List<String> OBJECTS = List.of("a data management plan", "a research dataset",
            "a data-sharing agreement", "a sustainable software project", "a survey with real data",
            "an open-access publication");
    private static final List<String> TITLES = List.of("FAIR Research Data Management", "Open Access Publishing",
            "Sustainable Research Software", "Citizen Science Methods", "Applied Statistics", "Digital Didactics");
    /** Real ESCO skill concepts (the ones the EU's own sample credentials use). */
    private static final List<Skill> ESCO = List.of(
            Skill.esco("http://data.europa.eu/esco/skill/4f5c1208-62fd-4e5a-a51e-306c06947e11",
                    "manage findable accessible interoperable and reusable data"),
            Skill.esco("http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a", "develop digital content"),
            Skill.esco("http://data.europa.eu/esco/skill/326809fc-238d-40c2-881e-40042f7f2f0d",
                    "establish collaborative relations"));

    private Parts() {
    }

    static Arbitrary<URI> uuids() {
        return Arbitraries.longs().between(1, 1_000_000_000L)
                .map(n -> URI.create("urn:uuid:" + new UUID(0x6f1c2a7e3b9d4e55L, n)));
    }

    static Arbitrary<URI> pages(String prefix) {
        return Arbitraries.integers().between(1, 9999).map(n -> URI.create(prefix + n));
    }

    static Arbitrary<LocalizedString> titles() {
        return Combinators.combine(Arbitraries.of(TITLES), Arbitraries.of(false, true))
                .as((title, danish) -> danish ? LocalizedString.en(title).with("da", title + " (da)")
                        : LocalizedString.en(title));
    }

    static Arbitrary<LocalizedString> english(String... texts) {
        return Arbitraries.of(texts).map(LocalizedString::en);
    }

    static Arbitrary<Learner> learners() {
        return Combinators.combine(uuids(), Arbitraries.of("Sofie", "Ana", "Jonas", "Mia"),
                Arbitraries.of("Nielsen", "Andromeda", "Berg", "Silva"), Arbitraries.integers().between(1, 99999))
                .as((id, given, family, number) -> Learner.builder().id(id).givenName(given).familyName(family)
                        .fullName(given + " " + family)
                        .addIdentifier(Identifier.of("S-" + number, "student number")).build());
    }

    /** An institution; all have a department, which rule DP-VLE asks of the awarding body. */
    static Arbitrary<Organisation> institutions() {
        return Arbitraries.of("UCN|DK|University College of Northern Denmark", "HH|SE|Halmstad University",
                "VIKO|LT|Vilniaus kolegija", "THD|DE|Deggendorf Institute of Technology")
                .map(row -> {
                    String[] cells = row.split("\\|");
                    return Organisation.builder(URI.create("https://www.example.eu/" + cells[0].toLowerCase()),
                                    LocalizedString.en(cells[2]))
                            .shortName(LocalizedString.en(cells[0])).country(Country.parse(cells[1]))
                            .department(LocalizedString.en("Department of Continuing Education")).build();
                });
    }

    static Arbitrary<List<Country>> countries() {
        return Arbitraries.of("DK", "SE", "LT", "DE").map(Country::parse).list().ofMinSize(1).ofMaxSize(2)
                .uniqueElements();
    }

    static Arbitrary<OffsetDateTime> issued() {
        return Combinators.combine(Arbitraries.longs().between(1_767_225_600L, 1_830_297_600L),
                        Arbitraries.of(0, 1, 2))
                .as((seconds, hours) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.ofHours(hours)));
    }

    /** A learning outcome before it gets its id: verb, object and type. */
    record OutcomeSpec(String verb, String object, OutcomeType type) {

        LearningOutcome build(String id) {
            String text = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + object + ".";
            return LearningOutcome.builder(id, LocalizedString.en(text)).verb(verb).type(type).build();
        }
    }

    static Arbitrary<List<OutcomeSpec>> outcomes() {
        return Combinators.combine(Arbitraries.of(VERBS), Arbitraries.of(OBJECTS),
                        Arbitraries.of(OutcomeType.SKILLS, OutcomeType.KNOWLEDGE, OutcomeType.RESPONSIBILITY_AND_AUTONOMY))
                .as(OutcomeSpec::new).list().ofMinSize(1).ofMaxSize(4);
    }

    /** An assessment before it is aligned with the outcomes; {@code null} parts are absent. */
    record AssessmentSpec(String title, @Nullable AssessmentType type, @Nullable SupervisionVerification supervision,
            AssessedBy assessedBy, boolean graded) {

        AssessmentSpec withType(@Nullable AssessmentType value) {
            return new AssessmentSpec(title, value, supervision, assessedBy, graded);
        }

        AssessmentSpec withSupervision(@Nullable SupervisionVerification value) {
            return new AssessmentSpec(title, type, value, assessedBy, graded);
        }

        AssessmentSpec withoutGrade() {
            return new AssessmentSpec(title, type, supervision, assessedBy, false);
        }
    }

    static Arbitrary<List<AssessmentSpec>> assessments() {
        return Combinators.combine(Arbitraries.of("Portfolio", "Project report", "Oral examination", "Case study"),
                        Arbitraries.of(AssessmentType.PORTFOLIO, AssessmentType.PROJECT, AssessmentType.EXAM,
                                AssessmentType.CASE_STUDY, AssessmentType.PRESENTATION),
                        Arbitraries.of(SupervisionVerification.SUPERVISED_ONLINE_ID_VERIFICATION,
                                SupervisionVerification.SUPERVISED_ONSITE_ID_VERIFICATION,
                                SupervisionVerification.UNSUPERVISED_NO_ID_VERIFICATION),
                        Arbitraries.of(AssessedBy.values()), Arbitraries.of(true, false))
                .as(AssessmentSpec::new).list().ofMinSize(1).ofMaxSize(3);
    }

    /**
     * The assessments aligned with the outcomes (rule HE-ALIGN): assessment {@code j} assesses
     * every outcome {@code i} with {@code i % m == j}, and outcome {@code j % n}, so that every
     * outcome is assessed and every assessment maps to an outcome.
     */
    static List<Assessment> aligned(List<AssessmentSpec> specs, int outcomes, @Nullable EctsCredits credits) {
        List<Assessment> assessments = new ArrayList<>();
        int m = specs.size();
        for (int j = 0; j < m; j++) {
            AssessmentSpec spec = specs.get(j);
            Assessment.Builder b = Assessment.builder("as-" + (j + 1), LocalizedString.en(spec.title()))
                    .type(spec.type()).supervision(spec.supervision()).assessedBy(spec.assessedBy());
            for (int i = 0; i < outcomes; i++) {
                if (i % m == j || i == j % outcomes) {
                    b.assesses("lo-" + (i + 1));
                }
            }
            if (j == 0 && credits != null) {
                b.credits(credits);
            }
            if (spec.graded()) {
                b.grade(Grade.of("Pass"));
            }
            assessments.add(b.build());
        }
        return assessments;
    }

    static List<LearningOutcome> built(List<OutcomeSpec> specs) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            outcomes.add(specs.get(i).build("lo-" + (i + 1)));
        }
        return outcomes;
    }

    /** ECTS and hours within every shipped rule and every bundled institution's limits: 3 to 5 ECTS. */
    record Credits(int total, int hoursPerCredit, EctsCredits assessment) {

        Workload workload() {
            EctsCredits credits = EctsCredits.of(total);
            return Workload.dual(credits.split(assessment), Duration.ofHours((long) total * hoursPerCredit));
        }
    }

    static Arbitrary<Credits> credits() {
        return Combinators.combine(Arbitraries.integers().between(3, 5), Arbitraries.integers().between(25, 30),
                Arbitraries.of(EctsCredits.of(0.5), EctsCredits.of(1), EctsCredits.of(1.5))).as(Credits::new);
    }

    static Arbitrary<Level> levels() {
        return Arbitraries.integers().between(1, 8).map(n -> Level.of(EqfLevel.of(n)));
    }

    static Arbitrary<List<QualityAssurance>> qualityAssurance() {
        return Arbitraries.of(QualityAssuranceType.INTERNAL_QUALITY_ASSURANCE,
                        QualityAssuranceType.INSTITUTIONAL_ACCREDITATION)
                .map(type -> QualityAssurance.of(type, LocalizedString.en("Reviewed under the institution's "
                        + "internal quality assurance before publication.")))
                .list().ofMinSize(1).ofMaxSize(2);
    }

    static Arbitrary<Integration> integrations() {
        return Arbitraries.of(false, true).map(stackable -> stackable
                ? Integration.stackable(List.of(URI.create("https://www.example.eu/pathways/open-science")))
                : Integration.standAlone());
    }

    static Arbitrary<List<Language>> languages() {
        return Arbitraries.of("da", "de", "sv", "lt").map(Language::parse).list().ofMaxSize(2).uniqueElements()
                .map(others -> {
                    List<Language> all = new ArrayList<>();
                    all.add(Language.ENGLISH);
                    all.addAll(others);
                    return all;
                });
    }

    static Arbitrary<List<Skill>> skills() {
        return Arbitraries.of(ESCO).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    static Arbitrary<List<Teacher>> teachers() {
        return Arbitraries.of("Jonas Berg", "Eva Lund", "Rui Costa").map(Teacher::of).list().ofMinSize(1).ofMaxSize(2)
                .uniqueElements();
    }

    /** A skill outside ESCO, which rule HE-SKILLS flags. */
    static Skill nonEscoSkill() {
        return new Skill(URI.create("https://www.example.eu/skills/data-literacy"),
                java.util.Optional.of(LocalizedString.en("data literacy")));
    }
}
