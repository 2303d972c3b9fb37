package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.vocab.EqfLevel;
import java.util.Optional;

/**
 * HE-EQF: every course and micro-credential states an EQF level, 1 to 8, chosen by best fit. A
 * QF-EHEA cycle or a national level alone is not enough, nor is a value outside the EQF.
 */
public final class EqfRule extends Check {

    /** Creates the rule. */
    public EqfRule() {
        super("HE-EQF", "Every course and micro-credential states an EQF level (1 to 8, best fit)",
                Sources.HEROES + " §1.3.1, §6.4", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.level(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.level(), sink);
    }

    private static void check(Optional<Level> level, Sink sink) {
        Optional<EqfLevel> eqf = level.isPresent() ? level.get().eqf() : Optional.empty();
        if (eqf.isEmpty()) {
            sink.report(level.isPresent() ? "/level/eqf" : "/level", null);
        } else if (eqf.get().level().isEmpty()) {
            sink.reportVariant("unknown", "/level/eqf", eqf.get(), eqf.get().code());
        }
    }
}
