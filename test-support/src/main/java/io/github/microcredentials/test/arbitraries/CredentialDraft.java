package io.github.microcredentials.test.arbitraries;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.AnnexElement;
import io.github.microcredentials.core.model.Confirmation;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Teacher;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a credential before it is built, so that a violation can take one element away or
 * change it and the rest stays as generated. Built through the public builder only. A fresh draft
 * is made for every generated value; violations work on copies.
 */
final class CredentialDraft {

    URI id = URI.create("urn:uuid:00000000-0000-0000-0000-000000000001");
    CredentialKind kind = CredentialKind.MICRO_CREDENTIAL;
    @Nullable Learner learner;
    @Nullable LocalizedString title;
    @Nullable LocalizedString description;
    List<Country> countries = List.of();
    List<Organisation> awardingBodies = List.of();
    @Nullable OffsetDateTime issued;
    List<Parts.OutcomeSpec> outcomes = List.of();
    /** An outcome that no assessment assesses, added after the others (a HE-ALIGN violation). */
    boolean unassessedOutcome;
    @Nullable Workload workload;
    @Nullable Level level;
    List<Parts.AssessmentSpec> assessments = List.of();
    @Nullable ParticipationForm participationForm;
    List<QualityAssurance> qualityAssurance = List.of();
    @Nullable LocalizedString prerequisites;
    @Nullable Grade grade;
    @Nullable Integration integration;
    @Nullable LocalizedString furtherInformation;
    List<Language> languages = List.of();
    @Nullable IscedFCode fieldOfStudy;
    List<Skill> skills = List.of();
    @Nullable FormOfStudy formOfStudy;
    List<Teacher> teachers = List.of();
    @Nullable String placeOfIssue;
    List<Confirmation> confirmations = List.of();

    CredentialDraft copy() {
        CredentialDraft c = new CredentialDraft();
        c.id = id;
        c.kind = kind;
        c.learner = learner;
        c.title = title;
        c.description = description;
        c.countries = countries;
        c.awardingBodies = awardingBodies;
        c.issued = issued;
        c.outcomes = outcomes;
        c.unassessedOutcome = unassessedOutcome;
        c.workload = workload;
        c.level = level;
        c.assessments = assessments;
        c.participationForm = participationForm;
        c.qualityAssurance = qualityAssurance;
        c.prerequisites = prerequisites;
        c.grade = grade;
        c.integration = integration;
        c.furtherInformation = furtherInformation;
        c.languages = languages;
        c.fieldOfStudy = fieldOfStudy;
        c.skills = skills;
        c.formOfStudy = formOfStudy;
        c.teachers = teachers;
        c.placeOfIssue = placeOfIssue;
        c.confirmations = confirmations;
        return c;
    }

    /** Drops the confirmations of an element the violation takes away (rule DP-CONFIRM would fire too). */
    CredentialDraft unconfirm(AnnexElement element) {
        confirmations = confirmations.stream().filter(c -> c.element() != element).toList();
        return this;
    }

    MicroCredential build() {
        List<LearningOutcome> builtOutcomes = new ArrayList<>(Parts.built(outcomes));
        EctsCredits assessmentCredits = workload == null ? null
                : workload.split().map(s -> s.assessment()).orElse(null);
        MicroCredential.Builder b = MicroCredential.builder(id).kind(kind).learner(learner).title(title)
                .description(description).issuerCountries(countries).awardingBodies(awardingBodies).issued(issued)
                .workload(workload).level(level)
                .assessments(Parts.aligned(assessments, builtOutcomes.size(), assessmentCredits))
                .participationForm(participationForm).qualityAssurance(qualityAssurance).prerequisites(prerequisites)
                .grade(grade).integration(integration).furtherInformation(furtherInformation).languages(languages)
                .fieldOfStudy(fieldOfStudy).skills(skills).formOfStudy(formOfStudy).teachers(teachers)
                .placeOfIssue(placeOfIssue).confirmations(confirmations);
        if (unassessedOutcome) {
            builtOutcomes.add(new Parts.OutcomeSpec("evaluate", "the outcome no assessment covers",
                    io.github.microcredentials.core.vocab.OutcomeType.SKILLS).build("lo-" + (builtOutcomes.size() + 1)));
        }
        return b.learningOutcomes(builtOutcomes).build();
    }
}
