package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Severity comes from the policy: raise, lower or switch off a rule without forking. */
class PolicyTest {

    @Test
    void raising_turnsAWarningIntoAnError() {
        Policy strict = Policy.builder().severity("ECTS-BAND", Severity.ERROR).build();

        Report report = Validator.builder().policy(strict).build().validate(Fixtures.credits("25"));

        assertThat(report.findings("ECTS-BAND")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(report.conforms()).isFalse();
    }

    @Test
    void lowering_turnsAnErrorIntoAWarning() {
        Policy lenient = Policy.builder().severity("CR-M6", Severity.WARNING).build();

        Report report = Validator.builder().policy(lenient).build().validate(Fixtures.credential(b -> b.learningOutcomes(List.of())));

        assertThat(report.findings("CR-M6")).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void disabling_removesTheRule() {
        Policy policy = Policy.builder().disable("CR-M6").build();
        Validator validator = Validator.builder().policy(policy).build();

        assertThat(validator.validate(Fixtures.credential(b -> b.learningOutcomes(List.of()))).findings()).isEmpty();
        assertThat(validator.rules().keySet()).extracting(Rule::id).doesNotContain("CR-M6").contains("CR-M5");
    }

    @Test
    void givingASeverity_enablesARuleNoProfileEnables() {
        Policy policy = Policy.builder().severity("HE-SKILLS", Severity.WARNING).build();

        Report report = Validator.builder().profile(Profiles.council2022()).policy(policy).build()
                .validate(Fixtures.credential(b -> b.skills(List.of())));

        assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HE-SKILLS", Severity.WARNING));
    }

    @Test
    void laterSettings_replaceEarlierOnes() {
        Policy policy = Policy.builder().disable("CR-O1").severity("CR-O1", Severity.WARNING).build();

        assertThat(policy.apply("CR-O1", Severity.INFO)).hasValue(Severity.WARNING);
        assertThat(policy.apply("CR-O2", Severity.INFO)).hasValue(Severity.INFO);
        assertThat(policy.apply("CR-O2", null)).isEmpty();
    }

    @Test
    void unknownRuleId_isRejectedAtOnce() {
        assertThatThrownBy(() -> Policy.builder().disable("CR-X")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CR-X");
    }

    @Test
    void defaults_changeNothing() {
        assertThat(Policy.defaults().overrides()).isEmpty();
        assertThat(Policy.builder().build()).isEqualTo(Policy.defaults());
        assertThat(Validator.create().validate(Samples.microCredential()).findings()).isEmpty();
    }
}
