package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.LearningActivity;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import io.github.microcredentials.edc.internal.elm.GradeList;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads assessments (from the qualification's assessment specifications and the achievement's
 * graded assessments, matched by reference), the overall grade and the learning activities.
 */
final class AssessmentReader {

    private static final String ASSESSED_BY = "https://microcredentials.github.io/vocab/assessed-by/";

    /** An assessment being read: its specification first, its graded instance later. */
    private static final class Draft {
        String id;
        LocalizedString title;
        Assessment.Builder builder;
        Optional<GradingScheme> scheme = Optional.empty();
        boolean supervisionFromNote;

        Draft(String id, LocalizedString title) {
            this.id = id;
            this.title = title;
        }
    }

    private final String awardingProcess;
    private final Map<String, Draft> bySpecId = new LinkedHashMap<>();
    private final List<Draft> order = new ArrayList<>();
    private Optional<Grade> overall = Optional.empty();

    /** @param awardingProcess the identifier of the achievement's awarding process */
    AssessmentReader(String awardingProcess) {
        this.awardingProcess = awardingProcess;
    }

    /**
     * Reads {@code awardedBy}: a reference to the achievement's awarding process says nothing new;
     * a copy of it is reported as read there; another awarding process is reported as not carried.
     */
    static void sameAwarding(Obj node, String awardingProcess) {
        node.item("awardedBy").ifPresent(i -> {
            String id = i.value().isTextual() ? i.value().asText() : i.value().path("id").asText();
            boolean copy = i.value() instanceof com.fasterxml.jackson.databind.node.ObjectNode o && !node.state().visited(o);
            if (!id.equals(awardingProcess)) {
                node.state().unmapped(i.pointer(), "otherAwardingProcess");
            } else if (copy) {
                node.state().info(RuleIds.UNMAPPED, "repeatedAwardingProcess", i.pointer(),
                        Optional.of(id));
            }
            if (copy || !id.equals(awardingProcess)) {
                node.state().consumeTree(i.value());
            }
        });
    }

    void specifications(Obj qualification) {
        for (Obj spec : qualification.objects("provenBy")) {
            specification(spec, Optional.empty());
        }
    }

