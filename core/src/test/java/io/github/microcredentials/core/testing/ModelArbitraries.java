package io.github.microcredentials.core.testing;

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
import io.github.microcredentials.core.model.PreservedData;
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
import java.math.BigDecimal;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.StatusPurpose;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of realistic, varied micro-credentials: any element may be absent, texts use several
 * languages and scripts, vocabulary values may be unknown.
 */
public final class ModelArbitraries {

    private ModelArbitraries() {
    }

    /**
     * Non-blank, well-formed text with letters of several scripts, punctuation, spaces and, now and
     * then, a character outside the Basic Multilingual Plane (a surrogate pair, never half of one).
     */
    public static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withChars(" .,;:-'()\"/\\€–“”✓").withCharRange('\u00c0', '\u00ff').withCharRange('\u0391', '\u03c9')
                .ofMinLength(1).ofMaxLength(60);
        return Combinators.combine(plain, Arbitraries.of("", "", "", "😀", "𝄞"))
                .as((text, astral) -> text + astral).filter(s -> !s.isBlank());
    }

    public static Arbitrary<LocalizedString> localized() {
        return Arbitraries.maps(Arbitraries.of("en", "de", "da", "lt", "pt-BR", "sv", "el"), text())
                .ofMinSize(1).ofMaxSize(3).map(LocalizedString::new);
    }

    public static Arbitrary<URI> uri() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofLength(8).map(n -> URI.create("urn:uuid:" + n + "-0000-4000-8000-000000000000")),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> URI.create("https://example.org/" + s)));
    }

    public static Arbitrary<EctsCredits> credits() {
        return Arbitraries.integers().between(0, 6000).map(h -> EctsCredits.of(BigDecimal.valueOf(h, 2)));
    }

    public static Arbitrary<Country> country() {
        return Arbitraries.of("DK", "SE", "LT", "DE", "NL", "FI", "BE", "PT", "CZ", "IE").map(Country::new);
    }

    public static Arbitrary<Skill> skill() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'f').numeric().ofLength(8),
                localized().optional()).as((id, label) ->
                        new Skill(URI.create("http://data.europa.eu/esco/skill/" + id + "-1111-2222-3333-444444444444"), label));
    }

    public static Arbitrary<Organisation> organisation() {
        return Combinators.combine(uri(), localized(), localized().injectNull(0.6), country().injectNull(0.2),
                Arbitraries.strings().alpha().numeric().ofMinLength(3).ofMaxLength(12).injectNull(0.5),
                Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(6).injectNull(0.5))
                .as((id, name, department, country, identifier, region) -> Organisation.builder(id, name)
                        .department(department).country(country)
                        .legalIdentifier(identifier == null ? null : new LegalIdentifier(identifier, Optional.ofNullable(country)))
                        .eidasIdentifier(identifier == null ? null : LegalIdentifier.of("VATDK-" + identifier, new Country("DK")))
                        .region(region == null ? null : Region.atu(region.toUpperCase(java.util.Locale.ROOT)))
                        .homepage(URI.create("https://www.example.edu/")).build());
    }

    public static Arbitrary<Learner> learner() {
        return Combinators.combine(uri().injectNull(0.3), text().injectNull(0.3), text().injectNull(0.3),
                Arbitraries.integers().between(0, 20000).injectNull(0.5), Arbitraries.strings().numeric().ofLength(6).injectNull(0.5))
                .as((id, given, family, birthDay, number) -> {
                    Learner.Builder b = Learner.builder().id(id).givenName(given).familyName(family)
                            .dateOfBirth(birthDay == null ? null : LocalDate.of(1970, 1, 1).plusDays(birthDay));
                    if (number != null) {
                        b.addIdentifier(Identifier.of(number, "Student number")).email("s" + number + "@example.org");
                    }
                    return b.build();
                });
    }

    static Arbitrary<LearningOutcome> outcome(int index) {
        return Combinators.combine(localized(), Arbitraries.of("design", "analyse", "evaluate", "apply").injectNull(0.4),
                Arbitraries.of(OutcomeType.vocabulary().values()).injectNull(0.4), skill().list().ofMaxSize(2))
                .as((text, verb, type, skills) -> {
                    LearningOutcome.Builder b = LearningOutcome.builder("lo-" + index, text).verb(verb).type(type);
                    skills.forEach(b::addSkill);
                    return b.build();
                });
    }

    static Arbitrary<Grade> grade() {
        return Combinators.combine(Arbitraries.of("Pass", "8.5", "B+", "12"), localized().injectNull(0.5))
                .as((value, scheme) -> scheme == null ? Grade.of(value)
                        : Grade.of(value, new GradingScheme(scheme, Optional.empty(), List.of("Fail", "Pass"))));
    }

    static Arbitrary<Assessment> assessment(int index, int outcomes) {
        return Combinators.combine(localized(),
                Arbitraries.oneOf(Arbitraries.of(AssessmentType.vocabulary().values()), Arbitraries.of(AssessmentType.parse("viva-voce"))).injectNull(0.2),
                Arbitraries.of(SupervisionVerification.vocabulary().values()).injectNull(0.3),
                Arbitraries.of(AssessedBy.values()).injectNull(0.5), credits().injectNull(0.5), grade().injectNull(0.4))
                .as((title, type, supervision, by, credits, grade) -> {
                    Assessment.Builder b = Assessment.builder("as-" + index, title).type(type).supervision(supervision)
                            .assessedBy(by).credits(credits).grade(grade);
                    for (int i = 0; i < outcomes; i++) {
                        b.assesses("lo-" + i);
                    }
                    return b.build();
                });
    }

    static Arbitrary<Workload> workload() {
        return Combinators.combine(credits().injectNull(0.2), Arbitraries.integers().between(0, 400).injectNull(0.4),
                credits().injectNull(0.6)).as((credits, hours, assessment) -> {
                    Optional<DualEcts> split = credits == null || assessment == null || assessment.compareTo(credits) > 0
                            ? Optional.empty() : Optional.of(credits.split(assessment));
                    Optional<Duration> duration = Optional.ofNullable(hours).map(h -> Duration.ofHours(h));
                    if (credits == null && duration.isEmpty()) {
                        return Workload.of(EctsCredits.of(1));
                    }
                    return new Workload(Optional.ofNullable(credits), duration, split);
                });
    }

    static Arbitrary<Level> level() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.of(QfEheaCycle.vocabulary().values()).injectNull(0.5),
                Arbitraries.of(true, false)).as((eqf, cycle, nqf) -> new Level(Optional.of(EqfLevel.of(eqf)),
                        Optional.ofNullable(cycle), nqf ? Optional.of(Concept.of(URI.create("http://data.europa.eu/snb/qdr/c_670e54c7"),
                                LocalizedString.en("IE NQF Level 6"))) : Optional.empty()));
    }

    static Arbitrary<OffsetDateTime> dateTime() {
        return Combinators.combine(Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L),
                Arbitraries.of(0, 1, 2, -5, 5, 14)).as((seconds, offset) ->
                        OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneOffset.ofHours(offset)));
    }

    /** Micro-credentials and badges with any subset of elements. */
    public static Arbitrary<MicroCredential> microCredential() {
        Arbitrary<MicroCredential.Builder> base = Combinators.combine(uri(), Arbitraries.of(CredentialKind.vocabulary().values()),
                learner().injectNull(0.2), localized().injectNull(0.1), localized().injectNull(0.5),
                country().list().ofMaxSize(2), organisation().list().ofMaxSize(2), dateTime().injectNull(0.2))
                .as((id, kind, learner, title, description, countries, bodies, issued) -> MicroCredential.builder(id)
                        .kind(kind).learner(learner).title(title).description(description).issuerCountries(countries)
                        .awardingBodies(bodies).issued(issued));
        return base.flatMap(b -> Arbitraries.integers().between(0, 4).flatMap(outcomes ->
                Combinators.combine(outcomeList(outcomes), assessmentList(outcomes), workload().injectNull(0.2),
                        level().injectNull(0.2), Arbitraries.of(ParticipationForm.vocabulary().values()).injectNull(0.2),
                        qualityAssurance().list().ofMaxSize(2), extras())
                        .as((os, as, workload, level, form, qa, extras) -> extras.apply(b.learningOutcomes(os)
                                .assessments(as).workload(workload).level(level).participationForm(form)
                                .qualityAssurance(qa))))
                .flatMap(built -> preserved().list().ofMaxSize(2).map(p -> built.preserved(p).build())));
    }

    /** What a format reader keeps of a document: any JSON object, with text, numbers and nesting. */
    static Arbitrary<PreservedData> preserved() {
        return Combinators.combine(Arbitraries.of("edc", "ob3"), text(),
                Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000), BigDecimal.valueOf(1000)).ofScale(2))
                .as((format, text, number) -> {
                    com.fasterxml.jackson.databind.node.ObjectNode data =
                            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                    data.putArray("add").addObject().put("id", "urn:epass:note:1").put("noteLiteral", text);
                    data.put("number", number).put("flag", true).putNull("none");
                    return new PreservedData(format, data.toString());
                });
    }

    private static Arbitrary<List<LearningOutcome>> outcomeList(int count) {
        List<Arbitrary<LearningOutcome>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(outcome(i));
        }
        return Combinators.combine(parts).as(List::copyOf);
    }

    private static Arbitrary<List<Assessment>> assessmentList(int outcomes) {
        return Arbitraries.integers().between(0, 2).flatMap(count -> {
            List<Arbitrary<Assessment>> parts = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                parts.add(assessment(i, outcomes));
            }
            return Combinators.combine(parts).as(List::copyOf);
        });
    }

    static Arbitrary<QualityAssurance> qualityAssurance() {
        return Combinators.combine(Arbitraries.of(QualityAssuranceType.vocabulary().values()), localized().injectNull(0.3),
                localized().injectNull(0.6)).as((type, description, agency) ->
                        new QualityAssurance(type, Optional.ofNullable(description), Optional.ofNullable(agency), Optional.empty()));
    }

    /** The optional elements, as one step so that the combinators stay within their arity. */
    private static Arbitrary<java.util.function.UnaryOperator<MicroCredential.Builder>> extras() {
        return Combinators.combine(localized().injectNull(0.5), grade().injectNull(0.5),
                Arbitraries.of(Stackability.vocabulary().values()).injectNull(0.5), localized().injectNull(0.5),
                Arbitraries.of("en", "de", "lt", "da").list().uniqueElements().ofMaxSize(2),
                skill().list().ofMaxSize(3), teachersAndActivities(), confirmations())
                .as((prerequisites, grade, stack, further, languages, skills, people, confirmations) -> b -> {
                    b.prerequisites(prerequisites).grade(grade).furtherInformation(further)
                            .integration(stack == null ? null : new Integration(stack,
                                    List.of(URI.create("https://example.org/pathway")), Optional.empty()))
                            .languages(languages.stream().map(Language::new).toList()).skills(skills)
                            .fieldOfStudy(skills.isEmpty() ? null : new IscedFCode("0688"))
                            .learningSetting(skills.size() == 1 ? LearningSetting.FORMAL : null)
                            .formOfStudy(skills.size() == 2 ? FormOfStudy.PART_TIME : null)
                            .confirmations(confirmations)
                            .credentialStatus(statusEntries(skills.size()));
                    people.accept(b);
                    return b;
                });
    }

    private static Arbitrary<java.util.function.Consumer<MicroCredential.Builder>> teachersAndActivities() {
        return Combinators.combine(text().list().ofMaxSize(2), localized().list().ofMaxSize(2),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).injectNull(0.5))
                .as((teachers, activities, place) -> b -> {
                    b.teachers(teachers.stream().map(Teacher::of).toList()).placeOfIssue(place);
                    List<LearningActivity> list = new ArrayList<>();
                    for (int i = 0; i < activities.size(); i++) {
                        list.add(new LearningActivity("la-" + i, activities.get(i), Optional.empty(),
                                Optional.of(Duration.ofHours(10 + i)), Optional.empty(), List.of()));
                    }
                    b.learningActivities(list);
                });
    }

    /** Status entries derived from a count, so that the combinators stay within their arity. */
    private static List<BitstringStatusListEntry> statusEntries(int count) {
        URI list = URI.create("https://example.edu/status/" + count);
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(BitstringStatusListEntry.revocation(list, 94_567));
            case 2 -> List.of(BitstringStatusListEntry.revocation(list, 0),
                    BitstringStatusListEntry.suspension(URI.create("https://example.edu/status/s"), 131_071)
                            .withId(URI.create("https://example.edu/status/s#131071")));
            default -> List.of(BitstringStatusListEntry.of(StatusPurpose.MESSAGE, list, Long.MAX_VALUE)
                    .withStatusMessages(2, List.of(StatusMessage.of(0, "pending"), StatusMessage.of(1, "accepted"),
                            StatusMessage.of(2, "rejected"), StatusMessage.of(3, "undefined")))
                    .withStatusReference(List.of(URI.create("https://example.edu/status-dictionary/"))));
        };
    }

    private static Arbitrary<List<Confirmation>> confirmations() {
        return Combinators.combine(Arbitraries.of(AnnexElement.values()), Arbitraries.of(ConfirmationRole.values()))
                .as(Confirmation::of).list().ofMaxSize(2);
    }

    /** A map helper for tests that build texts by hand. */
    public static Map<String, String> texts(String... languageThenText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < languageThenText.length; i += 2) {
            map.put(languageThenText[i], languageThenText[i + 1]);
        }
        return map;
    }
}
