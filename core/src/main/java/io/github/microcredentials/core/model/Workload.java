package io.github.microcredentials.core.model;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The notional workload needed to achieve the learning outcomes (Annex I, element 7): in ECTS
 * credits wherever possible, and in hours of learner workload.
 *
 * <p>For HEROES dual ECTS (D6.1 §1.3.2) the workload may also state the split of the credits into
 * learning activities and assessment; whether it adds up is checked by rule ECTS-DUAL, not here,
 * so that a wrong split read from a file can be reported.
 *
 * @param credits the ECTS credits, if stated
 * @param hours the hours of learner workload, if stated
 * @param split the dual ECTS split, if stated
 */
public record Workload(Optional<EctsCredits> credits, Optional<Duration> hours, Optional<DualEcts> split) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if nothing is stated, or the hours are negative
     */
    public Workload {
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(split, "split");
        if (credits.isEmpty() && hours.isEmpty() && split.isEmpty()) {
            throw new IllegalArgumentException("a workload states credits, hours or both");
        }
        hours.ifPresent(h -> {
            if (h.isNegative()) {
                throw new IllegalArgumentException("workload hours must not be negative: " + h);
            }
        });
    }

    /**
     * A workload in credits.
     *
     * @param credits the credits
     * @return the workload
     */
    public static Workload of(EctsCredits credits) {
        return new Workload(Optional.of(credits), Optional.empty(), Optional.empty());
    }

    /**
     * A workload in credits and hours.
     *
     * @param credits the credits
     * @param hours the hours of learner workload
     * @return the workload
     */
    public static Workload of(EctsCredits credits, Duration hours) {
        return new Workload(Optional.of(credits), Optional.of(hours), Optional.empty());
    }

    /**
     * A dual ECTS workload whose credits are the split's total.
     *
     * @param split learning-activity and assessment credits
     * @param hours the hours of learner workload, or {@code null} when not stated
     * @return the workload
     */
    public static Workload dual(DualEcts split, Duration hours) {
        return new Workload(Optional.of(split.total()), Optional.ofNullable(hours), Optional.of(split));
    }

    /**
     * This workload with another split.
     *
     * @param value the split
     * @return a new workload
     */
    public Workload withSplit(DualEcts value) {
        return new Workload(credits, hours, Optional.of(value));
    }
}
