package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M5: the credential has a date of issuing. */
public final class IssueDateRule extends AnnexCheck {

    /** Creates the rule. */
    public IssueDateRule() {
        super(AnnexElement.ISSUE_DATE, Sources.ANNEX_I + ", mandatory element 5");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.issued().isEmpty()) {
            sink.report("/issued", null);
        }
    }
}
