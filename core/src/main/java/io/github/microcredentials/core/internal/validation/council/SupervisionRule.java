package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;

/**
 * CR-O2: every assessment states its supervision and identity verification. Without assessments
 * the rule is silent (CR-M9 reports that).
 */
public final class SupervisionRule extends AnnexCheck {

    /** Creates the rule. */
    public SupervisionRule() {
        super(AnnexElement.SUPERVISION, Sources.ANNEX_I + ", optional element 2");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        List<Assessment> assessments = credential.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            if (assessments.get(i).supervision().isEmpty()) {
                sink.report("/assessments/" + i + "/supervision", null, assessments.get(i).id());
            }
        }
    }
}
