package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.ects.EctsCredits;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileTest {

    @Test
    void rules_haveTheDocumentedIds() {
        Set<String> ids = Rule.validationRules().stream().map(Rule::id).collect(Collectors.toSet());

        assertThat(ids).hasSize(41).contains("CR-M1", "CR-M11", "CR-O5", "ECTS-MIN", "ECTS-HALF", "ECTS-WHOLE",
                "ECTS-BAND", "ECTS-DUAL", "ECTS-HOURS", "ECTS-INST", "ECTS-STACK", "HE-LANG-EN", "HE-DEV-PARTNERS",
                "HE-ASSESSOR", "HE-EQF", "HE-SKILLS", "HE-ALIGN", "HE-LO-VERB", "HE-BADGE", "HE-FREE", "HE-PUBLISH",
                "HE-DESIGN", "HE-STACK-LEVEL", "HE-PATHWAY-FIXED", "DP-VLE", "DP-DESC", "DP-CONFIRM", "DP-LEARNER");
        assertThat(Rule.byId("NOPE")).isEmpty();
    }

    @Test
    void everyRule_isInAShippedProfile_andCitesItsSource() {
        Profile everything = Profiles.all().and(Profiles.institution("UCN"));

        assertThat(Rule.validationRules()).allSatisfy(rule -> {
            assertThat(everything.rules()).containsKey(rule.id());
            assertThat(rule.source()).matches("(Council Recommendation 2022/C 243/02, Annex I|HEROES D6.1 §|"
                    + "DigiProf guidelines 2023, §|ECTS Users' Guide 2015).*");
        });
    }

    @Test
    void allRules_areTheValidationRules_thenTheReaderRules() {
        List<Rule> readers = ReaderFindings.rules().stream().map(RuleDefinition::rule).toList();

        assertThat(readers).extracting(Rule::id).startsWith("JSON-UNKNOWN-PROPERTY");
        assertThat(Rule.all()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(Rule.validationRules().stream(), readers.stream()).toList());
        assertThat(Rule.byId("JSON-UNKNOWN-PROPERTY")).contains(readers.get(0));
        assertThatThrownBy(() -> Profile.builder("x").rule("JSON-UNKNOWN-PROPERTY", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no validation rule");
    }

    @Test
    void defaults_areCouncilAndEcts() {
        assertThat(Profiles.defaults().rules()).isEqualTo(Profiles.council2022().and(Profiles.ects()).rules());
        assertThat(Profiles.byName("DEFAULT")).isEqualTo(Profiles.defaults());
    }

    @Test
    void composition_keepsTheMoreSevere() {
        Profile lenient = Profile.builder("lenient").rule("HE-LO-VERB", Severity.INFO).rule("ECTS-BAND", Severity.INFO).build();

        Profile composed = lenient.and(Profiles.heroes());

        assertThat(composed.severity("HE-LO-VERB")).hasValue(Severity.WARNING);
        assertThat(composed.severity("ECTS-BAND")).hasValue(Severity.INFO);
        assertThat(composed.name()).isEqualTo("lenient + HEROES");
    }

    @Test
    void rules_areInRuleOrderWhateverTheOrderTheyWereGiven() {
        Profile profile = Profile.builder("p").rule("DP-VLE", Severity.INFO).rule("CR-M1", Severity.ERROR).build();

        assertThat(profile.rules().keySet()).containsExactly("CR-M1", "DP-VLE");
    }

    @Test
    void unknownRuleId_isRejected() {
        assertThatThrownBy(() -> Profile.builder("p").rule("CR-M12", Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR-M12");
    }

    @Test
    void unknownProfileName_isRejected() {
        assertThatThrownBy(() -> Profiles.byName("bologna")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("council");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VIKO|1.0|5.0", "TH Deggendorf|1.0|", "Fontys|3.0|30.0", "Halmstad|1.0|30.0", "SEAMK|1.0|59.0",
        "Thomas More|1.0|59.0", "UCN|1.5|5.0", "Beja|1.0|", "Mendel|2.0|60.0"})
    void heroesTable1_isBundled(String name, String min, String max) {
        InstitutionPolicy policy = Profiles.institution(name).institution().orElseThrow();

        assertThat(policy.name()).isEqualTo(name);
        assertThat(policy.minimumCredits()).hasValue(EctsCredits.parse(min));
        assertThat(policy.maximumCredits().map(EctsCredits::toString)).isEqualTo(java.util.Optional.ofNullable(max));
        assertThat(policy.source()).isEqualTo("HEROES D6.1 §1.1, Table 1");
    }

    @Test
    void institutions_areFoundByOtherNamesInAnyCase() {
        assertThat(Profiles.institution("university college of northern denmark").institution().orElseThrow().name())
                .isEqualTo("UCN");
        assertThat(Profiles.institution("  seamk ").institution().orElseThrow().name()).isEqualTo("SEAMK");
        assertThat(Profiles.institutions()).hasSize(9);
    }

    @Test
    void unknownInstitution_isRejectedNotGuessed() {
        assertThatThrownBy(() -> Profiles.institution("Sorbonne")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UCN");
    }

    @Test
    void twoInstitutions_doNotCompose() {
        assertThatThrownBy(() -> Profiles.institution("UCN").and(Profiles.institution("VIKO")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Profiles.institution("UCN").and(Profiles.institution("UCN")).institution()).isPresent();
    }

    @Test
    void callersOwnInstitution_appliesItsLimits() {
        InstitutionPolicy mine = InstitutionPolicy.builder("Example University")
                .minimumCredits(EctsCredits.of(4)).maximumCredits(EctsCredits.of(15)).source("Senate decision 2026/4")
                .build();
        Validator validator = Validator.of(Profiles.institution(mine));

        Finding finding = validator.validate(Fixtures.credits("3")).findings("ECTS-INST").get(0);

        assertThat(finding.source()).hasValue("Senate decision 2026/4");
        assertThat(finding.message()).contains("4.0–15.0", "Example University");
        assertThat(Map.of("range", mine.creditRange())).containsEntry("range", "4.0–15.0");
    }

    @Test
    void institutionPolicy_rejectsAMinimumAboveItsMaximum() {
        assertThatThrownBy(() -> InstitutionPolicy.builder("X").minimumCredits(EctsCredits.of(5))
                .maximumCredits(EctsCredits.of(3)).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
