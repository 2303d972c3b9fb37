package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;

/**
 * HE-ASSESSOR: exactly one assessing partner institution per micro-credential; partners that cannot
 * agree on one issue separate micro-credentials. An issued credential has one awarding body (none
 * is rule CR-M4's concern); a micro-credential specification names its assessing institution.
 * Standalone courses have no assessment and are not checked.
 */
public final class AssessorRule extends Check {

    /** Creates the rule. */
    public AssessorRule() {
        super("HE-ASSESSOR", "Exactly one assessing (issuing) institution per micro-credential",
                Sources.HEROES + " §1.3.3, §5.8", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        int bodies = credential.awardingBodies().size();
        if (bodies > 1) {
            sink.report("/awardingBodies", bodies, String.valueOf(bodies));
        }
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        if (Facts.isMicroCredential(opportunity) && opportunity.assessingInstitution().isEmpty()) {
            sink.reportVariant("missing", "/assessingInstitution", null);
        }
    }
}
