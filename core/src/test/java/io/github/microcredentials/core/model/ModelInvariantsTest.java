package io.github.microcredentials.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.sample.Samples;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {

    private static final URI ID = URI.create("urn:uuid:00000000-0000-0000-0000-000000000001");

    @Test
    void localizedString_normalisesTagsAndRejectsEmptyOrBlank() {
        LocalizedString text = new LocalizedString(Map.of("EN-gb", "Colour", "da", "Farve"));

        assertThat(text.languages()).containsExactly("da", "en-GB");
        assertThat(text.get("en-gb")).contains("Colour");
        assertThat(text.preferred(List.of("fr", "da"))).isEqualTo("Farve");
        assertThatThrownBy(() -> new LocalizedString(Map.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> LocalizedString.en(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> new LocalizedString(Map.of("en", "a", "EN", "b"))).hasMessageContaining("two texts");
    }

    @Test
    void localizedString_isEqualWhateverTheInputOrder() {
        assertThat(LocalizedString.en("a").with("da", "b")).isEqualTo(LocalizedString.of("da", "b").with("en", "a"));
    }

    @Test
    void credential_rejectsTwoOutcomesWithOneId_soThatAssessmentLinksStayUnambiguous() {
        MicroCredential.Builder builder = MicroCredential.builder(ID)
                .addLearningOutcome(LearningOutcome.of("lo-1", LocalizedString.en("Explain A.")))
                .addLearningOutcome(LearningOutcome.of("lo-1", LocalizedString.en("Explain B.")));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo-1");
    }

    @Test
    void credential_withOnlyAnId_canBeBuiltSoThatValidationCanReportWhatIsMissing() {
        MicroCredential empty = MicroCredential.builder(ID).build();

        assertThat(empty.title()).isEmpty();
        assertThat(empty.learningOutcomes()).isEmpty();
        assertThat(empty.isCreditBearing()).isTrue();
    }

    @Test
    void credentialLists_areUnmodifiableCopies() {
        List<LearningOutcome> outcomes = new ArrayList<>(Samples.learningOutcomes());
        MicroCredential mc = MicroCredential.builder(ID).learningOutcomes(outcomes).build();
        outcomes.clear();

        assertThat(mc.learningOutcomes()).hasSize(3);
        assertThatThrownBy(() -> mc.learningOutcomes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilder_rebuildsAnEqualValue() {
        assertThat(Samples.microCredential().toBuilder().build()).isEqualTo(Samples.microCredential());
        assertThat(Samples.learningOpportunity().toBuilder().build()).isEqualTo(Samples.learningOpportunity());
        Organisation ucn = Samples.ucn();
        assertThat(ucn.toBuilder().build()).isEqualTo(ucn);
        Learner learner = Samples.microCredential().learner().orElseThrow();
        assertThat(learner.toBuilder().build()).isEqualTo(learner);
        Assessment assessment = Samples.microCredential().assessments().get(0);
        assertThat(assessment.toBuilder().build()).isEqualTo(assessment);
        LearningOutcome outcome = Samples.learningOutcomes().get(0);
        assertThat(outcome.toBuilder().build()).isEqualTo(outcome);
    }

    @Test
    void toString_revealsNoPersonalData() {
        MicroCredential mc = Samples.microCredential();

        assertThat(mc.toString()).doesNotContain("Sofie", "Nielsen", "1998", "sofie.nielsen");
        assertThat(mc.learner().orElseThrow().toString()).doesNotContain("Sofie", "Nielsen", "UCN-2026");
    }

    @Test
    void emptyWorkloadAndLevel_areRejected() {
        assertThatThrownBy(() -> new Workload(Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("credits, hours");
        assertThatThrownBy(() -> new Workload(Optional.empty(), Optional.of(Duration.ofHours(-1)), Optional.empty()))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new Level(Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("EQF");
    }

    @Test
    void workload_keepsAWrongSplitSoThatValidationCanReportIt() {
        Workload w = Workload.of(EctsCredits.of(3)).withSplit(
                new io.github.microcredentials.core.ects.DualEcts(EctsCredits.of(2), EctsCredits.of(0.5)));

        assertThat(w.split().orElseThrow().addsUpTo(w.credits().orElseThrow())).isFalse();
    }

    @Test
    void pricing_needsAmountAndCurrencyTogether() {
        assertThat(Pricing.openAccess().isFree()).isTrue();
        assertThat(Pricing.fee(new BigDecimal("120"), Currency.getInstance("EUR")).isFree()).isFalse();
        assertThatThrownBy(() -> new Pricing(Pricing.openAccess().model(), Optional.of(BigDecimal.ONE), Optional.empty()))
                .hasMessageContaining("currency");
        assertThatThrownBy(() -> Pricing.fee(new BigDecimal("-1"), Currency.getInstance("EUR"))).hasMessageContaining("negative");
    }

    @Test
    void valueRecords_rejectBlankAndRelativeValues() {
        assertThatThrownBy(() -> new Skill(URI.create("skill/1"), Optional.empty())).hasMessageContaining("absolute");
        assertThatThrownBy(() -> Identifier.of(" ", "x")).hasMessageContaining("blank");
        assertThatThrownBy(() -> Grade.of("")).hasMessageContaining("blank");
        assertThatThrownBy(() -> Teacher.of(" ")).hasMessageContaining("blank");
        assertThatThrownBy(() -> LearningOutcome.of(" ", LocalizedString.en("x"))).hasMessageContaining("blank");
        assertThatThrownBy(() -> Region.atu("irl dub")).hasMessageContaining("irl dub");
        assertThatThrownBy(() -> Learner.builder().givenName(" ").build()).hasMessageContaining("givenName");
    }

    @Test
    void skills_knowWhetherTheyAreEsco() {
        assertThat(Skill.esco("http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a", "develop digital content")
                .isEsco()).isTrue();
        assertThat(new Skill(URI.create("urn:skill:local:1"), Optional.empty()).isEsco()).isFalse();
    }

    @Test
    void courseDesign_keepsTheTemplateOrderAndCopiesItsItems() {
        Map<DesignItem, LocalizedString> items = new EnumMap<>(DesignItem.class);
        items.put(DesignItem.EVALUATION_PLAN, LocalizedString.en("b"));
        items.put(DesignItem.MARKET_NEEDS, LocalizedString.en("a"));
        CourseDesign design = new CourseDesign(Samples.learningOpportunity(), items);
        items.clear();

        assertThat(design.items().keySet()).containsExactly(DesignItem.MARKET_NEEDS, DesignItem.EVALUATION_PLAN);
        assertThat(design.addresses(DesignItem.MARKET_NEEDS)).isTrue();
        assertThat(design.with(DesignItem.GLOSSARY, LocalizedString.en("c")).items()).hasSize(3);
    }

    @Test
    void designItems_matchTheHeroesTemplate() {
        assertThat(DesignItem.values()).hasSize(44);
        assertThat(java.util.Arrays.stream(DesignItem.values()).filter(DesignItem::isMandatory)).hasSize(33);
        assertThat(DesignItem.bySection("5.8")).isEqualTo(DesignItem.ASSESSING_INSTITUTION);
        assertThatThrownBy(() -> DesignItem.bySection("7.1")).hasMessageContaining("7.1");
    }

    @Test
    void annexElements_carryTheStableRuleIds() {
        assertThat(AnnexElement.values()).hasSize(16);
        assertThat(java.util.Arrays.stream(AnnexElement.values()).filter(AnnexElement::isMandatory)).hasSize(11);
        assertThat(AnnexElement.QUALITY_ASSURANCE.ruleId()).isEqualTo("CR-M11");
        assertThat(AnnexElement.FURTHER_INFORMATION.ruleId()).isEqualTo("CR-O5");
    }

    @Test
    void microCredentialPathway_addsUpTheStackedCredits() {
        assertThat(Samples.microCredentialPathway().totalCredits()).isEqualTo(EctsCredits.of(12));
    }
}
