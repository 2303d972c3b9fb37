package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Annex I: one element removed from a complete credential yields exactly that element's rule. */
class CouncilProfileTest {

    /** The complete sample credential without one Annex I element. */
    static MicroCredential without(AnnexElement element) {
        switch (element) {
            case LEARNER: return Fixtures.credential(b -> b.learner(null));
            case TITLE: return Fixtures.credential(b -> b.title(null));
            case ISSUER_COUNTRY: return Fixtures.credential(b -> b.issuerCountries(List.of()).issuerRegions(List.of()));
            case AWARDING_BODY: return Fixtures.credential(b -> b.awardingBodies(List.of()));
            case ISSUE_DATE: return Fixtures.credential(b -> b.issued(null));
            case LEARNING_OUTCOMES: return Fixtures.credential(b -> b.learningOutcomes(List.of()));
            case WORKLOAD: return Fixtures.credential(b -> b.workload(null));
            case LEVEL: return Fixtures.credential(b -> b.level(null));
            case ASSESSMENT_TYPE: return Fixtures.assessment(a -> a.type(null));
            case PARTICIPATION_FORM: return Fixtures.credential(b -> b.participationForm(null));
            case QUALITY_ASSURANCE: return Fixtures.credential(b -> b.qualityAssurance(List.of()));
            case PREREQUISITES: return Fixtures.credential(b -> b.prerequisites(null));
            case SUPERVISION: return Fixtures.assessment(a -> a.supervision(null));
            case GRADE: return Fixtures.credential(b -> b.grade(null).assessments(
                    List.of(Samples.microCredential().assessments().get(0).toBuilder().grade(null).build())));
            case STACKABILITY: return Fixtures.credential(b -> b.integration(null));
            case FURTHER_INFORMATION: return Fixtures.credential(b -> b.furtherInformation(null).furtherInformationUrl(null));
            default: throw new AssertionError(element);
        }
    }

    static Stream<AnnexElement> mandatory() {
        return Stream.of(AnnexElement.values()).filter(AnnexElement::isMandatory);
    }

    static Stream<AnnexElement> optional() {
        return Stream.of(AnnexElement.values()).filter(e -> !e.isMandatory());
    }

    @ParameterizedTest
    @MethodSource("mandatory")
    void mandatoryElementRemoved_yieldsExactlyItsRuleAsTheOnlyError(AnnexElement element) {
        Report report = Validator.of(Profiles.council2022()).validate(without(element));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId).containsExactly(element.ruleId());
        assertThat(report.conforms()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("mandatory")
    void mandatoryElementRemoved_yieldsOnlyThatErrorUnderTheDefaultProfileToo(AnnexElement element) {
        Report report = Validator.create().validate(without(element));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId).containsExactly(element.ruleId());
    }

    @ParameterizedTest
    @MethodSource("optional")
    void optionalElementRemoved_isInformationAndStillConforms(AnnexElement element) {
        Report report = Validator.of(Profiles.council2022()).validate(without(element));

        assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(element.ruleId(), Severity.INFO));
        assertThat(report.conforms()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AnnexElement.class)
    void annexElement_hasARuleCitingAnnexI(AnnexElement element) {
        Rule rule = Rule.byId(element.ruleId()).orElseThrow();

        assertThat(rule.source()).startsWith("Council Recommendation 2022/C 243/02, Annex I");
        assertThat(Profiles.council2022().severity(element.ruleId()))
                .hasValue(element.isMandatory() ? Severity.ERROR : Severity.INFO);
    }

    @Test
    void emptyCredential_reportsEveryMandatoryElementInOnePass() {
        MicroCredential empty = MicroCredential.builder(Samples.CREDENTIAL_ID).build();

        Report report = Validator.of(Profiles.council2022()).validate(empty);

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId)
                .containsExactlyElementsOf(mandatory().map(AnnexElement::ruleId).toList());
        assertThat(report.findings(Severity.INFO)).extracting(Finding::ruleId)
                .containsExactly("CR-O1", "CR-O3", "CR-O4", "CR-O5");
    }

    @Test
    void assessmentsRemoved_isCrM9AtTheList() {
        Report report = Validator.create().validate(Fixtures.credential(b -> b.assessments(List.of())));

        assertThat(report.findings(Severity.ERROR)).extracting(Finding::ruleId, Finding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CR-M9", "/assessments"));
    }

    @Test
    void progressionBadge_isNotAMicroCredential_soAnnexIDoesNotApply() {
        assertThat(Validator.of(Profiles.council2022()).validate(Samples.progressionBadge()).findings()).isEmpty();
    }

    @Test
    void findings_pointAtTheMissingElement() {
        Map<AnnexElement, String> expected = Map.of(AnnexElement.LEARNER, "/learner", AnnexElement.ISSUE_DATE, "/issued",
                AnnexElement.ASSESSMENT_TYPE, "/assessments/0/type", AnnexElement.SUPERVISION,
                "/assessments/0/supervision", AnnexElement.ISSUER_COUNTRY, "/issuerCountries");

        expected.forEach((element, pointer) -> assertThat(
                Validator.of(Profiles.council2022()).validate(without(element)).findings())
                .extracting(Finding::pointer).containsExactly(pointer));
    }
}
