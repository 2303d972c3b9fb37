package io.github.microcredentials.core.ects;

import java.util.Objects;

/**
 * The two parts of a micro-credential's credits in the HEROES dual ECTS calculation (D6.1
 * §1.3.2): learning activities plus assessment, for example {@code 3.0 = 2.5 + 0.5}. Either part
 * may be below 1.0; learners only ever see the {@link #total()}.
 *
 * @param learningActivities the credits of the course content (the standalone course part)
 * @param assessment the credits of the assessment activity
 */
public record DualEcts(EctsCredits learningActivities, EctsCredits assessment) {

    /** Checks the parts are present. */
    public DualEcts {
        Objects.requireNonNull(learningActivities, "learningActivities");
        Objects.requireNonNull(assessment, "assessment");
    }

    /**
     * The micro-credential's total credits.
     *
     * @return learning-activity credits plus assessment credits
     * @throws IllegalArgumentException if the sum exceeds {@link EctsCredits#MAXIMUM}
     */
    public EctsCredits total() {
        return learningActivities.plus(assessment);
    }

    /**
     * Whether the parts add up to the given total (rule ECTS-DUAL).
     *
     * @param total the credits the micro-credential declares
     * @return {@code true} when learning activities plus assessment equal it exactly
     */
    public boolean addsUpTo(EctsCredits total) {
        return learningActivities.value().add(assessment.value()).compareTo(total.value()) == 0;
    }
}
