package io.github.microcredentials.core.ects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EctsCreditsTest {

    @Test
    void equalValuesWithDifferentScales_areEqualWithEqualHashCodes() {
        EctsCredits three = EctsCredits.of(3);

        assertThat(EctsCredits.parse("3.0")).isEqualTo(three).hasSameHashCodeAs(three);
        assertThat(EctsCredits.parse("3.00")).isEqualTo(three).hasSameHashCodeAs(three);
        assertThat(EctsCredits.of(new BigDecimal("3.000"))).isEqualTo(three);
        assertThat(EctsCredits.of(3.0)).isEqualTo(three);
        assertThat(EctsCredits.of(new BigDecimal("0E+2"))).isEqualTo(EctsCredits.ZERO);
    }

    @Test
    void toString_showsAtLeastOneDecimal() {
        assertThat(EctsCredits.of(3)).hasToString("3.0");
        assertThat(EctsCredits.parse("2.50")).hasToString("2.5");
        assertThat(EctsCredits.parse("2.25")).hasToString("2.25");
        assertThat(EctsCredits.parse("300")).hasToString("300.0");
    }

    @Test
    void parse_acceptsADecimalCommaAndSurroundingSpace() {
        assertThat(EctsCredits.parse(" 2,5 ")).isEqualTo(EctsCredits.of(2.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "NaN", "Infinity", "abc", "", "1e3", "2.5.1", "+3", "3 ECTS", "0x10"})
    void parse_rejectsTextThatIsNotAPlainAmount_naming_it(String text) {
        assertThatThrownBy(() -> EctsCredits.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text.strip() + "\"");
    }

    @Test
    void moreThanTwoDecimals_areRejectedNamingTheValue() {
        assertThatThrownBy(() -> EctsCredits.parse("2.333"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.333").hasMessageContaining("2 decimals");
        assertThatThrownBy(() -> EctsCredits.of(new BigDecimal("0.001"))).hasMessageContaining("0.001");
    }

    @Test
    void absurdlyLargeOrNegativeAmounts_areRejectedNamingTheValue() {
        assertThatThrownBy(() -> EctsCredits.parse("1000.5")).hasMessageContaining("1000.5");
        assertThatThrownBy(() -> EctsCredits.of(new BigDecimal("1E+9"))).hasMessageContaining("1000000000");
        assertThatThrownBy(() -> EctsCredits.of(-0.5)).hasMessageContaining("-0.5").hasMessageContaining("negative");
        assertThatThrownBy(() -> EctsCredits.of(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> EctsCredits.of(Double.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
        assertThat(EctsCredits.of(1000)).isEqualTo(EctsCredits.parse("1000"));
    }

    @Test
    void heroesDualEcts_threeIsTwoAndAHalfPlusAHalf() {
        DualEcts dual = EctsCredits.parseHalfPoints("3.0").split(EctsCredits.parse("0.5"));

        assertThat(dual.learningActivities()).isEqualTo(EctsCredits.of(2.5));
        assertThat(dual.assessment()).isEqualTo(EctsCredits.of(0.5));
        assertThat(dual.total()).isEqualTo(EctsCredits.of(3));
        assertThat(dual.addsUpTo(EctsCredits.of(3))).isTrue();
        assertThat(new DualEcts(EctsCredits.of(2), EctsCredits.of(0.5)).addsUpTo(EctsCredits.of(3))).isFalse();
    }

    @Test
    void heroesGranularity_threeQuartersIsRejectedWhereHalfPointsAreRequired() {
        assertThat(EctsCredits.parse("0.75").isHalfPointGranular()).isFalse();
        assertThatThrownBy(() -> EctsCredits.parseHalfPoints("0.75"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.75").hasMessageContaining("half points");
        assertThat(EctsCredits.parseHalfPoints("1.5").isHalfPointGranular()).isTrue();
    }

    @Test
    void heroesMinimum_oneIsAcceptedForAMicroCredential_halfIsOnlyAStandaloneCourseValue() {
        assertThat(EctsCredits.parseHalfPoints("1.0").meetsMicroCredentialMinimum()).isTrue();
        EctsCredits standalone = EctsCredits.parseHalfPoints("0.5");
        assertThat(standalone.meetsMicroCredentialMinimum()).isFalse();
        assertThat(standalone.isHalfPointGranular()).isTrue();
    }

    @Test
    void isWhole_onlyForWholeNumbers() {
        assertThat(EctsCredits.of(4).isWhole()).isTrue();
        assertThat(EctsCredits.of(4.5).isWhole()).isFalse();
    }

    @Test
    void minus_belowZero_isRejected() {
        assertThatThrownBy(() -> EctsCredits.of(1).minus(EctsCredits.of(1.5))).hasMessageContaining("negative");
        assertThatThrownBy(() -> EctsCredits.of(1).split(EctsCredits.of(2))).hasMessageContaining("exceed");
    }

    @Test
    void roundToHalf_followsTheRoundingMode() {
        EctsCredits value = EctsCredits.parse("2.25");

        assertThat(value.roundToHalf(RoundingMode.HALF_EVEN)).isEqualTo(EctsCredits.of(2));
        assertThat(value.roundToHalf(RoundingMode.HALF_UP)).isEqualTo(EctsCredits.of(2.5));
        assertThat(value.roundToHalf(RoundingMode.FLOOR)).isEqualTo(EctsCredits.of(2));
        assertThat(value.roundToHalf(RoundingMode.CEILING)).isEqualTo(EctsCredits.of(2.5));
        assertThat(EctsCredits.of(2.5).roundToHalf(RoundingMode.UNNECESSARY)).isEqualTo(EctsCredits.of(2.5));
        assertThatThrownBy(() -> value.roundToHalf(RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void hoursPerCredit_isLimitedToTheEctsUsersGuideRange() {
        assertThat(HoursPerCredit.of(25)).isEqualTo(HoursPerCredit.MINIMUM);
        assertThatThrownBy(() -> HoursPerCredit.of(24)).hasMessageContaining("24");
        assertThatThrownBy(() -> HoursPerCredit.of(31)).hasMessageContaining("31");
    }

    @Test
    void hoursAndCredits_convertExactly() {
        assertThat(HoursPerCredit.of(27).hoursFor(EctsCredits.of(3))).isEqualTo(Duration.ofHours(81));
        assertThat(HoursPerCredit.of(25).hoursFor(EctsCredits.parse("0.01"))).isEqualTo(Duration.ofMinutes(15));
        assertThat(HoursPerCredit.of(30).creditsFor(Duration.ofHours(75), RoundingMode.HALF_EVEN))
                .isEqualTo(EctsCredits.of(2.5));
        assertThat(HoursPerCredit.of(30).creditsFor(Duration.ofHours(80), RoundingMode.HALF_EVEN))
                .isEqualTo(EctsCredits.of(2.5));
        assertThat(HoursPerCredit.of(30).creditsFor(Duration.ofHours(80), RoundingMode.CEILING))
                .isEqualTo(EctsCredits.of(3));
        assertThatThrownBy(() -> HoursPerCredit.of(25).creditsFor(Duration.ofHours(-1), RoundingMode.FLOOR))
                .hasMessageContaining("negative");
    }

    @Test
    void workloadBand_ofThreeCredits_is75To90Hours() {
        WorkloadBand band = WorkloadBand.of(EctsCredits.of(3));

        assertThat(band.minimum()).isEqualTo(Duration.ofHours(75));
        assertThat(band.maximum()).isEqualTo(Duration.ofHours(90));
        assertThat(band.contains(Duration.ofHours(81))).isTrue();
        assertThat(band.contains(Duration.ofHours(74))).isFalse();
        assertThat(band.contains(Duration.ofHours(91))).isFalse();
    }

    @Test
    void creditRange_of75Hours_is2point5To3_andOf20Hours_isEmpty() {
        CreditRange range = CreditRange.forWorkload(Duration.ofHours(75)).orElseThrow();

        assertThat(range.minimum()).isEqualTo(EctsCredits.of(2.5));
        assertThat(range.maximum()).isEqualTo(EctsCredits.of(3));
        assertThat(range.contains(EctsCredits.of(3))).isTrue();
        assertThat(range.contains(EctsCredits.of(3.5))).isFalse();
        assertThat(CreditRange.forWorkload(Duration.ofHours(20))).isEmpty();
    }

    @Test
    void sum_ofNothingIsZero_andOfSeveralIsExact() {
        assertThat(EctsCredits.sum(java.util.List.of())).isEqualTo(EctsCredits.ZERO);
        assertThat(EctsCredits.sum(java.util.List.of(EctsCredits.parse("0.1"), EctsCredits.parse("0.2"))))
                .isEqualTo(EctsCredits.parse("0.3"));
    }
}
