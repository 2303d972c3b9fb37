package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateCredentialsTest {

    @Test
    void sampleCredential_conforms() {
        assertThat(ValidateCredentials.validate(Samples.microCredential())).containsExactly("conforms: true");
    }

    @Test
    void readmeCredential_isBelowUcnsMinimumAndNamesTheRules() {
        MicroCredential small = BuildAndExchange.build().toBuilder().workload(Workload.of(EctsCredits.of(1))).build();

        List<String> lines = ValidateCredentials.validate(small);

        assertThat(lines).contains("ERROR ECTS-INST at /workload/credits: 1.0 ECTS is outside the range of 1.5–5.0 ECTS "
                + "that UCN sets for micro-credentials.", "conforms: false");
        assertThat(lines).anyMatch(l -> l.startsWith("ERROR CR-M10 at /participationForm"));
    }

    @Test
    void policy_raisesVagueVerbsToErrors_inGerman() {
        MicroCredential vague = Samples.microCredential().toBuilder().learningOutcomes(List.of(
                LearningOutcome.of("lo-1", LocalizedString.en("Understand FAIR data.")),
                LearningOutcome.of("lo-2", LocalizedString.en("Publish a dataset.")),
                LearningOutcome.of("lo-3", LocalizedString.en("Evaluate agreements.")))).build();

        Report report = ValidateCredentials.withPolicy().validate(vague);

        Finding finding = report.findings("HE-LO-VERB").get(0);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Das Lernergebnis lo-1 beginnt mit dem vagen „understand“");
    }

    @Test
    void ownInstitution_appliesItsLimits() {
        MicroCredential one = Samples.microCredential().toBuilder().workload(Workload.of(EctsCredits.of(1))).build();

        Report report = ValidateCredentials.withOwnInstitution().validate(one);

        assertThat(report.findings("ECTS-INST")).extracting(f -> f.source().orElseThrow())
                .containsExactly("Senate decision 2026/4");
    }

    @Test
    void beanValidation_reportsRuleIdsAndPaths() {
        MicroCredential noOutcomes = Samples.microCredential().toBuilder().learningOutcomes(List.of()).build();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            assertThat(ValidateCredentials.withBeanValidation(factory.getValidator(), noOutcomes))
                    .containsExactly("CR-M6: No learning outcomes are stated. at credential.learningOutcomes");
            assertThat(ValidateCredentials.withBeanValidation(factory.getValidator(), Samples.microCredential())).isEmpty();
        }
    }
}
