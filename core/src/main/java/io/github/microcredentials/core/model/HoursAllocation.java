package io.github.microcredentials.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Part of the distribution of learning hours (DigiProf §6.1), for example "Lectures: 10 hours".
 *
 * @param activity what the hours are spent on
 * @param hours the hours
 */
public record HoursAllocation(LocalizedString activity, Duration hours) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the hours are negative
     */
    public HoursAllocation {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(hours, "hours");
        if (hours.isNegative()) {
            throw new IllegalArgumentException("hours must not be negative: " + hours);
        }
    }
}
