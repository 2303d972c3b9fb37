package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-O4: the credential states its integration and stackability options. */
public final class StackabilityRule extends AnnexCheck {

    /** Creates the rule. */
    public StackabilityRule() {
        super(AnnexElement.STACKABILITY, Sources.ANNEX_I + ", optional element 4");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.integration().isEmpty()) {
            sink.report("/integration", null);
        }
    }
}
