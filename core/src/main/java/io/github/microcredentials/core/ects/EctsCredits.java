package io.github.microcredentials.core.ects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact, non-negative amount of ECTS credits, with at most two decimals.
 *
 * <p>No floating point: the value is a {@link BigDecimal} normalised so that {@code 3},
 * {@code 3.0} and {@code 3.00} are equal and have equal hash codes. Two decimals are allowed so
 * that values such as {@code 0.75} or {@code 2.25} can be represented and then reported by
 * validation (rule ECTS-HALF); {@link #parseHalfPoints(CharSequence)} rejects them at once.
 *
 * <p>HEROES rules (D6.1 §1.1, §1.3.2): credits come in whole or half points
 * ({@link #isHalfPointGranular()}), and a micro-credential is never less than 1.0
 * ({@link #meetsMicroCredentialMinimum()}); a standalone course's back-end credits may be lower.
 *
 * @see <a href="https://education.ec.europa.eu/document/ects-users-guide-2015">ECTS Users' Guide 2015</a>
 */
public final class EctsCredits implements Comparable<EctsCredits> {

    /** The largest amount accepted: far above any qualification (a doctorate is about 480). */
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(1000);

    /** Zero credits. */
    public static final EctsCredits ZERO = new EctsCredits(BigDecimal.ZERO);

    /** The smallest micro-credential agreed in HEROES (D6.1 §1.1): 1.0 ECTS. */
    public static final EctsCredits MICRO_CREDENTIAL_MINIMUM = new EctsCredits(BigDecimal.ONE);

    private static final int MAX_DECIMALS = 2;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final Pattern TEXT = Pattern.compile("[0-9]{1,7}([.,][0-9]{1,20})?");

    private final BigDecimal value;

    private EctsCredits(BigDecimal value) {
        this.value = value;
    }

    /**
     * Returns the credits with this exact value.
     *
     * @param value a non-negative amount with at most two decimals, at most {@link #MAXIMUM}
     * @return the credits
     * @throws IllegalArgumentException if the value is negative, has more than two decimals or is
     *     larger than {@link #MAXIMUM}; the message names the value
     */
    public static EctsCredits of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        BigDecimal normal = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (normal.signum() < 0) {
            throw new IllegalArgumentException("ECTS credits must not be negative: " + value.toPlainString());
        }
        if (normal.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException(
                    "ECTS credits have at most " + MAX_DECIMALS + " decimals: " + value.toPlainString());
        }
        if (normal.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException(
                    "ECTS credits must not exceed " + MAXIMUM + ": " + value.toPlainString());
        }
        return new EctsCredits(normal.scale() < 0 ? normal.setScale(0) : normal);
    }

    /**
     * Returns a whole number of credits.
     *
     * @param credits 0 to {@link #MAXIMUM}
     * @return the credits
     * @throws IllegalArgumentException if the number is negative or too large
     */
    public static EctsCredits of(long credits) {
        return of(BigDecimal.valueOf(credits));
    }

    /**
     * Returns the credits written by a {@code double} literal such as {@code 2.5}, using its
     * shortest decimal representation ({@link Double#toString(double)}), never its binary
     * expansion.
     *
     * @param credits a finite, non-negative number with at most two decimals
     * @return the credits
     * @throws IllegalArgumentException if the number is NaN, infinite, negative, too large or has
     *     more than two decimals
     */
    public static EctsCredits of(double credits) {
        if (!Double.isFinite(credits)) {
            throw new IllegalArgumentException("ECTS credits must be a finite number: " + credits);
        }
        return of(BigDecimal.valueOf(credits));
    }

    /**
     * Parses credits from text: digits with an optional decimal point or comma ({@code "2.5"},
     * {@code "2,5"}, {@code "3"}), surrounding white space ignored.
     *
     * @param text the text
     * @return the credits
     * @throws IllegalArgumentException if the text is not a plain non-negative decimal number with
     *     at most two decimals, or is larger than {@link #MAXIMUM}; the message quotes the text
     */
    public static EctsCredits parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        if (!TEXT.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not an amount of ECTS credits: \"" + shorten(trimmed) + "\"");
        }
        return of(new BigDecimal(trimmed.replace(',', '.')));
    }

    /**
     * Parses credits that must be whole or half points, as HEROES requires of every ECTS value.
     *
     * @param text the text, as for {@link #parse(CharSequence)}
     * @return the credits
     * @throws IllegalArgumentException as for {@link #parse(CharSequence)}, or if the value is not
     *     a whole or half point (for example {@code "0.75"})
     */
    public static EctsCredits parseHalfPoints(CharSequence text) {
        EctsCredits credits = parse(text);
        if (!credits.isHalfPointGranular()) {
            throw new IllegalArgumentException(
                    "ECTS credits must be whole or half points (x.0 or x.5): \"" + text.toString().strip() + "\"");
        }
        return credits;
    }

    /**
     * Adds up credits.
     *
     * @param credits the amounts
     * @return their exact sum, {@link #ZERO} for none
     * @throws IllegalArgumentException if the sum exceeds {@link #MAXIMUM}
     */
    public static EctsCredits sum(Iterable<EctsCredits> credits) {
        BigDecimal total = BigDecimal.ZERO;
        for (EctsCredits c : credits) {
            total = total.add(c.value);
        }
        return of(total);
    }

    /**
     * The exact value, normalised (no trailing zeros, scale 0 to 2).
     *
     * @return the value
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Adds credits.
     *
     * @param other the credits to add
     * @return the exact sum
     * @throws IllegalArgumentException if the sum exceeds {@link #MAXIMUM}
     */
    public EctsCredits plus(EctsCredits other) {
        return of(value.add(other.value));
    }

    /**
     * Subtracts credits.
     *
     * @param other the credits to subtract, not more than these
     * @return the exact difference
     * @throws IllegalArgumentException if the difference would be negative
     */
    public EctsCredits minus(EctsCredits other) {
        return of(value.subtract(other.value));
    }

    /**
     * Splits these credits, the total of a micro-credential, into a learning-activity part and an
     * assessment part (HEROES dual ECTS, D6.1 §1.3.2): {@code 3.0} split with assessment {@code 0.5}
     * is {@code 2.5 + 0.5}.
     *
     * @param assessment the assessment part, not more than these credits
     * @return the two parts, whose {@link DualEcts#total()} equals these credits
     * @throws IllegalArgumentException if the assessment part exceeds these credits
     */
    public DualEcts split(EctsCredits assessment) {
        if (assessment.compareTo(this) > 0) {
            throw new IllegalArgumentException(
                    "assessment credits " + assessment + " exceed the total " + this);
        }
        return new DualEcts(minus(assessment), assessment);
    }

    /**
     * Whether the value is a whole or half point (x.0 or x.5), as HEROES requires (rule ECTS-HALF).
     *
     * @return {@code true} for 0, 0.5, 1, 1.5, …
     */
    public boolean isHalfPointGranular() {
        return value.multiply(TWO).stripTrailingZeros().scale() <= 0;
    }

    /**
     * Whether the value is a whole number, as HEROES recommends for portability (rule ECTS-WHOLE).
     *
     * @return {@code true} for 0, 1, 2, …
     */
    public boolean isWhole() {
        return value.scale() <= 0;
    }

    /**
     * Whether these credits reach the 1.0 minimum of a micro-credential (rule ECTS-MIN).
     *
     * @return {@code true} when at least 1.0
     */
    public boolean meetsMicroCredentialMinimum() {
        return compareTo(MICRO_CREDENTIAL_MINIMUM) >= 0;
    }

    /**
     * Rounds to whole or half points.
     *
     * @param mode how to round; {@link RoundingMode#UNNECESSARY} throws unless the value already is
     *     a half point
     * @return the rounded credits, within half a point of these; these credits if already granular
     * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
     */
    public EctsCredits roundToHalf(RoundingMode mode) {
        Objects.requireNonNull(mode, "mode");
        BigInteger halves = value.multiply(TWO).setScale(0, mode).toBigIntegerExact();
        return of(new BigDecimal(halves).divide(TWO));
    }

    /**
     * Compares amounts numerically.
     *
     * @param other the other credits
     * @return negative, zero or positive as these credits are less than, equal to or more than
     *     the other
     */
    @Override
    public int compareTo(EctsCredits other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EctsCredits && value.equals(((EctsCredits) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The value with at least one decimal, as credits are usually written: {@code "3.0"},
     * {@code "2.5"}, {@code "2.25"}.
     */
    @Override
    public String toString() {
        return value.setScale(Math.max(1, value.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
