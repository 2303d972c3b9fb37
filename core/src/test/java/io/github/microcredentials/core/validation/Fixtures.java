package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Variants of the samples with one thing changed, for rule tests. */
final class Fixtures {

    private Fixtures() {
    }

    static MicroCredential credential(Consumer<MicroCredential.Builder> change) {
        MicroCredential.Builder b = Samples.microCredential().toBuilder();
        change.accept(b);
        return b.build();
    }

    static LearningOpportunity opportunity(Consumer<LearningOpportunity.Builder> change) {
        LearningOpportunity.Builder b = Samples.learningOpportunity().toBuilder();
        change.accept(b);
        return b.build();
    }

    /** The sample credential with its only assessment changed. */
    static MicroCredential assessment(UnaryOperator<Assessment.Builder> change) {
        Assessment assessment = Samples.microCredential().assessments().get(0);
        return credential(b -> b.assessments(List.of(change.apply(assessment.toBuilder()).build())));
    }

    /** The sample credential with a plain workload of these credits (hours only when given). */
    static MicroCredential credits(String credits, Duration hours) {
        EctsCredits ects = EctsCredits.parse(credits);
        return credential(b -> b.workload(new Workload(Optional.of(ects), Optional.ofNullable(hours), Optional.empty())));
    }

    static MicroCredential credits(String credits) {
        return credits(credits, null);
    }

    /** The sample credential whose total and split disagree. */
    static MicroCredential split(String total, String activities, String assessment) {
        DualEcts split = new DualEcts(EctsCredits.parse(activities), EctsCredits.parse(assessment));
        return credential(b -> b.workload(new Workload(Optional.of(EctsCredits.parse(total)),
                Optional.of(Duration.ofHours(81)), Optional.of(split))));
    }

    static MicroCredentialPathway pathway(Optional<EctsCredits> target, List<LearningOpportunity> stack) {
        MicroCredentialPathway p = Samples.microCredentialPathway();
        return new MicroCredentialPathway(p.id(), p.title(), stack, p.target(), target, p.targetLevel());
    }
}
