package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.WorkloadBand;
import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * ECTS-HOURS: the declared hours of learner workload match the declared ECTS at 25 to 30 hours per
 * credit (or the institution's narrower range). Applies to every workload that states both,
 * standalone courses included. Silent when either is absent.
 */
public final class HoursRule extends Check {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    /** Creates the rule. */
    public HoursRule() {
        super("ECTS-HOURS", "1 ECTS is 25 to 30 hours of learner workload",
                Sources.ECTS_GUIDE + "; " + Sources.HEROES + " §6.3", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.workload(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.workload(), sink);
    }

    private static void check(Optional<Workload> workload, Sink sink) {
        if (workload.isEmpty() || workload.get().credits().isEmpty() || workload.get().hours().isEmpty()) {
            return;
        }
        EctsCredits credits = workload.get().credits().get();
        Duration hours = workload.get().hours().get();
        WorkloadBand band = sink.context().band(credits);
        if (!band.contains(hours)) {
            sink.report("/workload/hours", hours, hours(hours), credits, hours(band.minimum()), hours(band.maximum()));
        }
    }

    /** Hours as a plain decimal, for messages: {@code 81}, {@code 62.5}. */
    static String hours(Duration duration) {
        return new BigDecimal(duration.getSeconds()).divide(SECONDS_PER_HOUR, 2, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }
}
