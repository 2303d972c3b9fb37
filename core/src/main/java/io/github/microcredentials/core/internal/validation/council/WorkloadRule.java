package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M7: the credential states the notional workload (ECTS credits or hours); the ECTS rules check its values. */
public final class WorkloadRule extends AnnexCheck {

    /** Creates the rule. */
    public WorkloadRule() {
        super(AnnexElement.WORKLOAD, Sources.ANNEX_I + ", mandatory element 7");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.workload().isEmpty()) {
            sink.report("/workload", null);
        }
    }
}
