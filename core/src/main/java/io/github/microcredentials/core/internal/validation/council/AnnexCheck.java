package io.github.microcredentials.core.internal.validation.council;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.MicroCredential;

/**
 * A rule for one element of Annex I of the Council Recommendation: the element is present on an
 * issued micro-credential. Non-credit badges are not micro-credentials and are not checked.
 */
abstract class AnnexCheck extends Check {

    /**
     * Creates the rule of an Annex I element.
     *
     * @param element the element, whose rule id and title the rule takes
     * @param source the element's place in Annex I, for example {@code Sources.ANNEX_I + ", mandatory element 2"}
     */
    AnnexCheck(AnnexElement element, String source) {
        super(element.ruleId(), element.title(), source, Target.CREDENTIAL);
    }

    @Override
    public final void credential(MicroCredential credential, Sink sink) {
        if (Facts.isMicroCredential(credential)) {
            check(credential, sink);
        }
    }

    /**
     * Checks the element on a micro-credential.
     *
     * @param credential the credential
     * @param sink where findings go
     */
    abstract void check(MicroCredential credential, Sink sink);
}
