package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.vocab.CredentialKind;
import java.util.List;

/**
 * HE-BADGE: completing a standalone course yields a non-credit participation/progression badge that
 * shows no ECTS; only micro-credentials carry learner-visible ECTS. So a non-credit credential
 * states no credits, and a standalone course issues no credit-bearing credential. (A standalone
 * course's own credits are a back-end value and allowed.)
 */
public final class BadgeRule extends Check {

    /** Creates the rule. */
    public BadgeRule() {
        super("HE-BADGE", "Standalone-course badges are non-credit and show no ECTS",
                Sources.HEROES + " §1 (badges and certificates), §1.3.2", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        if (!Facts.isMicroCredential(credential) && Facts.credits(credential.workload()).isPresent()) {
            sink.report("/workload/credits", Facts.credits(credential.workload()).get(), credential.kind().code());
        }
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        if (opportunity.kind() != OpportunityKind.STANDALONE_COURSE) {
            return;
        }
        List<CredentialKind> issued = opportunity.credentialsIssued();
        for (int i = 0; i < issued.size(); i++) {
            if (issued.get(i).isCreditBearing()) {
                sink.reportVariant("course", "/credentialsIssued/" + i, issued.get(i), issued.get(i).code());
            }
        }
    }
}
