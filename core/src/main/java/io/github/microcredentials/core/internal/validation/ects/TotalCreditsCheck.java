package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.Optional;

/**
 * A rule on the ECTS total of a micro-credential, issued or specified. Standalone courses and
 * badges are not checked (their credits are back-end values, HEROES D6.1 §1.3.2), nor is a
 * micro-credential that states no credits (absence is rule CR-M7's concern).
 */
abstract class TotalCreditsCheck extends Check {

    /** The pointer of the total in the native JSON of both documents. */
    static final String POINTER = "/workload/credits";

    TotalCreditsCheck(String id, String title, String source) {
        super(id, title, source, Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public final void credential(MicroCredential credential, Sink sink) {
        if (Facts.isMicroCredential(credential)) {
            check(Facts.credits(credential.workload()), sink);
        }
    }

    @Override
    public final void opportunity(LearningOpportunity opportunity, Sink sink) {
        if (Facts.isMicroCredential(opportunity)) {
            check(Facts.credits(opportunity.workload()), sink);
        }
    }

    private void check(Optional<EctsCredits> credits, Sink sink) {
        if (credits.isPresent()) {
            check(credits.get(), sink);
        }
    }

    /**
     * Checks the total.
     *
     * @param total the micro-credential's ECTS credits
     * @param sink where findings go
     */
    abstract void check(EctsCredits total, Sink sink);
}
