package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;

/** CR-M9: the credential lists its assessments, and every assessment states its type. */
public final class AssessmentTypeRule extends AnnexCheck {

    /** Creates the rule. */
    public AssessmentTypeRule() {
        super(AnnexElement.ASSESSMENT_TYPE, Sources.ANNEX_I + ", mandatory element 9");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        List<Assessment> assessments = credential.assessments();
        if (assessments.isEmpty()) {
            sink.report("/assessments", null);
            return;
        }
        for (int i = 0; i < assessments.size(); i++) {
            if (assessments.get(i).type().isEmpty()) {
                sink.reportVariant("untyped", "/assessments/" + i + "/type", null, assessments.get(i).id());
            }
        }
    }
}
