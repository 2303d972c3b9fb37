package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import io.github.microcredentials.core.ects.WorkloadBand;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a validator's rules share: the institution whose limits apply and the hours of
 * workload per ECTS credit (25 to 30 unless the institution narrows them). Immutable.
 *
 * @param institution the institution, if the profile names one
 */
public record Context(Optional<InstitutionLimits> institution) {

    /** Checks the component. */
    public Context {
        Objects.requireNonNull(institution, "institution");
    }

    /**
     * The range of learner workload that matches a number of credits.
     *
     * @param credits the ECTS credits
     * @return the band of hours, from the fewest to the most hours per credit
     */
    public WorkloadBand band(EctsCredits credits) {
        HoursPerCredit fewest = HoursPerCredit.MINIMUM;
        HoursPerCredit most = HoursPerCredit.MAXIMUM;
        if (institution.isPresent()) {
            fewest = institution.get().fewestHoursPerCredit();
            most = institution.get().mostHoursPerCredit();
        }
        Duration minimum = fewest.hoursFor(credits);
        Duration maximum = most.hoursFor(credits);
        return new WorkloadBand(minimum, maximum);
    }
}
