package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits of one institution as the rules see them (rules {@code ECTS-INST} and
 * {@code ECTS-HOURS}); the public {@code InstitutionPolicy} is built on this.
 *
 * @param name the institution's name, as findings show it
 * @param minimumCredits the smallest micro-credential it awards, if it sets one
 * @param maximumCredits the largest micro-credential it awards, if it sets one
 * @param fewestHoursPerCredit the fewest hours of workload it counts per ECTS credit
 * @param mostHoursPerCredit the most hours of workload it counts per ECTS credit
 */
public record InstitutionLimits(
        String name,
        Optional<EctsCredits> minimumCredits,
        Optional<EctsCredits> maximumCredits,
        HoursPerCredit fewestHoursPerCredit,
        HoursPerCredit mostHoursPerCredit) {

    /** Checks the components. */
    public InstitutionLimits {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minimumCredits, "minimumCredits");
        Objects.requireNonNull(maximumCredits, "maximumCredits");
        Objects.requireNonNull(fewestHoursPerCredit, "fewestHoursPerCredit");
        Objects.requireNonNull(mostHoursPerCredit, "mostHoursPerCredit");
    }

    /**
     * Whether the institution awards a micro-credential of this size.
     *
     * @param credits the micro-credential's ECTS credits
     * @return {@code true} when the credits are within the minimum and maximum the institution sets
     */
    public boolean admits(EctsCredits credits) {
        return (minimumCredits.isEmpty() || minimumCredits.get().compareTo(credits) <= 0)
                && (maximumCredits.isEmpty() || credits.compareTo(maximumCredits.get()) <= 0);
    }

    /**
     * The credit range in words that need no translation: {@code "1.5–5.0"}, {@code "≥ 1.0"},
     * {@code "≤ 30.0"} or {@code "any"}.
     *
     * @return the range
     */
    public String creditRange() {
        if (minimumCredits.isPresent() && maximumCredits.isPresent()) {
            return minimumCredits.get() + "–" + maximumCredits.get();
        }
        if (minimumCredits.isPresent()) {
            return "≥ " + minimumCredits.get();
        }
        return maximumCredits.isPresent() ? "≤ " + maximumCredits.get() : "any";
    }
}
