package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/** CR-M2: the credential has a title. */
public final class TitleRule extends AnnexCheck {

    /** Creates the rule. */
    public TitleRule() {
        super(AnnexElement.TITLE, Sources.ANNEX_I + ", mandatory element 2");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.title().isEmpty()) {
            sink.report("/title", null);
        }
    }
}