    private Draft specification(Obj spec, Optional<String> instanceId) {
        spec.expectType("LearningAssessmentSpecification");
        String nodeId = spec.id().orElse("");
        String id = instanceId.or(() -> LocalIds.modelId("learningAssessmentSpec", nodeId))
                .orElse(nodeId.isEmpty() ? "as-" + (order.size() + 1) : nodeId);
        LocalizedString title = Texts.text(spec, "title").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                spec.pointer(), "an assessment specification without \"title\""));
        Draft draft = new Draft(id, title);
        draft.builder = Assessment.builder(id, title);
        Texts.text(spec, "description").ifPresent(draft.builder::description);
        ConceptValue.read(spec, "dcType").ifPresent(c -> draft.builder.type(c.term(AssessmentType.vocabulary())));
        spec.object("gradingScheme").ifPresent(g -> draft.scheme = Optional.of(gradingScheme(g)));
        spec.object("proves").ifPresent(p -> {
            SpecReader.Part part = SpecReader.part(p);
            part.outcomes().forEach(draft.builder::assesses);
            part.credits().ifPresent(draft.builder::credits);
        });
        notes(spec, draft);
        bySpecId.put(nodeId, draft);
        order.add(draft);
        return draft;
    }

    private void notes(Obj spec, Draft draft) {
        for (NoteValue note : NoteValue.all(spec, "additionalNote")) {
            Optional<AssessmentType> type = note.term(AssessmentType.vocabulary());
            Optional<SupervisionVerification> supervision = note.term(SupervisionVerification.vocabulary());
            Optional<String> by = note.subject().map(s -> s.id().toString()).filter(s -> s.startsWith(ASSESSED_BY));
            if (type.isPresent()) {
                note.read();
                draft.builder.type(type.get());
            } else if (supervision.isPresent()) {
                note.read();
                draft.builder.supervision(supervision.get());
                draft.supervisionFromNote = true;
            } else if (by.isPresent() && assessedBy(by.get()).isPresent()) {
                note.read();
                draft.builder.assessedBy(assessedBy(by.get()).get());
            } else if (note.is(NoteSubject.GRADING_SCHEME_VALUES) && draft.scheme.isPresent()) {
                GradingScheme s = draft.scheme.get();
                draft.scheme = Optional.of(new GradingScheme(s.title(), s.description(), GradeList.split(note.code())));
            } else {
                note.unmapped();
            }
        }
    }

    private static Optional<AssessedBy> assessedBy(String uri) {
        String code = uri.substring(ASSESSED_BY.length()).toUpperCase(Locale.ROOT);
        for (AssessedBy by : AssessedBy.values()) {
            if (by.name().equals(code)) {
                return Optional.of(by);
            }
        }
        return Optional.empty();
    }

    private static GradingScheme gradingScheme(Obj scheme) {
        scheme.expectType("GradingScheme");
        scheme.auxiliaryId();
        LocalizedString title = Texts.text(scheme, "title").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                scheme.pointer(), "a grading scheme without \"title\""));
        return new GradingScheme(title, Texts.text(scheme, "description"), List.of());
    }

    /** The achievement's {@code provenBy}: graded assessments and the overall grade. */
    void instances(Obj achievement) {
        for (Obj instance : achievement.objects("provenBy")) {
            instance.expectType("LearningAssessment");
            if (isOverall(instance)) {
                overall(instance);
            } else {
                instance(instance);
            }
        }
    }

    private static boolean isOverall(Obj instance) {
        return instance.node().path("additionalNote").findValuesAsText("id").contains(NoteSubject.OVERALL_GRADE.uri().toString());
    }

    private void instance(Obj instance) {
        String nodeId = instance.id().orElse("");
        Optional<String> modelId = LocalIds.modelId("learningAssessment", nodeId);
        Optional<Obj.Item> specItem = instance.item("specifiedBy");
        Draft draft;
        if (specItem.isPresent() && specItem.get().value().isTextual() && bySpecId.containsKey(specItem.get().value().asText())) {
            draft = bySpecId.get(specItem.get().value().asText());
        } else if (specItem.isPresent() && specItem.get().value().isObject()) {
            draft = specification(instance.resolve(specItem.get()).orElseThrow(), modelId.or(() -> Optional.of(nodeId)));
        } else {
            specItem.ifPresent(i -> instance.state().unmapped(i.pointer(), "unknownAssessmentSpecification"));
            LocalizedString title = Texts.text(instance, "title").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                    instance.pointer(), "an assessment without \"title\""));
            draft = new Draft(modelId.orElse(nodeId), title);
            draft.builder = Assessment.builder(draft.id, title);
            order.add(draft);
        }
        titleOf(instance, draft.title);
        NoteValue.one(instance, "grade").ifPresent(g -> draft.builder.grade(new Grade(g.single(), draft.scheme)));
        ConceptValue.read(instance, "idVerification").ifPresent(c -> {
            if (draft.supervisionFromNote) {
                c.known();
            } else {
                draft.builder.supervision(c.term(SupervisionVerification.vocabulary()));
            }
        });
        sameAwarding(instance, awardingProcess);
        NoteValue.all(instance, "additionalNote").forEach(NoteValue::unmapped);
    }

    /** An instance's title is its specification's; a different one is reported. */
    private static void titleOf(Obj instance, LocalizedString specTitle) {
        instance.item("title").ifPresent(i -> {
            Optional<LocalizedString> title = Texts.text(instance.state(), i);
            if (title.isPresent() && !title.get().equals(specTitle)) {
                instance.state().unmapped(i.pointer(), "assessmentTitle");
            }
        });
    }

    private void overall(Obj instance) {
        instance.auxiliaryId();
        instance.items("title").forEach(i -> instance.state().consumeTree(i.value()));
        sameAwarding(instance, awardingProcess);
        NoteValue.all(instance, "additionalNote").forEach(n -> {
            if (n.is(NoteSubject.OVERALL_GRADE)) {
                n.read();
            } else {
                n.unmapped();
            }
        });
        Optional<GradingScheme> scheme = instance.object("specifiedBy").flatMap(spec -> {
            spec.expectType("LearningAssessmentSpecification");
            spec.auxiliaryId();
            spec.items("title").forEach(i -> spec.state().consumeTree(i.value()));
            Draft holder = new Draft("overall", LocalizedString.en("overall"));
            spec.object("gradingScheme").ifPresent(g -> holder.scheme = Optional.of(gradingScheme(g)));
            holder.builder = Assessment.builder("overall", holder.title);
            notes(spec, holder);
            return holder.scheme;
        });
        overall = NoteValue.one(instance, "grade").map(g -> new Grade(g.single(), scheme));
    }

    List<Assessment> assessments() {
        return order.stream().map(d -> d.builder.build()).toList();
    }

    Optional<Grade> overallGrade() {
        return overall;
    }

    static LearningActivity activity(Obj node, String awardingProcess) {
        node.expectType("LearningActivity");
        String nodeId = node.id().orElse("");
        String id = LocalIds.modelId("activity", nodeId).orElse(nodeId.isEmpty() ? "activity" : nodeId);
        LocalizedString title = Texts.text(node, "title").orElseThrow(() -> Obj.unchecked(Problem.MISSING_PROPERTY,
                node.pointer(), "a learning activity without \"title\""));
        Optional<LocalizedString> description = Texts.text(node, "description");
        Optional<java.time.Duration> workload = node.duration("workload");
        sameAwarding(node, awardingProcess);
        List<String> outcomes = new ArrayList<>();
        Optional<io.github.microcredentials.core.ects.EctsCredits> credits = Optional.empty();
        Optional<Obj> spec = node.object("specifiedBy");
        if (spec.isPresent() && spec.get().has("influences")) {
            spec.get().expectType("LearningActivitySpecification");
            spec.get().auxiliaryId();
            spec.get().items("title").forEach(i -> spec.get().state().consumeTree(i.value()));
            Optional<SpecReader.Part> part = spec.get().object("influences").map(SpecReader::part);
            outcomes.addAll(part.map(SpecReader.Part::outcomes).orElse(List.of()));
            credits = part.flatMap(SpecReader.Part::credits);
            workload = volume(spec.get(), workload);
        } else if (spec.isPresent()) {
            workload = specified(spec.get(), title, workload);
        }
        return new LearningActivity(id, title, description, workload, credits, outcomes);
    }

    /**
     * The specification of an activity that influences no achievement specification, as the EU
     * tools write one for every activity (title, volume of learning, type, mode, language): its title
     * and volume of learning are the activity's where they agree, and the volume of learning is the
     * activity's workload where the activity states none; a title or volume that disagrees, and the
     * members the model has no place for, are reported.
     */
    private static Optional<java.time.Duration> specified(Obj spec, LocalizedString title, Optional<java.time.Duration> workload) {
        spec.expectType("LearningActivitySpecification");
        spec.auxiliaryId();
        spec.item("title").ifPresent(i -> {
            if (!Texts.text(spec.state(), i).equals(Optional.of(title))) {
                spec.state().unmapped(i.pointer(), null);
            }
        });
        return volume(spec, workload);
    }

    /** The activity's workload, from its specification's volume of learning when it states none. */
    private static Optional<java.time.Duration> volume(Obj spec, Optional<java.time.Duration> workload) {
        if (!spec.has("volumeOfLearning")) {
            return workload;
        }
        if (workload.isEmpty()) {
            return spec.duration("volumeOfLearning");
        }
        Obj.Item volume = spec.item("volumeOfLearning").orElseThrow();
        String text = spec.string(volume);
        boolean same;
        try {
            same = java.time.Duration.parse(text).equals(workload.get());
        } catch (java.time.format.DateTimeParseException e) {
            // months or years: no length to compare with the workload
            same = false;
        }
        if (!same) {
            spec.state().unmapped(volume.pointer(), null);
        }
        return workload;
    }
}
