package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ECTS rules on the cases the issue names, and their edges. */
class EctsRulesTest {

    private final Validator ects = Validator.of(Profiles.ects());

    @Test
    void halfCredit_isBelowTheMinimum() {
        Report report = ects.validate(Fixtures.credits("0.5"));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId, Finding::pointer, f -> f.value().orElseThrow())
                .containsExactly(tuple("ECTS-MIN", "/workload/credits", "0.5"));
    }

    @Test
    void twoPointTwoFive_isNotAHalfPoint() {
        Report report = ects.validate(Fixtures.credits("2.25"));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId).containsExactly("ECTS-HALF");
        assertThat(report.findings("ECTS-WHOLE")).as("a non-half point is not also reported as not whole").isEmpty();
    }

    @Test
    void twentyFive_isOutsideTheBand_asAWarningOnly() {
        Report report = ects.validate(Fixtures.credits("25"));

        assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("ECTS-BAND", Severity.WARNING));
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void threeIsNotTwoPlusAHalf() {
        Report report = ects.validate(Fixtures.split("3.0", "2.0", "0.5"));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId, Finding::pointer, f -> f.value().orElseThrow())
                .containsExactly(tuple("ECTS-DUAL", "/workload/split", "2.0 + 0.5"));
        assertThat(report.findings(Severity.ERROR).get(0).message())
                .isEqualTo("The total of 3.0 ECTS differs from the learning-activity ECTS plus the assessment ECTS (2.0 + 0.5).");
    }

    @Test
    void ucnWithOneCredit_isBelowTheInstitutionMinimum() {
        Validator ucn = Validator.builder().profile(Profiles.ects()).profile(Profiles.institution("UCN")).build();

        Report report = ucn.validate(Fixtures.credits("1.0"));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId).containsExactly("ECTS-INST");
        Finding finding = report.findings(Severity.ERROR).get(0);
        assertThat(finding.message()).isEqualTo("1.0 ECTS is outside the range of 1.5–5.0 ECTS that UCN sets for micro-credentials.");
        assertThat(finding.source()).hasValue("HEROES D6.1 §1.1, Table 1");
    }

    @Test
    void institutionRule_withoutAnInstitution_isSilent() {
        Validator unnamed = Validator.builder().policy(Policy.builder().severity("ECTS-INST", Severity.ERROR).build()).build();

        assertThat(unnamed.validate(Fixtures.credits("100")).findings("ECTS-INST")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 74, true", "3, 75, false", "3, 90, false", "3, 91, true", "2.5, 62.5, false", "1, 24, true"})
    void hours_outsideTwentyFiveToThirtyPerCredit_areAWarning(String credits, double hours, boolean fires) {
        Duration workload = Duration.ofMinutes(Math.round(hours * 60));

        Report report = ects.validate(Fixtures.credits(credits, workload));

        assertThat(report.findings("ECTS-HOURS")).hasSize(fires ? 1 : 0)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void hours_useTheInstitutionsNarrowerRange() {
        InstitutionPolicy strict = InstitutionPolicy.builder("Example University")
                .hoursPerCredit(io.github.microcredentials.core.ects.HoursPerCredit.of(28)).build();
        Validator validator = Validator.builder().profile(Profiles.ects()).profile(Profiles.institution(strict)).build();

        Report report = validator.validate(Samples.microCredential()); // 81 hours for 3 ECTS: 27 per credit

        assertThat(report.findings("ECTS-HOURS")).extracting(Finding::message)
                .containsExactly("81 hours of workload do not match 3.0 ECTS, which correspond to 84 to 84 hours.");
    }

    @Test
    void standaloneCourse_mayBeBelowOneCredit_andOffTheHalfPoints() {
        LearningOpportunity course = Samples.standaloneCourse().toBuilder()
                .workload(Workload.of(EctsCredits.of(0.75), Duration.ofHours(20))).build();

        assertThat(ects.validate(course).findings()).isEmpty();
    }

    @Test
    void opportunityOfAMicroCredential_isCheckedLikeTheCredential() {
        LearningOpportunity mc = Samples.learningOpportunity().toBuilder().workload(Workload.of(EctsCredits.of(0.5))).build();

        assertThat(ects.validate(mc).findings(Severity.ERROR)).extracting(Finding::ruleId).containsExactly("ECTS-MIN");
        assertThat(mc.kind()).isEqualTo(OpportunityKind.MICRO_CREDENTIAL);
    }

    @Test
    void absentCredits_areNotTheEctsRulesConcern() {
        Report report = ects.validate(Fixtures.credential(b -> b.workload(null)));

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void pathway_whoseMicroCredentialsDoNotAddUp_isAnError() {
        LearningOpportunity mc = Samples.learningOpportunity();

        Report report = ects.validate(Fixtures.pathway(java.util.Optional.of(EctsCredits.of(12)),
                java.util.List.of(mc, mc, mc)));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId, Finding::pointer, Finding::message)
                .containsExactly(tuple("ECTS-STACK", "/targetCredits",
                        "The pathway targets 12.0 ECTS, but its 3 micro-credentials add up to 9.0 ECTS."));
    }

    @Test
    void nestedMicroCredential_pointsBelowThePathway() {
        LearningOpportunity small = Samples.learningOpportunity().toBuilder().workload(Workload.of(EctsCredits.of(0.5))).build();

        Report report = ects.validate(Fixtures.pathway(java.util.Optional.empty(),
                java.util.List.of(Samples.learningOpportunity(), small)));

        assertThat(report.findings("ECTS-MIN")).extracting(Finding::pointer).containsExactly("/microCredentials/1/workload/credits");
    }
}
