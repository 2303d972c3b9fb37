package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Check;

import io.github.microcredentials.core.internal.validation.council.AssessmentTypeRule;
import io.github.microcredentials.core.internal.validation.council.AwardingBodyRule;
import io.github.microcredentials.core.internal.validation.council.FurtherInformationRule;
import io.github.microcredentials.core.internal.validation.council.GradeRule;
import io.github.microcredentials.core.internal.validation.council.IssueDateRule;
import io.github.microcredentials.core.internal.validation.council.IssuerCountryRule;
import io.github.microcredentials.core.internal.validation.council.LearnerRule;
import io.github.microcredentials.core.internal.validation.council.LearningOutcomesRule;
import io.github.microcredentials.core.internal.validation.council.LevelRule;
import io.github.microcredentials.core.internal.validation.council.ParticipationFormRule;
import io.github.microcredentials.core.internal.validation.council.PrerequisitesRule;
import io.github.microcredentials.core.internal.validation.council.QualityAssuranceRule;
import io.github.microcredentials.core.internal.validation.council.StackabilityRule;
import io.github.microcredentials.core.internal.validation.council.SupervisionRule;
import io.github.microcredentials.core.internal.validation.council.TitleRule;
import io.github.microcredentials.core.internal.validation.council.WorkloadRule;
import io.github.microcredentials.core.internal.validation.digiprof.ConfirmationRule;
import io.github.microcredentials.core.internal.validation.digiprof.DescriptionRule;
import io.github.microcredentials.core.internal.validation.digiprof.LearnerProfileRule;
import io.github.microcredentials.core.internal.validation.digiprof.VleExportRule;
import io.github.microcredentials.core.internal.validation.ects.BandRule;
import io.github.microcredentials.core.internal.validation.ects.DualRule;
import io.github.microcredentials.core.internal.validation.ects.HalfPointRule;
import io.github.microcredentials.core.internal.validation.ects.HoursRule;
import io.github.microcredentials.core.internal.validation.ects.InstitutionRule;
import io.github.microcredentials.core.internal.validation.ects.MinimumRule;
import io.github.microcredentials.core.internal.validation.ects.StackRule;
import io.github.microcredentials.core.internal.validation.ects.WholeRule;
import io.github.microcredentials.core.internal.validation.heroes.AlignmentRule;
import io.github.microcredentials.core.internal.validation.heroes.AssessorRule;
import io.github.microcredentials.core.internal.validation.heroes.BadgeRule;
import io.github.microcredentials.core.internal.validation.heroes.DesignRule;
import io.github.microcredentials.core.internal.validation.heroes.DevelopingPartnersRule;
import io.github.microcredentials.core.internal.validation.heroes.EnglishRule;
import io.github.microcredentials.core.internal.validation.heroes.EqfRule;
import io.github.microcredentials.core.internal.validation.heroes.FixedPathwayRule;
import io.github.microcredentials.core.internal.validation.heroes.FreeRule;
import io.github.microcredentials.core.internal.validation.heroes.OutcomeVerbRule;
import io.github.microcredentials.core.internal.validation.heroes.PublicationRule;
import io.github.microcredentials.core.internal.validation.heroes.SkillsRule;
import io.github.microcredentials.core.internal.validation.heroes.StackLevelRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validation rules, in report order: Council, ECTS, HEROES, DigiProf. It sits above the rules
 * it lists, so that no rule depends on the list (nor on the public API built on the rules).
 */
final class Checks {

    private static final List<Check> ALL = List.of(
            new LearnerRule(), new TitleRule(), new IssuerCountryRule(), new AwardingBodyRule(), new IssueDateRule(),
            new LearningOutcomesRule(), new WorkloadRule(), new LevelRule(), new AssessmentTypeRule(),
            new ParticipationFormRule(), new QualityAssuranceRule(),
            new PrerequisitesRule(), new SupervisionRule(), new GradeRule(), new StackabilityRule(),
            new FurtherInformationRule(),
            new MinimumRule(), new HalfPointRule(), new WholeRule(), new BandRule(), new DualRule(), new HoursRule(),
            new InstitutionRule(), new StackRule(),
            new EnglishRule(), new DevelopingPartnersRule(), new AssessorRule(), new EqfRule(), new SkillsRule(),
            new AlignmentRule(), new OutcomeVerbRule(), new BadgeRule(), new FreeRule(), new PublicationRule(),
            new DesignRule(), new StackLevelRule(), new FixedPathwayRule(),
            new VleExportRule(), new DescriptionRule(), new ConfirmationRule(), new LearnerProfileRule());

    private static final Map<String, Check> BY_ID = index();

    private static final List<Rule> RULES = descriptors();

    private static final Map<String, Rule> RULES_BY_ID = ruleIndex();

    private Checks() {
    }

    private static List<Rule> descriptors() {
        Rule[] rules = new Rule[ALL.size()];
        for (int i = 0; i < rules.length; i++) {
            Check check = ALL.get(i);
            rules[i] = new Rule(check.id(), check.title(), check.source());
        }
        return List.of(rules);
    }

    private static Map<String, Rule> ruleIndex() {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule rule : RULES) {
            map.put(rule.id(), rule);
        }
        return Map.copyOf(map);
    }

    /**
     * The public descriptor of a rule.
     *
     * @param check one of the rules
     * @return its descriptor
     */
    static Rule rule(Check check) {
        return RULES_BY_ID.get(check.id());
    }

    private static Map<String, Check> index() {
        Map<String, Check> map = new LinkedHashMap<>();
        for (Check check : ALL) {
            if (map.put(check.id(), check) != null) {
                throw new IllegalStateException("two rules with the id " + check.id());
            }
        }
        return Map.copyOf(map);
    }

    /**
     * Every rule.
     *
     * @return the rules, in report order
     */
    static List<Check> all() {
        return ALL;
    }

    /**
     * The descriptors of every rule.
     *
     * @return the descriptors, in report order
     */
    static List<Rule> rules() {
        return RULES;
    }

    /**
     * A rule by id.
     *
     * @param id the rule id
     * @return the rule, or empty
     */
    static Optional<Check> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
