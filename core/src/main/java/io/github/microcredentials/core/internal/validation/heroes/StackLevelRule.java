package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.vocab.EqfLevel;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * HE-STACK-LEVEL: the micro-credentials a pathway stacks are consistent with the level it leads to:
 * none is at a higher EQF level than the pathway's target. Silent without a target EQF level; a
 * stacked micro-credential without an EQF level is rule HE-EQF's concern.
 */
public final class StackLevelRule extends Check {

    /** Creates the rule. */
    public StackLevelRule() {
        super("HE-STACK-LEVEL", "No stacked micro-credential is above the EQF level of the pathway's target",
                Sources.HEROES + " §1 (micro-credential pathway), §6.4", Target.PATHWAY);
    }

    @Override
    public void pathway(MicroCredentialPathway pathway, Sink sink) {
        OptionalInt target = eqf(pathway.targetLevel());
        if (target.isEmpty()) {
            return;
        }
        List<LearningOpportunity> stack = pathway.microCredentials();
        for (int i = 0; i < stack.size(); i++) {
            OptionalInt level = eqf(stack.get(i).level());
            if (level.isPresent() && level.getAsInt() > target.getAsInt()) {
                sink.report("/microCredentials/" + i + "/level/eqf", level.getAsInt(),
                        String.valueOf(level.getAsInt()), String.valueOf(target.getAsInt()));
            }
        }
    }

    private static OptionalInt eqf(Optional<Level> level) {
        Optional<EqfLevel> eqf = level.isPresent() ? level.get().eqf() : Optional.empty();
        return eqf.isPresent() ? eqf.get().level() : OptionalInt.empty();
    }
}
