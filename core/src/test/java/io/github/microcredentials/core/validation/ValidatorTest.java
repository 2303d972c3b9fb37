package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static final MicroCredential EMPTY = MicroCredential.builder(Samples.CREDENTIAL_ID).build();

    @Test
    void create_usesTheDefaultProfile() {
        Validator validator = Validator.create();

        assertThat(validator.profile()).isEqualTo(Profiles.defaults());
        assertThat(validator.rules().keySet()).extracting(Rule::id).contains("CR-M1", "ECTS-MIN").doesNotContain("HE-EQF");
        assertThat(validator.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void report_collectsEveryFindingInOnePass() {
        Report report = Validator.of(Profiles.all()).validate(EMPTY);

        assertThat(report.findings().size()).isGreaterThan(20);
        assertThat(report.findings()).extracting(Finding::ruleId).contains("CR-M1", "CR-M11", "HE-EQF", "DP-VLE");
        assertThat(report.isTruncated()).isFalse();
    }

    @Test
    void cap_truncatesTheReport() {
        Report report = Validator.builder().profile(Profiles.all()).maxFindings(3).build().validate(EMPTY);

        assertThat(report.findings()).hasSize(3);
        assertThat(report.isTruncated()).isTrue();
        assertThat(report.conforms()).isFalse();
    }

    @Test
    void cap_mustBePositive() {
        assertThatThrownBy(() -> Validator.builder().maxFindings(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void report_isImmutable() {
        Report report = Validator.create().validate(EMPTY);

        assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void messages_followTheLocale() {
        Validator english = Validator.of(Profiles.council2022());
        Validator german = english.withLocale(Locale.GERMAN);

        Finding en = english.validate(Fixtures.credential(b -> b.learningOutcomes(List.of()))).findings().get(0);
        Finding de = german.validate(Fixtures.credential(b -> b.learningOutcomes(List.of()))).findings().get(0);

        assertThat(en.message()).isEqualTo("No learning outcomes are stated.");
        assertThat(de.message()).isEqualTo("Es sind keine Lernergebnisse angegeben.");
        assertThat(de.ruleId()).isEqualTo(en.ruleId());
        assertThat(german.locale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void regionalGerman_usesTheGermanBundle_andUnshippedLanguages_useEnglish() {
        MicroCredential noTitle = Fixtures.credential(b -> b.title(null));

        assertThat(Validator.builder().locale(Locale.forLanguageTag("de-AT")).build().validate(noTitle)
                .findings().get(0).message()).isEqualTo("Das Microcredential hat keinen Titel.");
        assertThat(Validator.builder().locale(Locale.JAPANESE).build().validate(noTitle)
                .findings().get(0).message()).isEqualTo("The micro-credential has no title.");
    }

    @Test
    void validateDocument_validatesEachKindAsItsOwnMethodDoes() {
        Validator validator = Validator.of(Profiles.all());
        MicroCredential credential = Samples.microCredential().toBuilder().title(null).build();
        LearningOpportunity opportunity = Samples.learningOpportunity().toBuilder().title(null).build();

        assertThat(validator.validateDocument(credential)).isEqualTo(validator.validate(credential))
                .matches(r -> !r.findings().isEmpty());
        assertThat(validator.validateDocument(opportunity)).isEqualTo(validator.validate(opportunity))
                .matches(r -> !r.findings().isEmpty());
        assertThat(validator.validateDocument(Samples.courseDesign()))
                .isEqualTo(validator.validate(Samples.courseDesign()));
        assertThat(validator.validateDocument(Samples.learningPathway()))
                .isEqualTo(validator.validate(Samples.learningPathway()));
        assertThat(validator.validateDocument(Samples.microCredentialPathway()))
                .isEqualTo(validator.validate(Samples.microCredentialPathway()));
    }

    @Test
    void courseDesign_validatesItsOpportunityBelowOpportunity() {
        var design = RuleCasesTest.completeDesign();
        var broken = new io.github.microcredentials.core.model.CourseDesign(
                design.opportunity().toBuilder().skills(List.of()).build(), design.items());

        Report report = Validator.of(Profiles.heroes()).validate(broken);

        assertThat(report.findings("HE-SKILLS")).extracting(Finding::pointer).containsExactly("/opportunity/skills");
    }

    @Test
    void learningPathway_validatesItsCourses() {
        var pathway = Samples.learningPathway();
        var course = pathway.courses().get(0).toBuilder().level(null).build();
        var broken = new io.github.microcredentials.core.model.LearningPathway(pathway.id(), pathway.title(),
                List.of(course), pathway.microCredential(), false, java.util.Optional.empty());

        Report report = Validator.of(Profiles.heroes()).validate(broken);

        assertThat(report.findings("HE-EQF")).extracting(Finding::pointer).containsExactly("/courses/0/level");
    }

    @Test
    void validator_isSafeToShareBetweenThreads() throws Exception {
        Validator validator = Validator.of(Profiles.all());
        Report expected = validator.validate(EMPTY);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> results = pool.invokeAll(java.util.Collections.nCopies(64, () -> validator.validate(EMPTY)));
            for (Future<Report> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void toString_namesProfileRulesAndLocale() {
        assertThat(Validator.create().toString()).isEqualTo("Validator[Council Recommendation 2022 + ECTS, 23 rules, en]");
    }
}
