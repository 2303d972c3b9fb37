package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.Stackability;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The extension terms of the Achievement into the model: the inverse of {@link PartsWriter}. */
final class PartsReader {

    private final String language;

    PartsReader(String language) {
        this.language = language;
    }

    void read(In in, MicroCredential.Builder mc) throws CredentialParseException {
        List<LearningOutcome> outcomes = new ArrayList<>();
        for (In outcome : in.objects(Terms.LEARNING_OUTCOME)) {
            outcomes.add(outcome(outcome));
        }
        mc.learningOutcomes(outcomes);
        List<LearningActivity> activities = new ArrayList<>();
        for (In activity : in.objects(Terms.LEARNING_ACTIVITY)) {
            activities.add(activity(activity));
        }
        mc.learningActivities(activities);
        in.text(Terms.PARTICIPATION_FORM).map(ParticipationForm::parse).ifPresent(mc::participationForm);
        in.text(Terms.LEARNING_SETTING).map(LearningSetting::parse).ifPresent(mc::learningSetting);
        in.text(Terms.FORM_OF_STUDY).map(FormOfStudy::parse).ifPresent(mc::formOfStudy);
        List<QualityAssurance> qa = new ArrayList<>();
        for (In node : in.objects(Terms.QUALITY_ASSURANCE)) {
            qa.add(qualityAssurance(node));
        }
        mc.qualityAssurance(qa);
        mc.prerequisites(in.languageMap(Terms.PREREQUISITES).orElse(null));
        Optional<In> integration = in.object(Terms.INTEGRATION);
        if (integration.isPresent()) {
            mc.integration(integration(integration.get()));
        }
        mc.furtherInformation(in.languageMap(Terms.FURTHER_INFORMATION).orElse(null));
        mc.furtherInformationUrl(uri(in, Terms.FURTHER_INFORMATION_URL).orElse(null));
        List<Teacher> teachers = new ArrayList<>();
        for (In teacher : in.objects(Terms.TEACHER)) {
            String name = teacher.requiredText("name");
            Optional<LocalizedString> bio = teacher.languageMap(Terms.DESCRIPTION_MAP);
            teachers.add(teacher.strict("name", name, n -> new Teacher(n, bio)));
        }
        mc.teachers(teachers);
    }

    private LearningOutcome outcome(In in) throws CredentialParseException {
        String id = in.requiredText(Terms.LOCAL_ID);
        LocalizedString text = in.languageMap(Terms.STATEMENT).orElseThrow(() -> in.missing(Terms.STATEMENT));
        LearningOutcome.Builder outcome = in.strict(Terms.LOCAL_ID, id, i -> LearningOutcome.builder(i, text))
                .verb(in.text(Terms.OUTCOME_VERB).orElse(null))
                .type(in.text(Terms.OUTCOME_TYPE).map(OutcomeType::parse).orElse(null))
                .subject(in.text(Terms.OUTCOME_SUBJECT).orElse(null))
                .standard(in.text(Terms.OUTCOME_STANDARD).orElse(null))
                .context(in.text(Terms.OUTCOME_CONTEXT).orElse(null));
        for (In alignment : in.objects("alignment")) {
            Optional<Skill> skill = AchievementReader.skill(alignment, language);
            skill.ifPresent(outcome::addSkill);
        }
        return in.strict(Terms.LOCAL_ID, outcome, LearningOutcome.Builder::build);
    }

    private static LearningActivity activity(In in) throws CredentialParseException {
        String id = in.requiredText(Terms.LOCAL_ID);
        LocalizedString title = in.languageMap(Terms.NAME_MAP).orElseThrow(() -> in.missing(Terms.NAME_MAP));
        Optional<LocalizedString> description = in.languageMap(Terms.DESCRIPTION_MAP);
        var workload = AchievementReader.duration(in, Terms.NOTIONAL_WORKLOAD);
        var credits = AchievementReader.ects(in, Terms.ECTS_CREDITS);
        List<String> outcomes = in.texts(Terms.SERVES_OUTCOME);
        return in.strict(Terms.LOCAL_ID, id,
                i -> new LearningActivity(i, title, description, workload, credits, outcomes));
    }

    private static QualityAssurance qualityAssurance(In in) throws CredentialParseException {
        QualityAssuranceType type = in.text(Terms.QUALITY_ASSURANCE_TYPE).map(QualityAssuranceType::parse)
                .orElseThrow(() -> in.missing(Terms.QUALITY_ASSURANCE_TYPE));
        return new QualityAssurance(type, in.languageMap(Terms.DESCRIPTION_MAP),
                in.languageMap(Terms.QUALITY_ASSURANCE_AGENCY), uri(in, Terms.QUALITY_ASSURANCE_REPORT));
    }

    private static Integration integration(In in) throws CredentialParseException {
        Stackability option = in.text(Terms.STACKABILITY).map(Stackability::parse)
                .orElseThrow(() -> in.missing(Terms.STACKABILITY));
        List<URI> towards = new ArrayList<>();
        for (String text : in.texts(Terms.STACKABLE_TOWARDS)) {
            towards.add(in.strict(Terms.STACKABLE_TOWARDS, text, Uris::absolute));
        }
        return new Integration(option, towards, in.languageMap(Terms.DESCRIPTION_MAP));
    }

    static Optional<URI> uri(In in, String name) throws CredentialParseException {
        Optional<String> text = in.text(name);
        return text.isEmpty() ? Optional.empty() : Optional.of(in.strict(name, text.get(), Uris::absolute));
    }
}
