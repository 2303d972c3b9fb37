package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.Pricing;
import io.github.microcredentials.core.vocab.PricingModel;

/**
 * HE-FREE: activities developed with HEROES project funding are open access with no fee. Silent
 * when the opportunity is not project-funded or states no pricing.
 */
public final class FreeRule extends Check {

    /** Creates the rule. */
    public FreeRule() {
        super("HE-FREE", "Project-funded activities are open access with no fee", Sources.HEROES + " §1.3.1, §1.3.5",
                Target.OPPORTUNITY);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        if (!opportunity.projectFunded() || opportunity.pricing().isEmpty()) {
            return;
        }
        Pricing pricing = opportunity.pricing().get();
        if (!pricing.model().equals(PricingModel.OPEN_ACCESS) || !pricing.isFree()) {
            String price = pricing.amount().map(a -> a.toPlainString() + " " + pricing.currency().orElseThrow())
                    .orElse(pricing.model().code());
            sink.report("/pricing", price, price);
        }
    }
}
