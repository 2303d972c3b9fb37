package io.github.microcredentials.core.internal.validation.digiprof;

import io.github.microcredentials.core.internal.validation.Check;
import io.github.microcredentials.core.internal.validation.Facts;
import io.github.microcredentials.core.internal.validation.Sink;
import io.github.microcredentials.core.internal.validation.Sources;
import io.github.microcredentials.core.internal.validation.Target;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.MicroCredential;
import java.util.List;

/**
 * DP-CONFIRM: each element of a credential can record who confirmed it (teacher, programme
 * committee, study department, management). A confirmation of an element the credential does not
 * carry confirms nothing, and is reported.
 */
public final class ConfirmationRule extends Check {

    /** Creates the rule. */
    public ConfirmationRule() {
        super("DP-CONFIRM", "Confirmations refer to elements the credential carries", Sources.DIGIPROF + ", §4.2",
                Target.CREDENTIAL);
    }

    @Override
    public void credential(MicroCredential credential, Sink sink) {
        List<Confirmation> confirmations = credential.confirmations();
        for (int i = 0; i < confirmations.size(); i++) {
            AnnexElement element = confirmations.get(i).element();
            if (!carries(credential, element)) {
                sink.report("/confirmations/" + i + "/element", element.ruleId(), element.ruleId(), element.title(),
                        confirmations.get(i).role().name());
            }
        }
    }

    private static boolean carries(MicroCredential mc, AnnexElement element) {
        switch (element) {
            case LEARNER: return mc.learner().isPresent();
            case TITLE: return mc.title().isPresent();
            case ISSUER_COUNTRY: return !mc.issuerCountries().isEmpty() || !mc.issuerRegions().isEmpty();
            case AWARDING_BODY: return !mc.awardingBodies().isEmpty();
            case ISSUE_DATE: return mc.issued().isPresent();
            case LEARNING_OUTCOMES: return !mc.learningOutcomes().isEmpty();
            case WORKLOAD: return mc.workload().isPresent();
            case LEVEL: return mc.level().isPresent();
            case ASSESSMENT_TYPE: return typed(mc.assessments());
            case PARTICIPATION_FORM: return mc.participationForm().isPresent();
            case QUALITY_ASSURANCE: return !mc.qualityAssurance().isEmpty();
            case PREREQUISITES: return mc.prerequisites().isPresent();
            case SUPERVISION: return supervised(mc.assessments());
            case GRADE: return Facts.hasGrade(mc);
            case STACKABILITY: return mc.integration().isPresent();
            case FURTHER_INFORMATION:
                return mc.furtherInformation().isPresent() || mc.furtherInformationUrl().isPresent();
            default: return true;
        }
    }

    private static boolean typed(List<Assessment> assessments) {
        for (Assessment assessment : assessments) {
            if (assessment.type().isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean supervised(List<Assessment> assessments) {
        for (Assessment assessment : assessments) {
            if (assessment.supervision().isPresent()) {
                return true;
            }
        }
        return false;
    }
}
