package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Concept;
import io.github.microcredentials.core.model.LearningOutcome;
import io.github.microcredentials.core.model.Level;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.IscedFCode;
import io.github.microcredentials.core.vocab.Language;
import io.github.microcredentials.core.vocab.OutcomeType;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Schemes;
import io.github.microcredentials.edc.internal.elm.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the parts of a specification that recur: level, credits, learning outcomes and their
 * skills, and the part specifications that tie activities and assessments to outcomes and credits.
 */
final class SpecReader {

    private SpecReader() {
    }

    static Optional<Level> level(Obj spec) {
        Optional<EqfLevel> eqf = ConceptValue.read(spec, "eqfLevel")
                .map(c -> c.requireScheme(Schemes.EQF).term(EqfLevel.vocabulary()));
        Optional<Concept> nqf = ConceptValue.read(spec, "nqfLevel").map(c -> {
            Concept concept = new Concept(c.id(), c.scheme(), c.label(), c.notation());
            c.known();
            return concept;
        });
        Optional<QfEheaCycle> cycle = Optional.empty();
        for (Obj.Item item : spec.items("educationLevel")) {
            ConceptValue concept = ConceptValue.read(spec.state(), item);
            Optional<QfEheaCycle> known = Terms.named(QfEheaCycle.vocabulary(), concept.id());
            if (known.isPresent() && cycle.isEmpty()) {
                concept.known();
                cycle = known;
            } else {
                spec.state().unmapped(item.pointer(), "educationLevel");
                spec.state().consumeTree(item.value());
            }
        }
        return eqf.isEmpty() && cycle.isEmpty() && nqf.isEmpty() ? Optional.empty() : Optional.of(new Level(eqf, cycle, nqf));
    }

    static Optional<IscedFCode> field(Obj spec) {
        return ConceptValue.read(spec, "thematicArea").map(c -> {
            c.requireScheme(Schemes.ISCED_F);
            try {
                IscedFCode code = IscedFCode.parse(c.id().toString());
                c.known();
                return code;
            } catch (IllegalArgumentException e) {
                throw Obj.unchecked(Problem.INVALID_VALUE, c.pointer(), "not an ISCED-F concept: " + c.id());
            }
        });
    }

    static List<Language> languages(Obj spec) {
        List<Language> languages = new ArrayList<>();
        for (Obj.Item item : spec.items("language")) {
            ConceptValue concept = ConceptValue.read(spec.state(), item).requireScheme(Schemes.LANGUAGE);
            try {
                languages.add(Terms.unlistedLanguage(concept.id()).orElseGet(() -> Language.parse(concept.id().toString())));
                concept.known();
            } catch (IllegalArgumentException e) {
                throw Obj.unchecked(Problem.INVALID_VALUE, item.pointer(), "not a language of the EU language table: " + concept.id());
            }
        }
        return languages;
    }

    /** The ECTS credits among the credit points; points in other frameworks are reported. */
    static Optional<EctsCredits> credits(Obj spec) {
        Optional<EctsCredits> ects = Optional.empty();
        for (Obj point : spec.objects("creditPoint")) {
            point.expectType("CreditPoint");
            point.auxiliaryId();
            Optional<ConceptValue> framework = ConceptValue.read(point, "framework");
            if (framework.isEmpty() || !framework.get().id().equals(Schemes.ECTS) || ects.isPresent()) {
                point.state().unmapped(point.pointer(), "creditPoints");
                point.state().consumeTree(point.node());
                continue;
            }
            framework.get().known();
            Obj.Item value = point.item("point").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY, point.pointer(),
                    "credit points without \"point\""));
            ects = Optional.of(ects(point.string(value), value.pointer()));
        }
        return ects;
    }

    static EctsCredits ects(String text, String pointer) {
        try {
            return EctsCredits.parse(text);
        } catch (IllegalArgumentException e) {
            throw Obj.unchecked(Problem.INVALID_VALUE, pointer, e.getMessage());
        }
    }

    static LearningOutcome outcome(Obj node, int index) {
        node.expectType("LearningOutcome");
        String id = node.id().map(i -> LocalIds.modelId("learningOutcome", i).orElse(i)).orElse("lo-" + (index + 1));
        LocalizedString text = Texts.text(node, "title").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                node.pointer(), "a learning outcome without \"title\""));
        LearningOutcome.Builder outcome = LearningOutcome.builder(id, text);
        skills(node).forEach(outcome::addSkill);
        for (NoteValue note : NoteValue.all(node, "additionalNote")) {
            Optional<OutcomeType> type = note.term(OutcomeType.vocabulary());
            if (type.isPresent()) {
                note.read();
                outcome.type(type.get());
            } else if (note.is(NoteSubject.OUTCOME_VERB)) {
                outcome.verb(note.single());
            } else if (note.is(NoteSubject.OUTCOME_SUBJECT)) {
                outcome.subject(note.single());
            } else if (note.is(NoteSubject.OUTCOME_STANDARD)) {
                outcome.standard(note.single());
            } else if (note.is(NoteSubject.OUTCOME_CONTEXT)) {
                outcome.context(note.single());
            } else {
                note.unmapped();
            }
        }
        return outcome.build();
    }

    /** Whether an outcome node is the library's carrier of the credential's own skill tags. */
    static boolean isSkillTags(Obj node) {
        return node.node().path("additionalNote").findValuesAsText("id").contains(NoteSubject.SKILL_TAGS.uri().toString());
    }

    static List<Skill> skillTags(Obj node) {
        node.expectType("LearningOutcome");
        node.auxiliaryId();
        node.items("title").forEach(i -> node.state().consumeTree(i.value()));
        List<Skill> skills = skills(node);
        NoteValue.all(node, "additionalNote").forEach(n -> {
            if (n.is(NoteSubject.SKILL_TAGS)) {
                n.read();
            } else {
                n.unmapped();
            }
        });
        return skills;
    }

    private static List<Skill> skills(Obj node) {
        List<Skill> skills = new ArrayList<>();
        for (Obj.Item item : node.items("relatedESCOSkill")) {
            ConceptValue concept = ConceptValue.read(node.state(), item).expectScheme(Schemes.ESCO_SKILLS);
            skills.add(skill(concept));
        }
        for (Obj.Item item : node.items("relatedSkill")) {
            skills.add(skill(ConceptValue.read(node.state(), item)));
        }
        return skills;
    }

    private static Skill skill(ConceptValue concept) {
        Skill skill = new Skill(concept.id(), concept.label());
        concept.known();
        return skill;
    }

    /** What a part specification says: the outcomes (by model identifier) and the credits. */
    record Part(List<String> outcomes, Optional<EctsCredits> credits) {
    }

    static Part part(Obj spec) {
        spec.expectType("LearningAchievementSpecification", "Qualification");
        spec.auxiliaryId();
        spec.items("title").forEach(i -> spec.state().consumeTree(i.value()));
        List<String> outcomes = new ArrayList<>();
        for (Obj.Item item : spec.items("learningOutcome")) {
            String id = item.value().isTextual() ? item.value().asText() : item.value().path("id").asText();
            if (item.value().isObject()) {
                spec.state().consumeTree(item.value());
            }
            outcomes.add(LocalIds.modelId("learningOutcome", id).orElse(id));
        }
        return new Part(outcomes, credits(spec));
    }
}
