package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M4: the credential names its awarding body or bodies. */
public final class AwardingBodyRule extends AnnexCheck {

    /** Creates the rule. */
    public AwardingBodyRule() {
        super(AnnexElement.AWARDING_BODY, Sources.ANNEX_I + ", mandatory element 4");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.awardingBodies().isEmpty()) {
            sink.report("/awardingBodies", null);
        }
    }
}
