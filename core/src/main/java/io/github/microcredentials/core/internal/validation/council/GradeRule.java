package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;


/** CR-O3: the credential states the grade achieved, overall or for an assessment. */
public final class GradeRule extends AnnexCheck {

    /** Creates the rule. */
    public GradeRule() {
        super(AnnexElement.GRADE, 3);
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.grade().isEmpty() && credential.assessments().stream().allMatch(a -> a.grade().isEmpty())) {
            sink.report("/grade", null);
        }
    }
}
