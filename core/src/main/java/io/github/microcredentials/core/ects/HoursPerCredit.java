package io.github.microcredentials.core.ects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * How many hours of learner workload one ECTS credit stands for: a whole number from 25 to 30,
 * the range of the ECTS Users' Guide 2015 (§3.2: "one credit corresponds to 25 to 30 hours of
 * work"). Each institution, or country, fixes its own value.
 *
 * @param hours the hours per credit, 25 to 30
 * @see <a href="https://education.ec.europa.eu/document/ects-users-guide-2015">ECTS Users' Guide 2015</a>
 */
public record HoursPerCredit(int hours) {

    /** The lowest rate the ECTS Users' Guide allows: 25 hours per credit. */
    public static final HoursPerCredit MINIMUM = new HoursPerCredit(25);

    /** The highest rate the ECTS Users' Guide allows: 30 hours per credit. */
    public static final HoursPerCredit MAXIMUM = new HoursPerCredit(30);

    private static final long SECONDS_PER_HOUR = 3600;

    /**
     * Checks the rate.
     *
     * @throws IllegalArgumentException if the rate is outside 25 to 30
     */
    public HoursPerCredit {
        if (hours < 25 || hours > 30) {
            throw new IllegalArgumentException("hours per ECTS credit must be 25 to 30, got " + hours);
        }
    }

    /**
     * Returns the rate.
     *
     * @param hours 25 to 30
     * @return the rate
     * @throws IllegalArgumentException if the rate is outside 25 to 30
     */
    public static HoursPerCredit of(int hours) {
        return new HoursPerCredit(hours);
    }

    /**
     * The workload that credits stand for at this rate: exact, because credits have at most two
     * decimals (0.01 credit at 25 hours is 15 minutes).
     *
     * @param credits the credits
     * @return the learner workload
     */
    public Duration hoursFor(EctsCredits credits) {
        Objects.requireNonNull(credits, "credits");
        BigDecimal seconds = credits.value().multiply(BigDecimal.valueOf(hours * SECONDS_PER_HOUR));
        return Duration.ofSeconds(seconds.longValueExact());
    }

    /**
     * The credits a workload is worth at this rate, rounded to whole or half points.
     *
     * @param workload the learner workload, not negative
     * @param mode how to round to half points
     * @return the credits
     * @throws IllegalArgumentException if the workload is negative, or worth more than
     *     {@link EctsCredits#MAXIMUM}
     * @throws ArithmeticException if {@code mode} is {@link RoundingMode#UNNECESSARY} and the
     *     workload is not an exact number of half credits
     */
    public EctsCredits creditsFor(Duration workload, RoundingMode mode) {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(mode, "mode");
        if (workload.isNegative()) {
            throw new IllegalArgumentException("workload must not be negative: " + workload);
        }
        // Half credits = seconds / (seconds per half credit), rounded once on the exact quotient.
        BigDecimal secondsPerHalfCredit = BigDecimal.valueOf(hours * SECONDS_PER_HOUR / 2);
        BigDecimal halves = new BigDecimal(workload.getSeconds()).divide(secondsPerHalfCredit, 0, mode);
        return EctsCredits.of(halves.divide(BigDecimal.valueOf(2)));
    }
}
