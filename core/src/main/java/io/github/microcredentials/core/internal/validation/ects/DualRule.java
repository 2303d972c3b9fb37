package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import java.util.Optional;

/**
 * ECTS-DUAL: the ECTS total equals the learning-activity credits plus the assessment credits
 * (HEROES dual ECTS, 3.0 = 2.5 + 0.5). The parts may be below 1.0. Silent without a split or a total.
 */
public final class DualRule extends Check {

    /** Creates the rule. */
    public DualRule() {
        super("ECTS-DUAL", "The total equals learning-activity ECTS plus assessment ECTS", Sources.HEROES + " §1.3.2",
                Target.CREDENTIAL, Target.OPPORTUNITY);
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
        if (workload.isEmpty() || workload.get().split().isEmpty() || workload.get().credits().isEmpty()) {
            return;
        }
        DualEcts split = workload.get().split().get();
        EctsCredits total = workload.get().credits().get();
        if (!split.addsUpTo(total)) {
            sink.report("/workload/split", split.learningActivities() + " + " + split.assessment(),
                    total, split.learningActivities(), split.assessment());
        }
    }
}
