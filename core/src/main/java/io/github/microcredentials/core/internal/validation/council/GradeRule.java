package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-O3: the credential states the grade achieved, overall or for an assessment. */
public final class GradeRule extends AnnexCheck {

    /** Creates the rule. */
    public GradeRule() {
        super(AnnexElement.GRADE, Sources.ANNEX_I + ", optional element 3");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (!Facts.hasGrade(credential)) {
            sink.report("/grade", null);
        }
    }
}
