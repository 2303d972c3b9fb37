package io.github.microcredentials.test;

import static io.github.microcredentials.test.MicroCredentialAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportAssertTest {

    private static final Validator COUNCIL = Validator.of(Profiles.council2022());

    private static Report withoutTitleAndCountry() {
        return COUNCIL.validate(Samples.microCredential().toBuilder().title(null).issuerCountries(List.of()).build());
    }

    @Test
    void conforms_failsListingEveryFindingWithRuleLocationMessageAndPage() {
        assertThatThrownBy(() -> assertThat(withoutTitleAndCountry()).conforms())
                .hasMessageContaining("but it has 2 errors")
                .hasMessageContaining("ERROR CR-M2 at /title: The micro-credential has no title.")
                .hasMessageContaining("ERROR CR-M3 at /issuerCountries:")
                .hasMessageContaining("see https://github.com/microcredentials/microcredentials-java/blob/main/docs/rules/CR-M2.md");
    }

    @Test
    void hasFinding_narrowsByLocationAndSeverity_andFailsWhenNothingMatches() {
        assertThat(withoutTitleAndCountry()).hasFinding("CR-M2").at("/title").withSeverity(Severity.ERROR).hasCount(1);

        assertThatThrownBy(() -> assertThat(withoutTitleAndCountry()).hasFinding("CR-M2").at("/learner"))
                .hasMessageContaining("Expecting a finding CR-M2 at /learner");
        assertThatThrownBy(() -> assertThat(withoutTitleAndCountry()).hasFinding("CR-M2").withSeverity(Severity.INFO))
                .hasMessageContaining("with severity INFO");
        assertThatThrownBy(() -> assertThat(withoutTitleAndCountry()).hasFinding("CR-M6"))
                .hasMessageContaining("Expecting a finding of rule CR-M6, but there is none");
    }

    @Test
    void hasNoFindingsOtherThan_namesTheOthers() {
        assertThat(withoutTitleAndCountry()).hasNoFindingsOtherThan("CR-M2", "CR-M3");

        assertThatThrownBy(() -> assertThat(withoutTitleAndCountry()).hasNoFindingsOtherThan("CR-M2"))
                .hasMessageContaining("found 1 other finding").hasMessageContaining("CR-M3");
    }

    @Test
    void messages_areInTheLocaleOfTheReport() {
        Report german = COUNCIL.withLocale(Locale.GERMAN).validate(Samples.microCredential().toBuilder().title(null).build());

        assertThatThrownBy(() -> assertThat(german).conforms())
                .hasMessageContaining(german.findings("CR-M2").get(0).message());
        assertThat(german).hasFinding("CR-M2").withMessageContaining(german.findings("CR-M2").get(0).message());
    }

    @Test
    void aConformingReport_passesAndDoesNotConformFails() {
        Report report = COUNCIL.validate(Samples.microCredential());

        assertThat(report).conforms().hasNoFindings().doesNotHaveFinding("CR-M1");
        assertThatThrownBy(() -> assertThat(report).doesNotConform()).hasMessageContaining("no ERROR finding");
    }
}
