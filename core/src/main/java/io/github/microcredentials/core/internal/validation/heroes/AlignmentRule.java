package io.github.microcredentials.core.internal.validation.heroes;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;

/**
 * HE-ALIGN: every learning outcome is assessed by at least one assessment, and every assessment
 * maps to at least one of the outcomes (constructive alignment). Silent when there are no outcomes
 * or no assessments: a standalone course has none, and on a credential their absence is rules
 * CR-M6 and CR-M9's concern.
 */
public final class AlignmentRule extends Check {

    /** Creates the rule. */
    public AlignmentRule() {
        super("HE-ALIGN", "Every outcome is assessed, and every assessment maps to an outcome",
                Sources.HEROES + " §3.9, §3.11, §4.3", Target.CREDENTIAL, Target.OPPORTUNITY);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        check(credential.learningOutcomes(), credential.assessments(), sink);
    }

    @Override
    public void opportunity(LearningOpportunity opportunity, Sink sink) {
        check(opportunity.learningOutcomes(), opportunity.assessments(), sink);
    }

    private static void check(List<LearningOutcome> outcomes, List<Assessment> assessments, Sink sink) {
        if (outcomes.isEmpty() || assessments.isEmpty()) {
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            if (!assessed(outcomes.get(i).id(), assessments)) {
                sink.report("/learningOutcomes/" + i, outcomes.get(i).id(), outcomes.get(i).id());
            }
        }
        for (int i = 0; i < assessments.size(); i++) {
            List<String> mapped = assessments.get(i).assessedOutcomes();
            if (mapped.isEmpty()) {
                sink.reportVariant("unmapped", "/assessments/" + i + "/assessedOutcomes", null,
                        assessments.get(i).id());
            }
            for (int j = 0; j < mapped.size(); j++) {
                if (!defined(mapped.get(j), outcomes)) {
                    sink.reportVariant("unknown", "/assessments/" + i + "/assessedOutcomes/" + j, mapped.get(j),
                            assessments.get(i).id(), mapped.get(j));
                }
            }
        }
    }

    private static boolean assessed(String outcome, List<Assessment> assessments) {
        for (Assessment assessment : assessments) {
            if (assessment.assessedOutcomes().contains(outcome)) {
                return true;
            }
        }
        return false;
    }

    private static boolean defined(String outcome, List<LearningOutcome> outcomes) {
        for (LearningOutcome candidate : outcomes) {
            if (candidate.id().equals(outcome)) {
                return true;
            }
        }
        return false;
    }
}
