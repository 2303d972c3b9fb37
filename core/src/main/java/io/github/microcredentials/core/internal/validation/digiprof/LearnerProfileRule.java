package io.github.microcredentials.core.internal.validation.digiprof;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;

/**
 * DP-LEARNER: the learner's name and identifying data on the credential come from the learner
 * profile of the learning environment, so the credential shows both a name and an identifier
 * (an id, a national id or another identifier). Silent without a learner (rule CR-M1).
 */
public final class LearnerProfileRule extends Check {

    /** Creates the rule. */
    public LearnerProfileRule() {
        super("DP-LEARNER", "The credential shows the learner's name and identifying data from the learner profile",
                Sources.DIGIPROF + ", §5.3", Target.CREDENTIAL);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        if (credential.learner().isEmpty()) {
            return;
        }
        Learner learner = credential.learner().get();
        if (learner.displayName().isEmpty()) {
            sink.report("/learner", null);
        }
        if (learner.id().isEmpty() && learner.nationalId().isEmpty() && learner.identifiers().isEmpty()) {
            sink.reportVariant("identifier", "/learner", null);
        }
    }
}
