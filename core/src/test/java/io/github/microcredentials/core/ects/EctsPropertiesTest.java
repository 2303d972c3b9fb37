package io.github.microcredentials.core.ects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The algebra of ECTS credits, over generated amounts. */
class EctsPropertiesTest {

    @Provide
    Arbitrary<EctsCredits> credits() {
        // Hundredths from 0 to 300.00: every representable value in the common range.
        return Arbitraries.integers().between(0, 30_000).map(h -> EctsCredits.of(BigDecimal.valueOf(h, 2)));
    }

    @Provide
    Arbitrary<EctsCredits> halfPoints() {
        return Arbitraries.integers().between(0, 600).map(h -> EctsCredits.of(BigDecimal.valueOf(h * 5L, 1)));
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
                RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);
    }

    @Provide
    Arbitrary<Duration> workloads() {
        return Arbitraries.longs().between(0, 9_000L * 60).map(Duration::ofMinutes);
    }

    @Property
    void sum_isCommutative(@ForAll("credits") EctsCredits a, @ForAll("credits") EctsCredits b) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void sum_isAssociative(@ForAll("credits") EctsCredits a, @ForAll("credits") EctsCredits b,
            @ForAll("credits") EctsCredits c) {
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        assertThat(EctsCredits.sum(List.of(a, b, c))).isEqualTo(a.plus(b).plus(c));
    }

    @Property
    void zero_isTheIdentityOfSum(@ForAll("credits") EctsCredits a) {
        assertThat(a.plus(EctsCredits.ZERO)).isEqualTo(a);
    }

    @Property
    void difference_undoesSum(@ForAll("credits") EctsCredits a, @ForAll("credits") EctsCredits b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void splitThenSum_isIdentity(@ForAll("credits") EctsCredits total, @ForAll("credits") EctsCredits part) {
        EctsCredits assessment = part.compareTo(total) <= 0 ? part : total;

        DualEcts dual = total.split(assessment);

        assertThat(dual.total()).isEqualTo(total);
        assertThat(dual.addsUpTo(total)).isTrue();
        assertThat(dual.assessment()).isEqualTo(assessment);
    }

    @Property
    void rounding_isIdempotent_granular_andWithinHalfAPoint(@ForAll("credits") EctsCredits value,
            @ForAll("modes") RoundingMode mode) {
        EctsCredits rounded = value.roundToHalf(mode);

        assertThat(rounded.isHalfPointGranular()).isTrue();
        assertThat(rounded.roundToHalf(mode)).isEqualTo(rounded);
        assertThat(rounded.value().subtract(value.value()).abs()).isLessThan(new BigDecimal("0.5"));
    }

    @Property
    void roundingNearest_staysWithinAQuarterPoint(@ForAll("credits") EctsCredits value) {
        EctsCredits rounded = value.roundToHalf(RoundingMode.HALF_EVEN);

        assertThat(rounded.value().subtract(value.value()).abs()).isLessThanOrEqualTo(new BigDecimal("0.25"));
    }

    @Property
    void halfPointGranularity_isClosedUnderSum(@ForAll("halfPoints") EctsCredits a, @ForAll("halfPoints") EctsCredits b) {
        assertThat(a.isHalfPointGranular()).isTrue();
        assertThat(a.plus(b).isHalfPointGranular()).isTrue();
    }

    @Property
    void ordering_agreesWithTheNumericValue(@ForAll("credits") EctsCredits a, @ForAll("credits") EctsCredits b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.value().compareTo(b.value()));
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    }

    @Property
    void textForm_parsesBackToTheSameCredits(@ForAll("credits") EctsCredits a) {
        assertThat(EctsCredits.parse(a.toString())).isEqualTo(a);
    }

    @Property
    void hoursToCreditsToHours_staysInTheBandOfTheCredits(@ForAll("workloads") Duration workload) {
        Optional<CreditRange> range = CreditRange.forWorkload(workload);

        // Every half-point amount in the range allows the workload: 25c <= hours <= 30c.
        range.ifPresent(r -> {
            assertThat(WorkloadBand.of(r.minimum()).contains(workload)).isTrue();
            assertThat(WorkloadBand.of(r.maximum()).contains(workload)).isTrue();
        });
        // Credits computed at any allowed rate, to the nearest half point, come back within half a
        // credit's hours of the workload.
        for (int rate = 25; rate <= 30; rate++) {
            HoursPerCredit perCredit = HoursPerCredit.of(rate);
            EctsCredits credits = perCredit.creditsFor(workload, RoundingMode.HALF_EVEN);
            Duration back = perCredit.hoursFor(credits);
            assertThat(back.minus(workload).abs()).isLessThanOrEqualTo(Duration.ofMinutes(rate * 60L / 4));
        }
    }

    @Property
    void creditsInTheBandOfAWorkload_areExactlyThoseWhoseBandContainsIt(@ForAll("workloads") Duration workload,
            @ForAll("halfPoints") EctsCredits credits) {
        boolean inRange = CreditRange.forWorkload(workload).map(r -> r.contains(credits)).orElse(false);

        assertThat(inRange).isEqualTo(WorkloadBand.of(credits).contains(workload));
    }
}
