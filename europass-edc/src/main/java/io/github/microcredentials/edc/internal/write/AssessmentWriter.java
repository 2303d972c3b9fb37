package io.github.microcredentials.edc.internal.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.AssessedBy;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.Grade;
import io.github.microcredentials.core.model.GradingScheme;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.vocab.AssessmentType;
import io.github.microcredentials.core.vocab.SupervisionVerification;
import io.github.microcredentials.edc.internal.elm.GradeList;
import io.github.microcredentials.edc.internal.elm.LocalIds;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import io.github.microcredentials.edc.internal.elm.Terms;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes assessments. Each is a {@code LearningAssessmentSpecification} among the qualification's
 * {@code provenBy} (type, grading scheme, the outcomes and credits it proves); an assessment with a
 * grade is also a {@code LearningAssessment} the achievement is {@code provenBy}, with the grade and
 * the supervision as {@code idVerification} (ELM requires a grade on every such assessment).
 */
final class AssessmentWriter {

    /** The scheme of the library's concepts for who assessed. */
    static final String ASSESSED_BY = "https://microcredentials.github.io/vocab/assessed-by";

    private final Nodes nodes;
    private final SpecWriter specs;
    private final String awardingProcess;

    AssessmentWriter(Nodes nodes, SpecWriter specs, String awardingProcess) {
        this.nodes = nodes;
        this.specs = specs;
        this.awardingProcess = awardingProcess;
    }

    ObjectNode specification(Assessment assessment) {
        ObjectNode spec = nodes.node(LocalIds.of("learningAssessmentSpec", assessment.id()), "LearningAssessmentSpecification");
        spec.set("title", nodes.text(assessment.title()));
        assessment.description().ifPresent(d -> spec.set("description", nodes.text(d)));
        assessment.type().ifPresent(t -> spec.set("dcType", nodes.euTerm(AssessmentType.vocabulary(), t)));
        assessment.grade().flatMap(Grade::scheme).ifPresent(s -> spec.set("gradingScheme", gradingScheme(s)));
        specs.part(assessment.title(), assessment.assessedOutcomes(), assessment.credits())
                .ifPresent(p -> spec.set("proves", nodes.array().add(p)));
        ArrayNode notes = nodes.array();
        assessment.type().filter(t -> Terms.needsPreciseNote(AssessmentType.vocabulary(), t))
                .ifPresent(t -> notes.add(nodes.termNote(AssessmentType.vocabulary(), t)));
        assessment.supervision().ifPresent(s -> notes.add(nodes.termNote(SupervisionVerification.vocabulary(), s)));
        assessment.assessedBy().ifPresent(a -> notes.add(assessedBy(a)));
        assessment.grade().flatMap(Grade::scheme).filter(s -> !s.allowedValues().isEmpty())
                .ifPresent(s -> notes.add(nodes.note(NoteSubject.GRADING_SCHEME_VALUES, nodes.code(GradeList.join(s.allowedValues())))));
        Nodes.setNonEmpty(spec, "additionalNote", notes);
        return spec;
    }

    /** The graded assessment the achievement is proven by, or empty for an assessment without a grade. */
    Optional<ObjectNode> instance(Assessment assessment) {
        return assessment.grade().map(grade -> {
            ObjectNode node = nodes.node(LocalIds.of("learningAssessment", assessment.id()), "LearningAssessment");
            node.set("title", nodes.text(assessment.title()));
            node.set("grade", nodes.note(nodes.text(grade.value()), null));
            assessment.supervision().ifPresent(s -> node.set("idVerification", nodes.euTerm(SupervisionVerification.vocabulary(), s)));
            node.put("awardedBy", awardingProcess);
            node.put("specifiedBy", LocalIds.of("learningAssessmentSpec", assessment.id()));
            return node;
        });
    }

    /** The credential's overall grade, as an assessment marked by a note. */
    ObjectNode overall(Grade grade, Optional<LocalizedString> title) {
        ObjectNode node = nodes.node(nodes.newId("overallGrade"), "LearningAssessment");
        LocalizedString name = title.orElse(LocalizedString.en(NoteSubject.OVERALL_GRADE.label()));
        node.set("title", nodes.text(name));
        node.set("grade", nodes.note(nodes.text(grade.value()), null));
        node.put("awardedBy", awardingProcess);
        node.set("additionalNote", nodes.array().add(nodes.note(NoteSubject.OVERALL_GRADE,
                nodes.object().put("en", NoteSubject.OVERALL_GRADE.label()))));
        grade.scheme().ifPresent(scheme -> {
            ObjectNode spec = nodes.node(nodes.newId("overallGradeSpec"), "LearningAssessmentSpecification");
            spec.set("title", nodes.text(name));
            spec.set("gradingScheme", gradingScheme(scheme));
            if (!scheme.allowedValues().isEmpty()) {
                spec.set("additionalNote", nodes.array().add(nodes.note(NoteSubject.GRADING_SCHEME_VALUES,
                        nodes.code(GradeList.join(scheme.allowedValues())))));
            }
            node.set("specifiedBy", spec);
        });
        return node;
    }

    private ObjectNode gradingScheme(GradingScheme scheme) {
        ObjectNode node = nodes.node(nodes.newId("gradingScheme"), "GradingScheme");
        node.set("title", nodes.text(scheme.title()));
        scheme.description().ifPresent(d -> node.set("description", nodes.text(d)));
        return node;
    }

    private ObjectNode assessedBy(AssessedBy by) {
        String code = by.name().toLowerCase(Locale.ROOT);
        String label = by == AssessedBy.TEACHER ? "Assessed by a teacher" : "Assessed automatically";
        return nodes.note(nodes.object().put("en", label), nodes.concept(URI.create(ASSESSED_BY + "/" + code), label));
    }
}
