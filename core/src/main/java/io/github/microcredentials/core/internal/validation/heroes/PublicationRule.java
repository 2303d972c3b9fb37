package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;

/**
 * HE-PUBLISH: before publication on HEROES.eu a course or micro-credential carries its title,
 * duration, ECTS, EQF level, delivery mode, registration deadline and skill tags. One finding per
 * missing item, naming its member of the native JSON.
 */
public final class PublicationRule extends Check {

    /** Creates the rule. */
    public PublicationRule() {
        super("HE-PUBLISH", "Title, duration, ECTS, EQF level, delivery mode, registration deadline and skill tags "
                + "are present before publication", Sources.HEROES + " §7.1.4", Target.OPPORTUNITY);
    }

    @Override
    public void opportunity(LearningOpportunity o, Sink sink) {
        missing(o.title().isEmpty(), "/title", sink);
        missing(o.estimatedDuration().isEmpty(), "/estimatedDuration", sink);
        missing(Facts.credits(o.workload()).isEmpty(), "/workload/credits", sink);
        missing(o.level().isEmpty() || o.level().get().eqf().isEmpty(), "/level/eqf", sink);
        missing(o.deliveryMode().isEmpty(), "/deliveryMode", sink);
        missing(o.registrationDeadline().isEmpty(), "/registrationDeadline", sink);
        missing(o.skills().isEmpty(), "/skills", sink);
    }

    private static void missing(boolean absent, String pointer, Sink sink) {
        if (absent) {
            sink.report(pointer, null, pointer.substring(1));
        }
    }
}
