package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-O5: the credential gives further information, as text or a link. */
public final class FurtherInformationRule extends AnnexCheck {

    /** Creates the rule. */
    public FurtherInformationRule() {
        super(AnnexElement.FURTHER_INFORMATION, Sources.ANNEX_I + ", optional element 5");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.furtherInformation().isEmpty() && credential.furtherInformationUrl().isEmpty()) {
            sink.report("/furtherInformation", null);
        }
    }
}
