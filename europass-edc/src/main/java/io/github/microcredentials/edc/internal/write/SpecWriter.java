package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Integration;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.QualityAssurance;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.FormOfStudy;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import io.github.microcredentials.core.vocab.QualityAssuranceType;
import io.github.microcredentials.core.vocab.Stackability;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the achievement's specification as an ELM {@code Qualification} (the class that can
 * state an EQF level): title, level, field, languages, setting, mode, credits, volume of learning,
 * entry requirements, learning outcomes, the assessment specifications, and the notes that carry
 * what ELM has no property for (form of study, dual ECTS, quality assurance, stackability).
 */
final class SpecWriter {

    private final Nodes nodes;

    SpecWriter(Nodes nodes) {
        this.nodes = nodes;
    }

    ObjectNode qualification(MicroCredential mc, ArrayNode assessmentSpecs) {
        ObjectNode spec = nodes.node(mc.specification().map(URI::toString)
                .orElseGet(() -> nodes.newId("qualification")), "Qualification");
        mc.title().ifPresent(t -> spec.set("title", nodes.text(t)));
        mc.kind().learningOpportunityType().ifPresent(type -> spec.set("dcType", nodes.array()
                .add(nodes.concept(type, Schemes.learningOpportunityLabel(type)))));
        mc.level().ifPresent(level -> level(spec, level));
        mc.fieldOfStudy().ifPresent(f -> spec.set("thematicArea", nodes.array().add(nodes.concept(f.europassUri(), null))));
        ArrayNode languages = nodes.array();
        mc.languages().forEach(l -> languages.add(nodes.language(l)));
        Nodes.setNonEmpty(spec, "language", languages);
        mc.learningSetting().ifPresent(s -> spec.set("learningSetting", nodes.euTermInScheme(LearningSetting.vocabulary(), s)));
        mc.participationForm().ifPresent(f -> spec.set("mode", nodes.array().add(nodes.euTerm(ParticipationForm.vocabulary(), f))));
        mc.workload().ifPresent(w -> workload(spec, w));
        mc.prerequisites().ifPresent(p -> spec.set("entryRequirement", nodes.note(nodes.text(p), null)));
        ArrayNode outcomes = nodes.array();
        mc.learningOutcomes().forEach(o -> outcomes.add(outcome(o)));
        if (!mc.skills().isEmpty()) {
            outcomes.add(skillTags(mc.skills()));
        }
        Nodes.setNonEmpty(spec, "learningOutcome", outcomes);
        Nodes.setNonEmpty(spec, "provenBy", assessmentSpecs);
        Nodes.setNonEmpty(spec, "additionalNote", notes(mc));
        return spec;
    }

    private void level(ObjectNode spec, Level level) {
        level.eqf().ifPresent(e -> spec.set("eqfLevel", nodes.euTermInScheme(EqfLevel.vocabulary(), e)));
        level.nqf().ifPresent(n -> spec.set("nqfLevel", nodes.array().add(
                nodes.concept(n.uri(), n.scheme().orElse(Schemes.QDR), n.label(), n.notation()))));
        level.cycle().ifPresent(c -> spec.set("educationLevel", nodes.array().add(nodes.ownTerm(QfEheaCycle.vocabulary(), c))));
    }

    private void workload(ObjectNode spec, Workload workload) {
        workload.credits().ifPresent(c -> spec.set("creditPoint", nodes.array().add(nodes.creditPoint(c))));
        workload.hours().ifPresent(h -> spec.put("volumeOfLearning", h.toString()));
    }

    ObjectNode outcome(LearningOutcome outcome) {
        ObjectNode node = nodes.node(LocalIds.of("learningOutcome", outcome.id()), "LearningOutcome");
        node.set("title", nodes.text(outcome.text()));
        skills(node, outcome.skills());
        ArrayNode notes = nodes.array();
        outcome.type().ifPresent(t -> notes.add(nodes.termNote(OutcomeType.vocabulary(), t)));
        outcome.verb().ifPresent(v -> notes.add(nodes.note(NoteSubject.OUTCOME_VERB, nodes.text(v))));
        outcome.subject().ifPresent(v -> notes.add(nodes.note(NoteSubject.OUTCOME_SUBJECT, nodes.text(v))));
        outcome.standard().ifPresent(v -> notes.add(nodes.note(NoteSubject.OUTCOME_STANDARD, nodes.text(v))));
        outcome.context().ifPresent(v -> notes.add(nodes.note(NoteSubject.OUTCOME_CONTEXT, nodes.text(v))));
        Nodes.setNonEmpty(node, "additionalNote", notes);
        return node;
    }

