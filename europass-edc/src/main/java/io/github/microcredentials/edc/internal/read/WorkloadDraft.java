package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.ects.DualEcts;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Workload;
import java.time.Duration;
import java.util.Optional;

/** The parts of a workload as they are found in the specification and its notes. */
final class WorkloadDraft {
    Optional<EctsCredits> credits = Optional.empty();
    Optional<Duration> hours = Optional.empty();
    Optional<DualEcts> split = Optional.empty();

    Optional<Workload> build() {
        return credits.isEmpty() && hours.isEmpty() && split.isEmpty() ? Optional.empty()
                : Optional.of(new Workload(credits, hours, split));
    }
}
