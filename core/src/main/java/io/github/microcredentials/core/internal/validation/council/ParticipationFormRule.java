package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M10: the credential states the form of participation in the learning activity. */
public final class ParticipationFormRule extends AnnexCheck {

    /** Creates the rule. */
    public ParticipationFormRule() {
        super(AnnexElement.PARTICIPATION_FORM, Sources.ANNEX_I + ", mandatory element 10");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.participationForm().isEmpty()) {
            sink.report("/participationForm", null);
        }
    }
}
