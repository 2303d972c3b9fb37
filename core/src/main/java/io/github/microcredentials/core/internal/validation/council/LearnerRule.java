package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;

/**
 * CR-M1: the credential identifies its learner, by a name or an identifier (an id, a national id
 * or another identifier). An e-mail address alone does not identify a person durably.
 */
public final class LearnerRule extends AnnexCheck {

    /** Creates the rule. */
    public LearnerRule() {
        super(AnnexElement.LEARNER, Sources.ANNEX_I + ", mandatory element 1");
    }

    @Override
    void check(MicroCredential credential, Sink sink) {
        if (credential.learner().isEmpty()) {
            sink.report("/learner", null);
            return;
        }
        Learner learner = credential.learner().get();
        boolean named = learner.fullName().isPresent() || learner.givenName().isPresent()
                || learner.familyName().isPresent();
        boolean identified = learner.id().isPresent() || learner.nationalId().isPresent()
                || !learner.identifiers().isEmpty();
        if (!named && !identified) {
            sink.reportVariant("anonymous", "/learner", null);
        }
    }
}
