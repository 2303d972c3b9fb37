package io.github.microcredentials.core.internal.validation.ects;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;

/**
 * ECTS-BAND: 3 to 20 ECTS is compatible with every HEROES partner's framework; outside that band
 * recognition may vary by institution.
 */
public final class BandRule extends TotalCreditsCheck {

    private static final EctsCredits LOWEST = EctsCredits.of(3);
    private static final EctsCredits HIGHEST = EctsCredits.of(20);

    /** Creates the rule. */
    public BandRule() {
        super("ECTS-BAND", "3 to 20 ECTS is accepted across all partners; outside it recognition may vary",
                Sources.HEROES + " §1.1, Table 1");
    }

    @Override
    void check(EctsCredits total, Sink sink) {
        if (total.compareTo(LOWEST) < 0 || total.compareTo(HIGHEST) > 0) {
            sink.report(POINTER, total, total);
        }
    }
}
