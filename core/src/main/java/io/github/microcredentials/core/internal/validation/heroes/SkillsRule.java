package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Skill;
import java.util.List;

/**
 * HE-SKILLS: every course and micro-credential is skill-tagged, and the tags are ESCO skills
 * ({@value Skill#ESCO_SKILL_NAMESPACE}...).
 */
public final class SkillsRule extends Check {

    /** Creates the rule. */
    public SkillsRule() {
        super("HE-SKILLS", "Every course and micro-credential is skill-tagged with ESCO skills",
                Sources.HEROES + " §6.7", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.skills(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.skills(), sink);
    }

    private static void check(List<Skill> skills, Sink sink) {
        if (skills.isEmpty()) {
            sink.report("/skills", null);
            return;
        }
        for (int i = 0; i < skills.size(); i++) {
            if (!skills.get(i).isEsco()) {
                String uri = skills.get(i).uri().toString();
                sink.reportVariant("notEsco", "/skills/" + i + "/uri", uri, uri);
            }
        }
    }
}
