package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredentialPathway;

/**
 * ECTS-STACK: the ECTS a micro-credential pathway targets equal the sum of the micro-credentials it
 * stacks. Silent without a target, or when a stacked micro-credential states no credits (the
 * publication rules report that).
 */
public final class StackRule extends Check {

    /** Creates the rule. */
    public StackRule() {
        super("ECTS-STACK", "A pathway's target ECTS equal the sum of its stacked micro-credentials",
                Sources.HEROES + " §1 (micro-credential pathway), §1.3.2", Target.PATHWAY);
    }

    @Override
    public void pathway(MicroCredentialPathway pathway, Sink sink) {
        if (pathway.targetCredits().isEmpty()) {
            return;
        }
        for (LearningOpportunity mc : pathway.microCredentials()) {
            if (Facts.credits(mc.workload()).isEmpty()) {
                return;
            }
        }
        EctsCredits total = pathway.totalCredits();
        EctsCredits target = pathway.targetCredits().get();
        if (total.compareTo(target) != 0) {
            sink.report("/targetCredits", target, target, total, pathway.microCredentials().size());
        }
    }
}
