package io.github.microcredentials.core.internal.validation.digiprof;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.Teacher;
import java.util.List;

/**
 * DP-DESC: the open learning-opportunity description carries the 32 fields DigiProf §6.1
 * recommends, from title and abstract to stackability and industry support. One finding per
 * missing field. "End date (if applicable)" is not expected with a flexible start; the three
 * assessment fields are not expected of a standalone course, which has no formal assessment.
 */
public final class DescriptionRule extends Check {

    /** Creates the rule. */
    public DescriptionRule() {
        super("DP-DESC", "The open learning-opportunity description carries the recommended fields",
                Sources.DIGIPROF + ", §6.1", Target.OPPORTUNITY);
    }

    @Override
    public void opportunity(LearningOpportunity o, Sink sink) {
        missing(o.title().isEmpty(), "/title", sink);
        missing(o.summary().isEmpty(), "/summary", sink);
        missing(o.fieldOfStudy().isEmpty(), "/fieldOfStudy", sink);
        missing(o.institution().isEmpty(), "/institution", sink);
        missing(o.institution().isPresent() && o.institution().get().department().isEmpty(),
                "/institution/department", sink);
        missing(o.teachers().isEmpty(), "/teachers", sink);
        teacherBios(o.teachers(), sink);
        missing(Facts.credits(o.workload()).isEmpty(), "/workload/credits", sink);
        missing(Facts.hours(o.workload()).isEmpty(), "/workload/hours", sink);
        missing(o.estimatedDuration().isEmpty(), "/estimatedDuration", sink);
        missing(o.startDate().isEmpty() && !o.flexibleStart(), "/startDate", sink);
        missing(o.endDate().isEmpty() && !o.flexibleStart(), "/endDate", sink);
        missing(o.targetGroup().isEmpty(), "/targetGroup", sink);
        missing(o.entryRequirements().isEmpty(), "/entryRequirements", sink);
        missing(o.languages().isEmpty(), "/languages", sink);
        missing(o.level().isEmpty(), "/level", sink);
        missing(o.participationForm().isEmpty(), "/participationForm", sink);
        missing(o.formOfStudy().isEmpty(), "/formOfStudy", sink);
        missing(o.workload().isEmpty(), "/workload", sink);
        missing(o.keywords().isEmpty(), "/keywords", sink);
        missing(o.pricing().isEmpty(), "/pricing", sink);
        missing(o.learningOutcomes().isEmpty(), "/learningOutcomes", sink);
        missing(o.pedagogicalApproach().isEmpty(), "/pedagogicalApproach", sink);
        missing(o.mainTopics().isEmpty(), "/mainTopics", sink);
        missing(o.guidance().isEmpty(), "/guidance", sink);
        missing(o.hoursDistribution().isEmpty(), "/hoursDistribution", sink);
        if (Facts.isMicroCredential(o)) {
            assessment(o, sink);
        }
        missing(o.credentialsIssued().isEmpty(), "/credentialsIssued", sink);
        missing(o.credentialRequirements().isEmpty(), "/credentialRequirements", sink);
        missing(o.integration().isEmpty(), "/integration", sink);
        missing(o.industrySupport().isEmpty(), "/industrySupport", sink);
    }

    private static void teacherBios(List<Teacher> teachers, Sink sink) {
        for (int i = 0; i < teachers.size(); i++) {
            missing(teachers.get(i).bio().isEmpty(), "/teachers/" + i + "/bio", sink);
        }
    }

    /** Assessment strategy, assessed by teacher or automatically, authentication and ID verification. */
    private static void assessment(LearningOpportunity o, Sink sink) {
        missing(o.assessmentStrategy().isEmpty(), "/assessmentStrategy", sink);
        missing(o.assessments().isEmpty(), "/assessments", sink);
        List<Assessment> assessments = o.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            missing(assessments.get(i).assessedBy().isEmpty(), "/assessments/" + i + "/assessedBy", sink);
            missing(assessments.get(i).supervision().isEmpty(), "/assessments/" + i + "/supervision", sink);
        }
    }

    private static void missing(boolean absent, String pointer, Sink sink) {
        if (absent) {
            sink.report(pointer, null, pointer.substring(1));
        }
    }
}
