package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M11: the credential states the type of quality assurance that underpins it. */
public final class QualityAssuranceRule extends AnnexCheck {

    /** Creates the rule. */
    public QualityAssuranceRule() {
        super(AnnexElement.QUALITY_ASSURANCE, Sources.ANNEX_I + ", mandatory element 11");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.qualityAssurance().isEmpty()) {
            sink.report("/qualityAssurance", null);
        }
    }
}
