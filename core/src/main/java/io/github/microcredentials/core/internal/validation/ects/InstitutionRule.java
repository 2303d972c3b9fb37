package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.InstitutionLimits;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;

/**
 * ECTS-INST: the micro-credential is within the minimum and maximum ECTS of the institution the
 * caller named. Silent when no institution is named: the issuing institution is never guessed.
 */
public final class InstitutionRule extends TotalCreditsCheck {

    /** Creates the rule. */
    public InstitutionRule() {
        super("ECTS-INST", "The micro-credential is within the institution's minimum and maximum ECTS",
                Sources.HEROES + " §1.1, Table 1");
    }

    @Override
    void check(EctsCredits total, Sink sink) {
        if (sink.institution().isEmpty()) {
            return;
        }
        InstitutionLimits institution = sink.institution().get();
        if (!institution.admits(total)) {
            sink.report(POINTER, total, total, institution.creditRange(), institution.name());
        }
    }
}
