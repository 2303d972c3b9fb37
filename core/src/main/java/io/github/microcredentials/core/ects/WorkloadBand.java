package io.github.microcredentials.core.ects;

import java.time.Duration;
import java.util.Objects;

/**
 * The learner workload that an amount of credits allows: from 25 to 30 hours per credit (ECTS
 * Users' Guide 2015). Declared hours outside the band are reported by rule ECTS-HOURS.
 *
 * @param minimum the workload at 25 hours per credit
 * @param maximum the workload at 30 hours per credit
 */
public record WorkloadBand(Duration minimum, Duration maximum) {

    /**
     * Checks the band is well formed.
     *
     * @throws IllegalArgumentException if the minimum exceeds the maximum
     */
    public WorkloadBand {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maximum, "maximum");
        if (minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("band minimum " + minimum + " exceeds maximum " + maximum);
        }
    }

    /**
     * The band of workload for an amount of credits.
     *
     * @param credits the credits
     * @return 25 to 30 hours per credit
     */
    public static WorkloadBand of(EctsCredits credits) {
        return new WorkloadBand(HoursPerCredit.MINIMUM.hoursFor(credits), HoursPerCredit.MAXIMUM.hoursFor(credits));
    }

    /**
     * Whether a workload lies in the band, bounds included.
     *
     * @param workload the workload
     * @return {@code true} when minimum ≤ workload ≤ maximum
     */
    public boolean contains(Duration workload) {
        return minimum.compareTo(workload) <= 0 && workload.compareTo(maximum) <= 0;
    }
}
