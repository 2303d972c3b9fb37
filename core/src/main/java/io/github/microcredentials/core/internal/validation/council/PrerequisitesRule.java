package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-O1: the credential states the prerequisites needed to enrol. */
public final class PrerequisitesRule extends AnnexCheck {

    /** Creates the rule. */
    public PrerequisitesRule() {
        super(AnnexElement.PREREQUISITES, Sources.ANNEX_I + ", optional element 1");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.prerequisites().isEmpty()) {
            sink.report("/prerequisites", null);
        }
    }
}