    /** The credential's own skill tags, as a learning outcome marked by a note. */
    private ObjectNode skillTags(List<Skill> skills) {
        ObjectNode node = nodes.node(nodes.newId("skillTags"), "LearningOutcome");
        node.set("title", nodes.object().put("en", NoteSubject.SKILL_TAGS.label()));
        skills(node, skills);
        node.set("additionalNote", nodes.array().add(nodes.note(NoteSubject.SKILL_TAGS,
                nodes.object().put("en", NoteSubject.SKILL_TAGS.label()))));
        return node;
    }

    /** ESCO skills as {@code relatedESCOSkill} (the shapes require the ESCO scheme there), others as {@code relatedSkill}. */
    private void skills(ObjectNode node, List<Skill> skills) {
        ArrayNode esco = nodes.array();
        ArrayNode other = nodes.array();
        for (Skill skill : skills) {
            (skill.isEsco() ? esco : other).add(nodes.concept(skill.uri(), Schemes.of(skill.uri()), skill.label(), Optional.empty()));
        }
        Nodes.setNonEmpty(node, "relatedESCOSkill", esco);
        Nodes.setNonEmpty(node, "relatedSkill", other);
    }

    /** A specification of part of the credential: the outcomes and credits of an activity or an assessment. */
    Optional<ObjectNode> part(LocalizedString title, List<String> outcomeIds, Optional<EctsCredits> credits) {
        if (outcomeIds.isEmpty() && credits.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode part = nodes.node(nodes.newId("learningAchievementSpec"), "LearningAchievementSpecification");
        part.set("title", nodes.text(title));
        credits.ifPresent(c -> part.set("creditPoint", nodes.array().add(nodes.creditPoint(c))));
        ArrayNode refs = nodes.array();
        outcomeIds.forEach(id -> refs.add(LocalIds.of("learningOutcome", id)));
        Nodes.setNonEmpty(part, "learningOutcome", refs);
        return Optional.of(part);
    }

    private ArrayNode notes(MicroCredential mc) {
        ArrayNode notes = nodes.array();
        mc.formOfStudy().ifPresent(f -> notes.add(nodes.termNote(FormOfStudy.vocabulary(), f)));
        mc.workload().flatMap(Workload::split).ifPresent(split -> notes.add(nodes.note(NoteSubject.DUAL_ECTS,
                nodes.code(split.learningActivities().value().toPlainString() + " + "
                        + split.assessment().value().toPlainString()))));
        mc.qualityAssurance().forEach(qa -> qualityAssurance(notes, qa));
        mc.integration().ifPresent(i -> integration(notes, i));
        return notes;
    }

    private void qualityAssurance(ArrayNode notes, QualityAssurance qa) {
        notes.add(nodes.termNote(QualityAssuranceType.vocabulary(), qa.type()));
        qa.description().ifPresent(d -> notes.add(nodes.note(NoteSubject.QUALITY_ASSURANCE_DESCRIPTION, nodes.text(d))));
        qa.agency().ifPresent(a -> notes.add(nodes.note(NoteSubject.QUALITY_ASSURANCE_AGENCY, nodes.text(a))));
        qa.reference().ifPresent(r -> notes.add(nodes.note(NoteSubject.QUALITY_ASSURANCE_REFERENCE, nodes.code(r.toString()))));
    }

    private void integration(ArrayNode notes, Integration integration) {
        notes.add(nodes.termNote(Stackability.vocabulary(), integration.option()));
        integration.description().ifPresent(d -> notes.add(nodes.note(NoteSubject.STACKABILITY_DESCRIPTION, nodes.text(d))));
        if (!integration.stackableTowards().isEmpty()) {
            notes.add(nodes.note(NoteSubject.STACKABLE_TOWARDS, nodes.code(integration.stackableTowards().stream()
                    .map(URI::toString).collect(Collectors.joining(" ")))));
        }
    }
}
