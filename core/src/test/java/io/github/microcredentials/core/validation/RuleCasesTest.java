package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.ConfirmationRole;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.DesignItem;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, at least once where it fires and once where it does not: each case changes one thing
 * of a sample, and the silent case sits at the boundary where one exists.
 */
class RuleCasesTest {

    /** A document on which a rule fires, and one on which it does not. */
    record Case(Supplier<Document> fires, Supplier<Document> silent) {
    }

    private static final Validator ALL = Validator.builder().profile(Profiles.all())
            .profile(Profiles.institution("UCN")).build();

    static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        council(cases);
        ects(cases);
        heroes(cases);
        digiprof(cases);
        return cases;
    }

    private static void council(Map<String, Case> c) {
        Supplier<Document> sample = Samples::microCredential;
        c.put("CR-M1", new Case(() -> Fixtures.credential(b -> b.learner(null)), sample));
        c.put("CR-M2", new Case(() -> Fixtures.credential(b -> b.title(null)), sample));
        c.put("CR-M3", new Case(() -> Fixtures.credential(b -> b.issuerCountries(List.of())), sample));
        c.put("CR-M4", new Case(() -> Fixtures.credential(b -> b.awardingBodies(List.of())), sample));
        c.put("CR-M5", new Case(() -> Fixtures.credential(b -> b.issued(null)), sample));
        c.put("CR-M6", new Case(() -> Fixtures.credential(b -> b.learningOutcomes(List.of())), sample));
        c.put("CR-M7", new Case(() -> Fixtures.credential(b -> b.workload(null)), sample));
        c.put("CR-M8", new Case(() -> Fixtures.credential(b -> b.level(null)), sample));
        c.put("CR-M9", new Case(() -> Fixtures.assessment(a -> a.type(null)), sample));
        c.put("CR-M10", new Case(() -> Fixtures.credential(b -> b.participationForm(null)), sample));
        c.put("CR-M11", new Case(() -> Fixtures.credential(b -> b.qualityAssurance(List.of())), sample));
        c.put("CR-O1", new Case(() -> Fixtures.credential(b -> b.prerequisites(null)), sample));
        c.put("CR-O2", new Case(() -> Fixtures.assessment(a -> a.supervision(null)), sample));
        c.put("CR-O3", new Case(() -> Fixtures.credential(b -> b.grade(null).assessments(
                List.of(Samples.microCredential().assessments().get(0).toBuilder().grade(null).build()))),
                () -> Fixtures.credential(b -> b.grade(null))));
        c.put("CR-O4", new Case(() -> Fixtures.credential(b -> b.integration(null)), sample));
        c.put("CR-O5", new Case(() -> Fixtures.credential(b -> b.furtherInformation(null).furtherInformationUrl(null)),
                () -> Fixtures.credential(b -> b.furtherInformation(null))));
    }

    private static void ects(Map<String, Case> c) {
        c.put("ECTS-MIN", new Case(() -> Fixtures.credits("0.5"), () -> Fixtures.credits("1.0")));
        c.put("ECTS-HALF", new Case(() -> Fixtures.credits("2.25"), () -> Fixtures.credits("2.5")));
        c.put("ECTS-WHOLE", new Case(() -> Fixtures.credits("2.5"), () -> Fixtures.credits("3")));
        c.put("ECTS-BAND", new Case(() -> Fixtures.credits("25"), () -> Fixtures.credits("20")));
        c.put("ECTS-DUAL", new Case(() -> Fixtures.split("3.0", "2.0", "0.5"), () -> Fixtures.split("3.0", "2.0", "1.0")));
        c.put("ECTS-HOURS", new Case(() -> Fixtures.credits("3", Duration.ofHours(60)),
                () -> Fixtures.credits("3", Duration.ofHours(90))));
        c.put("ECTS-INST", new Case(() -> Fixtures.credits("1.0"), () -> Fixtures.credits("5")));
        LearningOpportunity mc = Samples.learningOpportunity();
        c.put("ECTS-STACK", new Case(() -> Fixtures.pathway(Optional.of(EctsCredits.of(10)), List.of(mc, mc, mc)),
                () -> Fixtures.pathway(Optional.of(EctsCredits.of(9)), List.of(mc, mc, mc))));
    }

    private static void heroes(Map<String, Case> c) {
        c.put("HE-LANG-EN", new Case(() -> Fixtures.credential(b -> b.languages(List.of(new Language("da")))),
                () -> Fixtures.credential(b -> b.languages(List.of(new Language("da"), Language.ENGLISH)))));
        c.put("HE-DEV-PARTNERS", new Case(() -> Fixtures.opportunity(b -> b.developingPartners(List.of(Samples.ucn()))),
                () -> Fixtures.opportunity(b -> b.developingPartners(List.of(Samples.ucn()))
                        .heroesActivity(HeroesActivityType.APPROVED))));
        c.put("HE-ASSESSOR", new Case(() -> Fixtures.credential(b -> b.addAwardingBody(Samples.halmstad())),
                Samples::microCredential));
        c.put("HE-EQF", new Case(() -> Fixtures.credential(b -> b.level(new Level(Optional.empty(),
                Optional.of(QfEheaCycle.FIRST_CYCLE), Optional.empty()))), Samples::microCredential));
        c.put("HE-SKILLS", new Case(() -> Fixtures.credential(b -> b.skills(List.of())), Samples::microCredential));
        c.put("HE-ALIGN", new Case(() -> Fixtures.credential(b -> b.addLearningOutcome(
                LearningOutcome.of("lo-4", LocalizedString.en("Present a data management plan to peers.")))),
                Samples::microCredential));
        c.put("HE-LO-VERB", new Case(() -> Fixtures.credential(b -> b.learningOutcomes(List.of(outcome("lo-1",
                "Know the FAIR principles."), outcome("lo-2", "Publish a dataset."), outcome("lo-3", "Evaluate agreements.")))),
                Samples::microCredential));
        c.put("HE-BADGE", new Case(() -> Samples.progressionBadge().toBuilder()
                .workload(Workload.of(EctsCredits.of(2.5))).build(), Samples::progressionBadge));
        c.put("HE-FREE", new Case(() -> Fixtures.opportunity(b -> b.pricing(fee())),
                () -> Fixtures.opportunity(b -> b.pricing(fee()).projectFunded(false))));
        c.put("HE-PUBLISH", new Case(() -> Fixtures.opportunity(b -> b.registrationDeadline(null)),
                Samples::learningOpportunity));
        c.put("HE-DESIGN", new Case(() -> design(DesignItem.MARKET_NEEDS), RuleCasesTest::completeDesign));
        LearningOpportunity eqf7 = Fixtures.opportunity(b -> b.level(Level.of(EqfLevel.LEVEL_7)));
        c.put("HE-STACK-LEVEL", new Case(
                () -> Fixtures.pathway(Optional.empty(), List.of(Samples.learningOpportunity(), eqf7)),
                Samples::microCredentialPathway));
        LearningPathway open = Samples.learningPathway();
        c.put("HE-PATHWAY-FIXED", new Case(
                () -> new LearningPathway(open.id(), open.title(), open.courses(), open.microCredential(), true,
                        Optional.empty()),
                () -> new LearningPathway(open.id(), open.title(), open.courses(), open.microCredential(), true,
                        Optional.of(LocalizedString.en("The assessment builds on the course's lab work.")))));
    }

    private static void digiprof(Map<String, Case> c) {
        c.put("DP-VLE", new Case(() -> Fixtures.credential(b -> b.placeOfIssue(null)), Samples::microCredential));
        c.put("DP-DESC", new Case(() -> Fixtures.opportunity(b -> b.targetGroup(null)), Samples::learningOpportunity));
        c.put("DP-CONFIRM", new Case(() -> Fixtures.credential(b -> b.prerequisites(null)
                .addConfirmation(Confirmation.of(AnnexElement.PREREQUISITES, ConfirmationRole.STUDY_DEPARTMENT))),
                () -> Fixtures.credential(b -> b.addConfirmation(
                        Confirmation.of(AnnexElement.PREREQUISITES, ConfirmationRole.STUDY_DEPARTMENT)))));
        c.put("DP-LEARNER", new Case(() -> Fixtures.credential(b -> b.learner(
                Learner.builder().givenName("Sofie").familyName("Nielsen").build())), Samples::microCredential));
    }

    static LearningOutcome outcome(String id, String text) {
        return LearningOutcome.of(id, LocalizedString.en(text));
    }

    static Pricing fee() {
        return Pricing.fee(new BigDecimal("250"), Currency.getInstance("EUR"));
    }

    /** A design that addresses every item, Mandatory and Consider, but one. */
    static CourseDesign design(DesignItem without) {
        Map<DesignItem, LocalizedString> items = new EnumMap<>(DesignItem.class);
        for (DesignItem item : DesignItem.values()) {
            items.put(item, LocalizedString.en("Addressed in section " + item.section() + "."));
        }
        items.remove(without);
        return new CourseDesign(Samples.courseDesign().opportunity(), items);
    }

    static CourseDesign completeDesign() {
        return design(DesignItem.MARKET_NEEDS).with(DesignItem.MARKET_NEEDS, LocalizedString.en("Labour market study."));
    }

    static Stream<Arguments> ruleCases() {
        return cases().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyRule_hasACase() {
        assertThat(cases().keySet())
                .containsExactlyInAnyOrderElementsOf(Rule.validationRules().stream().map(Rule::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void rule_firesOnItsCase(String ruleId, Case c) {
        Report report = ALL.validateDocument(c.fires().get());

        assertThat(report.findings(ruleId)).as(report.toString()).isNotEmpty();
        assertThat(report.findings(ruleId)).allSatisfy(f -> {
            assertThat(f.source()).hasValue(f.ruleId().equals("ECTS-INST") ? "HEROES D6.1 §1.1, Table 1"
                    : Rule.byId(ruleId).orElseThrow().source());
            assertThat(f.message()).as("a message from the bundle").doesNotStartWith(ruleId);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void rule_isSilentOnTheOtherCase(String ruleId, Case c) {
        Report report = ALL.validateDocument(c.silent().get());

        assertThat(report.findings(ruleId)).as(report.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void rule_hasAGermanMessageForEveryFinding(String ruleId, Case c) {
        Report report = ALL.withLocale(Locale.GERMAN).validateDocument(c.fires().get());
        Report english = ALL.validateDocument(c.fires().get());

        assertThat(report.findings(ruleId)).allSatisfy(f -> assertThat(f.message()).doesNotStartWith(ruleId));
        assertThat(report.findings(ruleId).get(0).message()).isNotEqualTo(english.findings(ruleId).get(0).message());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void finding_pointsIntoTheNativeJson(String ruleId, Case c) throws Exception {
        Document document = c.fires().get();
        JsonNode tree = new ObjectMapper().readTree(NativeJson.create().write(document));

        for (Finding f : ALL.validateDocument(document).findings(ruleId)) {
            String parent = f.pointer().substring(0, f.pointer().lastIndexOf('/'));
            assertThat(tree.at(parent).isMissingNode()).as("parent of %s", f.pointer()).isFalse();
        }
    }

    /**
     * Rules that also fire on a case because the one change touches what they check too; each entry says why.
     * Anything else new on a firing case is a rule firing where it should not (or reporting under another id).
     */
    private static final Map<String, Set<String>> OVERLAPS = Map.ofEntries(
            // DP-VLE: title, awarding body, outcomes, workload, participation form and grade are VLE exports.
            Map.entry("CR-M2", Set.of("DP-VLE")),
            Map.entry("CR-M4", Set.of("DP-VLE")),
            Map.entry("CR-M7", Set.of("DP-VLE")),
            Map.entry("CR-M10", Set.of("DP-VLE")),
            // DP-CONFIRM: the sample confirms its outcomes and its grade, which these cases remove.
            Map.entry("CR-M6", Set.of("DP-VLE", "DP-CONFIRM")),
            Map.entry("CR-O3", Set.of("DP-VLE", "DP-CONFIRM")),
            // No level at all is also no EQF level.
            Map.entry("CR-M8", Set.of("HE-EQF")),
            // 0.5 is a half point; 2.5 and 1.0 are below the HEROES band of 3 to 20.
            Map.entry("ECTS-MIN", Set.of("ECTS-WHOLE")),
            Map.entry("ECTS-WHOLE", Set.of("ECTS-BAND")),
            Map.entry("ECTS-INST", Set.of("ECTS-BAND")),
            // The confirmation refers to prerequisites that the case removes.
            Map.entry("DP-CONFIRM", Set.of("CR-O1")));

    /**
     * Reader rules, which fire while a native document is read rather than on a validated document: the test
     * that exercises each of them.
     */
    private static final Map<String, String> READER_RULES = Map.of(
            "JSON-UNKNOWN-PROPERTY", "NativeJsonStrictReadingTest");

    @Test
    void eachCase_changesOneThing_soOnlyItsRuleAndTheListedOverlapsAreNew() {
        // Compares with the silent case rather than with the validator's own list of rules: the report takes each
        // finding's id and severity from the rule that runs, so checking them against that list cannot fail.
        Set<String> registered = Rule.all().stream().map(Rule::id).collect(Collectors.toSet());
        cases().forEach((id, c) -> {
            Set<String> fired = ruleIds(ALL.validateDocument(c.fires().get()));
            Set<String> expected = new TreeSet<>(OVERLAPS.getOrDefault(id, Set.of()));
            expected.add(id);
            assertThat(registered).as("registered rules, for the case of %s", id).containsAll(fired);
            fired.removeAll(ruleIds(ALL.validateDocument(c.silent().get())));
            assertThat(fired).as("rules new on the firing case of %s", id).isEqualTo(expected);
        });
    }

    @Test
    void everyRegisteredRule_isExercised_hereOrByTheNamedReaderTest() {
        Set<String> exercised = new TreeSet<>(cases().keySet());
        exercised.addAll(READER_RULES.keySet());

        assertThat(exercised).isEqualTo(Rule.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(READER_RULES.keySet()).doesNotContainAnyElementsOf(
                Rule.validationRules().stream().map(Rule::id).toList());
    }

    private static Set<String> ruleIds(Report report) {
        return report.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aPolicy_setsTheSeverityOfEveryFinding_ofEveryCase() {
        Policy.Builder raised = Policy.builder();
        Rule.validationRules().forEach(r -> raised.severity(r.id(), Severity.ERROR));
        Validator strict = Validator.builder().profile(Profiles.all()).profile(Profiles.institution("UCN"))
                .policy(raised.build()).build();

        cases().forEach((id, c) -> assertThat(strict.validateDocument(c.fires().get()).findings(id))
                .as("findings of %s", id).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).as(f.toString()).isIn(Severity.ERROR, Severity.INFO)));
    }

}
