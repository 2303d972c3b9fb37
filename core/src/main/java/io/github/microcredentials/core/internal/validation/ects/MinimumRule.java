package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;

/** ECTS-MIN: a micro-credential is never less than 1.0 ECTS. */
public final class MinimumRule extends TotalCreditsCheck {

    /** Creates the rule. */
    public MinimumRule() {
        super("ECTS-MIN", "A micro-credential is never less than 1.0 ECTS", Sources.HEROES + " §1.1, §1.3.2");
    }

    @Override
    void check(EctsCredits total, Sink sink) {
        if (!total.meetsMicroCredentialMinimum()) {
            sink.report(POINTER, total, total);
        }
    }
}
