package io.github.microcredentials.cli;

import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A short human summary of a credential. */
final class Summary {

    private Summary() {
    }

    static List<String> of(MicroCredential mc) {
        List<String> lines = new ArrayList<>();
        lines.add("Micro-credential: " + mc.title().map(LocalizedString::text).orElse("(no title)"));
        lines.add("  learner:   " + mc.learner().flatMap(l -> l.displayName()).orElse("(not identified)"));
        lines.add("  awarded by " + (mc.awardingBodies().isEmpty() ? "(no awarding body)"
                : mc.awardingBodies().stream().map(Organisation::legalName).map(LocalizedString::text)
                        .collect(Collectors.joining(", "))));
        mc.issued().ifPresent(t -> lines.add("  issued:    " + t));
        mc.workload().flatMap(Workload::credits).ifPresent(c -> lines.add("  workload:  " + c + " ECTS"
                + mc.workload().flatMap(Workload::split)
                        .map(s -> " (" + s.learningActivities() + " learning activities + " + s.assessment() + " assessment)")
                        .orElse("")
                + mc.workload().flatMap(Workload::hours).map(h -> ", " + h.toHours() + " hours").orElse("")));
        mc.level().flatMap(l -> l.eqf()).ifPresent(l -> lines.add("  level:     EQF " + l.code()
                + mc.level().flatMap(v -> v.cycle()).map(c -> ", " + c.label()).orElse("")));
        lines.add("  outcomes:  " + mc.learningOutcomes().size() + ", skills: " + mc.skills().size()
                + ", assessments: " + mc.assessments().size());
        return lines;
    }
}
