package io.github.microcredentials.signing.internal.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Literals#doubleText} writes short numbers from their digits; it must give exactly what the
 * decimal format gives (the format Titanium and the fast path used for every number before).
 */
class DoubleTextPropertiesTest {

    private static String formatted(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.0##############E0", new DecimalFormatSymbols(Locale.ENGLISH));
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    @Property(tries = 5000)
    void anyNumber_isWrittenAsTheDecimalFormatWritesIt(
            @ForAll @BigRange(min = "-100000000000000000000", max = "100000000000000000000") BigInteger unscaled,
            @ForAll @IntRange(min = -400, max = 400) int scale) {
        BigDecimal value = new BigDecimal(unscaled, scale);

        assertThat(Literals.doubleText(value)).isEqualTo(formatted(value));
    }

    @Property(tries = 2000)
    void creditPoints_areWrittenAsTheDecimalFormatWritesThem(@ForAll @IntRange(min = -2000, max = 2000) int halves,
            @ForAll @IntRange(max = 3) int extraZeros) {
        BigDecimal value = BigDecimal.valueOf(halves, 1).multiply(BigDecimal.valueOf(5)).setScale(1 + extraZeros);

        assertThat(Literals.doubleText(value)).isEqualTo(formatted(value));
    }

    @Example
    void examples() {
        assertThat(Literals.doubleText(new BigDecimal("2.5"))).isEqualTo("2.5E0");
        assertThat(Literals.doubleText(new BigDecimal("0.50"))).isEqualTo("5.0E-1");
        assertThat(Literals.doubleText(new BigDecimal("-120"))).isEqualTo("-1.2E2");
        assertThat(Literals.doubleText(new BigDecimal("0.0"))).isEqualTo("0.0E0");
        assertThat(Literals.doubleText(new BigDecimal("1.2345678901234567"))).isEqualTo("1.234567890123457E0");
    }
}
