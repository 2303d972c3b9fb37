package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;

/**
 * ECTS-WHOLE: whole-number ECTS is recommended for portability. Reports half points only: a value
 * that is not even a half point is rule ECTS-HALF's concern.
 */
public final class WholeRule extends TotalCreditsCheck {

    /** Creates the rule. */
    public WholeRule() {
        super("ECTS-WHOLE", "Whole-number ECTS is recommended for portability", Sources.HEROES + " §1.1");
    }

    @Override
    void check(EctsCredits total, Sink sink) {
        if (total.isHalfPointGranular() && !total.isWhole()) {
            sink.report(POINTER, total, total);
        }
    }
}
