package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M8: the credential states the level of the learning experience (EQF, QF-EHEA or national). */
public final class LevelRule extends AnnexCheck {

    /** Creates the rule. */
    public LevelRule() {
        super(AnnexElement.LEVEL, Sources.ANNEX_I + ", mandatory element 8");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.level().isEmpty()) {
            sink.report("/level", null);
        }
    }
}
