package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;

/** ECTS-HALF: a micro-credential's ECTS value is divisible into whole or half points (x.0 or x.5). */
public final class HalfPointRule extends TotalCreditsCheck {

    /** Creates the rule. */
    public HalfPointRule() {
        super("ECTS-HALF", "ECTS values are whole or half points (x.0 or x.5)", Sources.HEROES + " §1.1");
    }

    @Override
    void check(EctsCredits total, Sink sink) {
        if (!total.isHalfPointGranular()) {
            sink.report(POINTER, total, total);
        }
    }
}
