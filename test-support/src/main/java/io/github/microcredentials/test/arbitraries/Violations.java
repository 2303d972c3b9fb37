package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.Profile;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;

/**
 * A violation of every rule, on the kind of document the rule checks, and the profile under which
 * the arbitraries' promises hold.
 *
 * <p>Under {@link #profile()} (every shipped profile and the limits of UCN, the narrowest bundled
 * institution), every document of {@link #of(String)} makes the named rule fire, and no other rule
 * except those in {@link #entailed(String)}: rules whose definitions overlap, so that no document
 * can break one without the other (DigiProf's list of exported fields includes Annex I elements;
 * 0.5 ECTS is below both the 1.0 minimum and the 3 to 20 band). With those switched off
 * ({@link #validatorFor(String)}), exactly the named rule fires.
 */
public final class Violations {

    private static final Profile PROFILE = Profiles.all().and(Profiles.institution("UCN"));

    private static final Map<String, Set<String>> ENTAILED = Map.of(
            "CR-M2", Set.of("DP-VLE"),
            "CR-M4", Set.of("DP-VLE"),
            "CR-M6", Set.of("DP-VLE"),
            "CR-M7", Set.of("DP-VLE"),
            "CR-M8", Set.of("HE-EQF"),
            "CR-M10", Set.of("DP-VLE"),
            "CR-O3", Set.of("DP-VLE"),
            "ECTS-MIN", Set.of("ECTS-BAND", "ECTS-INST", "ECTS-WHOLE"));

    private Violations() {
    }

    /**
     * Every shipped profile (Council Recommendation 2022, ECTS, HEROES, DigiProf) with the limits of
     * UCN (1.5 to 5 ECTS): the profile under which the valid arbitraries have no finding.
     *
     * @return the profile
     */
    public static Profile profile() {
        return PROFILE;
    }

    /**
     * A validator of {@link #profile()}.
     *
     * @return the validator
     */
    public static Validator validator() {
        return Validator.of(PROFILE);
    }

    /**
     * A validator of {@link #profile()} with the rules a violation of {@code ruleId} entails
     * switched off: on {@link #of(String)}, exactly {@code ruleId} fires.
     *
     * @param ruleId a rule id
     * @return the validator
     */
    public static Validator validatorFor(String ruleId) {
        Policy.Builder policy = Policy.builder();
        entailed(ruleId).forEach(policy::disable);
        return Validator.builder().profile(PROFILE).policy(policy.build()).build();
    }

    /**
     * The rules that necessarily fire with {@code ruleId} on its violations, by the rules'
     * definitions.
     *
     * @param ruleId a rule id
     * @return the other rule ids, usually none
     */
    public static Set<String> entailed(String ruleId) {
        return ENTAILED.getOrDefault(Objects.requireNonNull(ruleId, "ruleId"), Set.of());
    }

    /**
     * Documents that violate a rule, of the kind the rule checks: issued credentials where the rule
     * checks them, otherwise learning opportunities, course designs or pathways.
     *
     * @param ruleId any rule id of {@link Rule#validationRules()}
     * @return the arbitrary; its values are documents {@link Validator#validateDocument(Document)} takes
     * @throws IllegalArgumentException if no arbitrary violates that rule
     */
    public static Arbitrary<Document> of(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (MicroCredentials.ruleIds().contains(ruleId)) {
            return MicroCredentials.violating(ruleId).map(Document.class::cast);
        }
        if (LearningOpportunities.ruleIds().contains(ruleId)) {
            return LearningOpportunities.violating(ruleId).map(Document.class::cast);
        }
        switch (ruleId) {
            case "HE-DESIGN":
                return CourseDesigns.violating(ruleId).map(Document.class::cast);
            case "HE-PATHWAY-FIXED":
                return Pathways.learningPathwaysViolating(ruleId).map(Document.class::cast);
            case "ECTS-STACK":
            case "HE-STACK-LEVEL":
                return Pathways.microCredentialPathwaysViolating(ruleId).map(Document.class::cast);
            default:
                throw new IllegalArgumentException("no arbitrary violates rule " + ruleId + "; covered: " + ruleIds());
        }
    }

    /**
     * The rules {@link #of(String)} covers: today every rule of {@link Rule#validationRules()}.
     *
     * @return the rule ids
     */
    public static Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>(MicroCredentials.ruleIds());
        ids.addAll(LearningOpportunities.ruleIds());
        ids.addAll(List.of("HE-DESIGN", "HE-PATHWAY-FIXED", "ECTS-STACK", "HE-STACK-LEVEL"));
        List<String> ordered = new ArrayList<>();
        for (Rule rule : Rule.validationRules()) {
            if (ids.remove(rule.id())) {
                ordered.add(rule.id());
            }
        }
        ordered.addAll(ids);
        return new LinkedHashSet<>(ordered);
    }
}
