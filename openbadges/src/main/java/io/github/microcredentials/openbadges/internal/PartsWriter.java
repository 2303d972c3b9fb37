package io.github.microcredentials.openbadges.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Teacher;

/**
 * The Annex I elements and other parts of a micro-credential that Open Badges has no term for,
 * written with the extension terms on the Achievement.
 */
final class PartsWriter {

    private final String language;
    private final boolean creditBearing;
    private final AlignmentWriter alignments;

    PartsWriter(String language, boolean creditBearing) {
        this.language = language;
        this.creditBearing = creditBearing;
        this.alignments = new AlignmentWriter(language);
    }

    void describe(ObjectNode node, MicroCredential mc) {
        Nodes.putArray(node, Terms.LEARNING_OUTCOME, mc.learningOutcomes(), this::outcome);
        Nodes.putArray(node, Terms.LEARNING_ACTIVITY, mc.learningActivities(), this::activity);
        mc.participationForm().ifPresent(form -> node.put(Terms.PARTICIPATION_FORM, Nodes.term(form)));
        mc.learningSetting().ifPresent(setting -> node.put(Terms.LEARNING_SETTING, Nodes.term(setting)));
        mc.formOfStudy().ifPresent(form -> node.put(Terms.FORM_OF_STUDY, Nodes.term(form)));
        Nodes.putArray(node, Terms.QUALITY_ASSURANCE, mc.qualityAssurance(), PartsWriter::qualityAssurance);
        Nodes.putMap(node, Terms.PREREQUISITES, mc.prerequisites());
        mc.integration().ifPresent(integration -> node.set(Terms.INTEGRATION, integration(integration)));
        Nodes.putMap(node, Terms.FURTHER_INFORMATION, mc.furtherInformation());
        mc.furtherInformationUrl().ifPresent(url -> node.put(Terms.FURTHER_INFORMATION_URL, url.toString()));
        Nodes.putArray(node, Terms.TEACHER, mc.teachers(), PartsWriter::teacher);
    }

    private ObjectNode outcome(LearningOutcome outcome) {
        ObjectNode node = Nodes.object();
        node.put(Terms.LOCAL_ID, outcome.id());
        node.set(Terms.STATEMENT, Nodes.languageMap(outcome.text()));
        Nodes.putText(node, Terms.OUTCOME_VERB, outcome.verb());
        outcome.type().ifPresent(type -> node.put(Terms.OUTCOME_TYPE, Nodes.term(type)));
        Nodes.putText(node, Terms.OUTCOME_SUBJECT, outcome.subject());
        Nodes.putText(node, Terms.OUTCOME_STANDARD, outcome.standard());
        Nodes.putText(node, Terms.OUTCOME_CONTEXT, outcome.context());
        Nodes.putArray(node, "alignment", outcome.skills(), alignments::skill);
        return node;
    }

    private ObjectNode activity(LearningActivity activity) {
        ObjectNode node = Nodes.object();
        node.put(Terms.LOCAL_ID, activity.id());
        node.set(Terms.NAME_MAP, Nodes.languageMap(activity.title()));
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, activity.description());
        activity.workload().ifPresent(hours -> node.put(Terms.NOTIONAL_WORKLOAD, hours.toString()));
        if (creditBearing) {
            activity.credits().ifPresent(credits -> Nodes.putEcts(node, Terms.ECTS_CREDITS, credits));
        }
        Nodes.putArray(node, Terms.SERVES_OUTCOME, activity.outcomes(), id -> id);
        return node;
    }

    private static ObjectNode qualityAssurance(QualityAssurance qa) {
        ObjectNode node = Nodes.object();
        node.put(Terms.QUALITY_ASSURANCE_TYPE, Nodes.term(qa.type()));
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, qa.description());
        Nodes.putMap(node, Terms.QUALITY_ASSURANCE_AGENCY, qa.agency());
        qa.reference().ifPresent(url -> node.put(Terms.QUALITY_ASSURANCE_REPORT, url.toString()));
        return node;
    }

    private static ObjectNode integration(Integration integration) {
        ObjectNode node = Nodes.object();
        node.put(Terms.STACKABILITY, Nodes.term(integration.option()));
        Nodes.putArray(node, Terms.STACKABLE_TOWARDS, integration.stackableTowards(), Object::toString);
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, integration.description());
        return node;
    }

    private static ObjectNode teacher(Teacher teacher) {
        ObjectNode node = Nodes.object();
        node.put("name", teacher.name());
        Nodes.putMap(node, Terms.DESCRIPTION_MAP, teacher.bio());
        return node;
    }
}
