package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.HeroesActivityType;
import io.github.microcredentials.core.model.LearningOpportunity;

/** HE-DEV-PARTNERS: a HEROES-Developed activity names at least two partner institutions. */
public final class DevelopingPartnersRule extends Check {

    /** Creates the rule. */
    public DevelopingPartnersRule() {
        super("HE-DEV-PARTNERS", "A HEROES-Developed activity names at least two partner institutions",
                Sources.HEROES + " §1.3.4", Target.OPPORTUNITY);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        if (opportunity.heroesActivity().orElse(null) == HeroesActivityType.DEVELOPED
                && opportunity.developingPartners().size() < 2) {
            sink.report("/developingPartners", opportunity.developingPartners().size(),
                    String.valueOf(opportunity.developingPartners().size()));
        }
    }
}
