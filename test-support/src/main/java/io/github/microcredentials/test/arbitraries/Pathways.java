package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.EqfLevel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of learning pathways (standalone courses towards a micro-credential's
 * assessment) and micro-credential pathways (micro-credentials stacked towards a larger
 * credential), valid under {@link Violations#profile()} or violating one pathway rule. Their
 * courses and micro-credentials come from {@link LearningOpportunities} and are valid.
 */
public final class Pathways {

    private Pathways() {
    }

    /**
     * Learning pathways of one to three standalone courses; open (learners may skip them) or fixed
     * with a justification.
     *
     * @return the arbitrary
     */
    public static Arbitrary<LearningPathway> learningPathways() {
        return Combinators.combine(Parts.pages("https://www.example.eu/pathways/"), courses(), Arbitraries.of(false, true))
                .as((id, courses, fixed) -> new LearningPathway(id, LocalizedString.en("Towards the assessment"),
                        courses, Optional.of(URI.create("https://www.example.eu/mc/1")), fixed,
                        fixed ? Optional.of(LocalizedString.en("The assessment builds on a laboratory safety course."))
                                : Optional.empty()));
    }

    /**
     * Micro-credential pathways of one to four micro-credentials whose credits add up to the target
     * and whose EQF levels are at most the target's.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MicroCredentialPathway> microCredentialPathways() {
        return Combinators.combine(Parts.pages("https://www.example.eu/pathways/"), stacks())
                .as((id, stack) -> pathway(id, stack, total(stack), Level.of(EqfLevel.of(highest(stack)))));
    }

    /**
     * Learning pathways that violate {@code HE-PATHWAY-FIXED}: fixed, without a justification.
     *
     * @param ruleId {@code "HE-PATHWAY-FIXED"}
     * @return the arbitrary
     * @throws IllegalArgumentException for any other rule
     */
    public static Arbitrary<LearningPathway> learningPathwaysViolating(String ruleId) {
        if (!"HE-PATHWAY-FIXED".equals(Objects.requireNonNull(ruleId, "ruleId"))) {
            throw new IllegalArgumentException("learning pathways are checked against HE-PATHWAY-FIXED only, not " + ruleId);
        }
        return Combinators.combine(Parts.pages("https://www.example.eu/pathways/"), courses())
                .as((id, courses) -> new LearningPathway(id, LocalizedString.en("Towards the assessment"), courses,
                        Optional.of(URI.create("https://www.example.eu/mc/1")), true, Optional.empty()));
    }

    /**
     * Micro-credential pathways that violate one pathway rule: {@code ECTS-STACK} (the target
     * credits differ from the sum) or {@code HE-STACK-LEVEL} (a stacked micro-credential is above
     * the target's EQF level).
     *
     * @param ruleId {@code "ECTS-STACK"} or {@code "HE-STACK-LEVEL"}
     * @return the arbitrary
     * @throws IllegalArgumentException for any other rule
     */
    public static Arbitrary<MicroCredentialPathway> microCredentialPathwaysViolating(String ruleId) {
        Arbitrary<URI> ids = Parts.pages("https://www.example.eu/pathways/");
        switch (Objects.requireNonNull(ruleId, "ruleId")) {
            case "ECTS-STACK":
                return Combinators.combine(ids, stacks(), Arbitraries.integers().between(1, 6))
                        .as((id, stack, more) -> pathway(id, stack, total(stack).plus(EctsCredits.of(more)),
                                Level.of(EqfLevel.of(highest(stack)))));
            case "HE-STACK-LEVEL":
                // The first micro-credential is raised to EQF 2 or above, the target set below it.
                return Combinators.combine(ids, LearningOpportunities.drafts().list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(2, 8)).as((id, drafts, level) -> {
                            List<LearningOpportunity> raised = new ArrayList<>();
                            for (OpportunityDraft draft : drafts) {
                                OpportunityDraft copy = draft.copy();
                                if (raised.isEmpty()) {
                                    copy.level = Level.of(EqfLevel.of(level));
                                }
                                raised.add(copy.build());
                            }
                            return pathway(id, raised, total(raised), Level.of(EqfLevel.of(level - 1)));
                        });
            default:
                throw new IllegalArgumentException("micro-credential pathways are checked against ECTS-STACK and "
                        + "HE-STACK-LEVEL, not " + ruleId);
        }
    }

    private static Arbitrary<List<LearningOpportunity>> courses() {
        return LearningOpportunities.standaloneCourses().list().ofMinSize(1).ofMaxSize(3);
    }

    private static Arbitrary<List<LearningOpportunity>> stacks() {
        return LearningOpportunities.valid().list().ofMinSize(1).ofMaxSize(4);
    }

    private static MicroCredentialPathway pathway(URI id, List<LearningOpportunity> stack, EctsCredits target, Level level) {
        return new MicroCredentialPathway(id, LocalizedString.en("Open Science"), stack,
                Optional.of(LocalizedString.en("Open Science credential")), Optional.of(target), Optional.of(level));
    }

    static EctsCredits total(List<LearningOpportunity> stack) {
        EctsCredits sum = EctsCredits.ZERO;
        for (LearningOpportunity mc : stack) {
            sum = sum.plus(mc.workload().flatMap(Workload::credits).orElse(EctsCredits.ZERO));
        }
        return sum;
    }

    private static int highest(List<LearningOpportunity> stack) {
        int highest = 1;
        for (LearningOpportunity mc : stack) {
            OptionalInt level = mc.level().flatMap(Level::eqf).map(EqfLevel::level).orElse(OptionalInt.empty());
            if (level.isPresent()) {
                highest = Math.max(highest, level.getAsInt());
            }
        }
        return highest;
    }
}
