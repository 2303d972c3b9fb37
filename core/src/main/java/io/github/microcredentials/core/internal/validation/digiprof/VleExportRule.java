package io.github.microcredentials.core.internal.validation.digiprof;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.MicroCredential;

/**
 * DP-VLE: the data a learning environment exports to a digital micro-credential (DigiProf §5.2)
 * are on the credential: course title, issuing institution with its faculty or department,
 * teacher's name, scope in ECTS, volume in hours, language, learning outcomes, mode and form of
 * learning, grade and place of issue. One finding per missing field. "Credentials that are issued"
 * is the credential's kind, always present; "estimated duration" belongs to the learning
 * opportunity (rule DP-DESC). A non-credit badge is not expected to show ECTS (rule HE-BADGE).
 */
public final class VleExportRule extends Check {

    /** Creates the rule. */
    public VleExportRule() {
        super("DP-VLE", "The data exportable from the learning environment are on the credential",
                Sources.DIGIPROF + ", §5.2", Target.CREDENTIAL);
    }

    @Override
    public void credential(MicroCredential mc, Sink sink) {
        missing(mc.title().isEmpty(), "/title", sink);
        if (mc.awardingBodies().isEmpty()) {
            missing(true, "/awardingBodies", sink);
        } else {
            missing(mc.awardingBodies().get(0).department().isEmpty(), "/awardingBodies/0/department", sink);
        }
        missing(mc.teachers().isEmpty(), "/teachers", sink);
        missing(Facts.isMicroCredential(mc) && Facts.credits(mc.workload()).isEmpty(), "/workload/credits", sink);
        missing(Facts.hours(mc.workload()).isEmpty(), "/workload/hours", sink);
        missing(mc.languages().isEmpty(), "/languages", sink);
        missing(mc.learningOutcomes().isEmpty(), "/learningOutcomes", sink);
        missing(mc.participationForm().isEmpty(), "/participationForm", sink);
        missing(mc.formOfStudy().isEmpty(), "/formOfStudy", sink);
        missing(!Facts.hasGrade(mc), "/grade", sink);
        missing(mc.placeOfIssue().isEmpty(), "/placeOfIssue", sink);
    }

    private static void missing(boolean absent, String pointer, Sink sink) {
        if (absent) {
            sink.report(pointer, null, pointer.substring(1));
        }
    }
}
