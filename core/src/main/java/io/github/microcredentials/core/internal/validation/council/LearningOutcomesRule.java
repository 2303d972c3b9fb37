package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M6: the credential states the learning outcomes achieved. */
public final class LearningOutcomesRule extends AnnexCheck {

    /** Creates the rule. */
    public LearningOutcomesRule() {
        super(AnnexElement.LEARNING_OUTCOMES, Sources.ANNEX_I + ", mandatory element 6");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.learningOutcomes().isEmpty()) {
            sink.report("/learningOutcomes", null);
        }
    }
}
