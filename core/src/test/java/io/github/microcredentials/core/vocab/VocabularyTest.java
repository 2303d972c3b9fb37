package io.github.microcredentials.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class VocabularyTest {

    static Stream<Vocabulary<?>> vocabularies() {
        return Stream.of(EqfLevel.vocabulary(), QfEheaCycle.vocabulary(), AssessmentType.vocabulary(),
                ParticipationForm.vocabulary(), DeliveryMode.vocabulary(), PresentationFormat.vocabulary(),
                QualityAssuranceType.vocabulary(), SupervisionVerification.vocabulary(), Stackability.vocabulary(),
                LearningSetting.vocabulary(), FormOfStudy.vocabulary(), OutcomeType.vocabulary(),
                PricingModel.vocabulary(), CredentialKind.vocabulary());
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyBundledVocabulary_hasKnownValuesWithDistinctUrisAndLabels(Vocabulary<?> vocabulary) {
        List<? extends Term> values = vocabulary.values();
        assertThat(values).isNotEmpty();
        assertThat(vocabulary.scheme()).isPresent();
        Set<URI> uris = new HashSet<>();
        for (Term term : values) {
            assertThat(term.isKnown()).isTrue();
            assertThat(term.uri()).as(term.code()).isPresent();
            assertThat(uris.add(term.uri().orElseThrow())).as("unique URI of " + term.code()).isTrue();
            assertThat(term.label()).isNotEqualTo(term.code());
            assertThat(vocabulary.parse(term.code())).isSameAs(term);
            assertThat(vocabulary.parse(term.uri().orElseThrow().toString())).isSameAs(term);
        }
    }

    @Test
    void eqfLevels_carryTheirEuUriAndNumber() {
        assertThat(EqfLevel.LEVEL_6.uri()).contains(URI.create("http://data.europa.eu/snb/eqf/6"));
        assertThat(EqfLevel.LEVEL_6.europassConcept()).contains(URI.create("http://data.europa.eu/snb/eqf/6"));
        assertThat(EqfLevel.of(8).level()).hasValue(8);
        assertThat(EqfLevel.parse("http://data.europa.eu/snb/eqf/3")).isSameAs(EqfLevel.LEVEL_3);
        assertThatThrownBy(() -> EqfLevel.of(9)).hasMessageContaining("9");
    }

    @Test
    void unknownValues_areKeptAsTheyWereWritten() {
        AssessmentType oral = AssessmentType.parse("peer-review");
        AssessmentType byUri = AssessmentType.parse("http://data.europa.eu/snb/assessment/ffffffffff");

        assertThat(oral.isKnown()).isFalse();
        assertThat(oral.code()).isEqualTo("peer-review");
        assertThat(oral.uri()).isEmpty();
        assertThat(oral).isEqualTo(AssessmentType.parse("peer-review")).isNotEqualTo(AssessmentType.PROJECT);
        assertThat(byUri.uri()).contains(URI.create("http://data.europa.eu/snb/assessment/ffffffffff"));
        assertThat(byUri).hasToString("http://data.europa.eu/snb/assessment/ffffffffff");
        assertThat(EqfLevel.parse("9").level()).isEmpty();
    }

    @Test
    void termsOfDifferentVocabularies_areNeverEqual() {
        assertThat((Object) Stackability.parse("x")).isNotEqualTo(AssessmentType.parse("x"));
    }

    @Test
    void blankValues_areRejected() {
        assertThatThrownBy(() -> AssessmentType.parse(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openBadgesTermsAndEuConcepts_areLookedUp() {
        assertThat(CredentialKind.vocabulary().byOpenBadgesTerm("MicroCredential")).contains(CredentialKind.MICRO_CREDENTIAL);
        assertThat(CredentialKind.PROGRESSION_BADGE.isCreditBearing()).isFalse();
        assertThat(CredentialKind.MICRO_CREDENTIAL.isCreditBearing()).isTrue();
        assertThat(SupervisionVerification.vocabulary().byEuropassConcept(
                URI.create("http://data.europa.eu/snb/supervision-verification/70be69aaf9")))
                .containsExactly(SupervisionVerification.SUPERVISED_ONLINE_ID_VERIFICATION,
                        SupervisionVerification.SUPERVISED_ONSITE_ID_VERIFICATION);
        assertThat(SupervisionVerification.UNSUPERVISED_NO_ID_VERIFICATION.isSupervised()).contains(false);
        assertThat(QfEheaCycle.SECOND_CYCLE.eqfLevel()).contains(EqfLevel.LEVEL_7);
    }

    @Test
    void countries_parseAlpha2Alpha3AndEuUris() {
        Country ireland = new Country("ie");

        assertThat(ireland.code()).isEqualTo("IE");
        assertThat(ireland.alpha3()).isEqualTo("IRL");
        assertThat(ireland.europassUri()).isEqualTo(URI.create("http://publications.europa.eu/resource/authority/country/IRL"));
        assertThat(Country.parse("IRL")).isEqualTo(ireland);
        assertThat(Country.parse("http://publications.europa.eu/resource/authority/country/IRL")).isEqualTo(ireland);
        assertThatThrownBy(() -> new Country("XX")).hasMessageContaining("XX");
        assertThatThrownBy(() -> Country.parse("XXX")).hasMessageContaining("XXX");
    }

    @Test
    void languages_areCanonicalBcp47Tags() {
        assertThat(new Language("EN-gb").tag()).isEqualTo("en-GB");
        assertThat(new Language("en-GB").primary()).isEqualTo("en");
        assertThat(Language.ENGLISH.europassUri())
                .isEqualTo(URI.create("http://publications.europa.eu/resource/authority/language/ENG"));
        assertThat(Language.parse("http://publications.europa.eu/resource/authority/language/DEU")).isEqualTo(new Language("de"));
        assertThatThrownBy(() -> new Language("not a tag")).hasMessageContaining("not a tag");
    }

    @Test
    void iscedFCodes_areTwoToFourDigits() {
        assertThat(IscedFCode.parse("http://data.europa.eu/snb/isced-f/0613")).isEqualTo(new IscedFCode("0613"));
        assertThat(new IscedFCode("06").europassUri()).isEqualTo(URI.create("http://data.europa.eu/snb/isced-f/06"));
        assertThatThrownBy(() -> new IscedFCode("6")).hasMessageContaining("\"6\"");
        assertThatThrownBy(() -> new IscedFCode("06131")).hasMessageContaining("06131");
    }
}
