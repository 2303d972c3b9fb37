package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningPathway;

/**
 * HE-PATHWAY-FIXED: learners may skip a learning pathway and go straight to the assessment, since
 * recognition rests on evidence, not participation; a fixed pathway (prior badges gate the
 * assessment) needs a stated pedagogical or quality-assurance justification.
 */
public final class FixedPathwayRule extends Check {

    /** Creates the rule. */
    public FixedPathwayRule() {
        super("HE-PATHWAY-FIXED", "A fixed learning pathway states its justification",
                Sources.HEROES + " §1 (learning pathway), §1.3.1", Target.LEARNING_PATHWAY);
    }

    @Override
    public void learningPathway(LearningPathway pathway, Sink sink) {
        if (pathway.fixed() && pathway.fixedJustification().isEmpty()) {
            sink.report("/fixedJustification", null);
        }
    }
}
