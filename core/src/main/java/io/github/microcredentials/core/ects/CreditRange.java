package io.github.microcredentials.core.ects;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole-or-half-point credits that a given learner workload allows: every {@code c} with
 * {@code 25 × c ≤ hours ≤ 30 × c} (ECTS Users' Guide 2015). For example 75 hours allow 2.5 to 3.0
 * credits.
 *
 * @param minimum the smallest allowed credits (at 30 hours per credit, rounded up to a half point)
 * @param maximum the largest allowed credits (at 25 hours per credit, rounded down to a half point)
 */
public record CreditRange(EctsCredits minimum, EctsCredits maximum) {

    /**
     * Checks the range is well formed.
     *
     * @throws IllegalArgumentException if the minimum exceeds the maximum
     */
    public CreditRange {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("range minimum " + minimum + " exceeds maximum " + maximum);
        }
    }

    /**
     * The half-point credits a workload allows.
     *
     * @param workload the learner workload, not negative
     * @return the range, or empty when no half-point amount fits (for example 20 hours: 0.5 credit
     *     needs at least 12.5 and at most 15 hours, 1.0 needs at least 25)
     * @throws IllegalArgumentException if the workload is negative or implausibly large
     */
    public static Optional<CreditRange> forWorkload(Duration workload) {
        EctsCredits least = HoursPerCredit.MAXIMUM.creditsFor(workload, RoundingMode.CEILING);
        EctsCredits most = HoursPerCredit.MINIMUM.creditsFor(workload, RoundingMode.FLOOR);
        return least.compareTo(most) <= 0 ? Optional.of(new CreditRange(least, most)) : Optional.empty();
    }

    /**
     * Whether credits lie in the range, bounds included.
     *
     * @param credits the credits
     * @return {@code true} when minimum ≤ credits ≤ maximum
     */
    public boolean contains(EctsCredits credits) {
        return minimum.compareTo(credits) <= 0 && credits.compareTo(maximum) <= 0;
    }
}
