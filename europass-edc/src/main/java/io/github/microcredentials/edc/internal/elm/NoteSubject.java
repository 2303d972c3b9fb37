package io.github.microcredentials.edc.internal.elm;

import java.net.URI;
import java.util.Optional;

/**
 * The subjects of the notes by which the library carries model data that ELM v3 has no property
 * for. Each such datum is an {@code additionalNote} whose {@code subject} is one of these concepts
 * (scheme {@value #SCHEME}); a "head" note (subject: a vocabulary term or {@link #TEACHER},
 * {@link #CONFIRMATION}) may be followed by "detail" notes that belong to it. Documented in the
 * README mapping table.
 */
public enum NoteSubject {
    FURTHER_INFORMATION("further-information", "More information"),
    OUTCOME_VERB("verb", "Active verb"),
    OUTCOME_SUBJECT("outcome-subject", "Subject of the learning outcome"),
    OUTCOME_STANDARD("standard", "Standard of performance"),
    OUTCOME_CONTEXT("context", "Context of the learning outcome"),
    SKILL_TAGS("skill-tags", "Skills of the micro-credential"),
    DUAL_ECTS("dual-ects", "ECTS credits of learning activities and assessment"),
    GRADING_SCHEME_VALUES("grading-scheme-values", "Grades of the grading scheme"),
    OVERALL_GRADE("overall-grade", "Overall grade"),
    QUALITY_ASSURANCE_DESCRIPTION("quality-assurance-description", "Quality assurance"),
    QUALITY_ASSURANCE_AGENCY("quality-assurance-agency", "Quality assurance agency"),
    QUALITY_ASSURANCE_REFERENCE("quality-assurance-reference", "Quality assurance reference"),
    STACKABILITY_DESCRIPTION("stackability-description", "Integration and stackability"),
    STACKABLE_TOWARDS("stackable-towards", "Stackable towards"),
    TEACHER("teacher", "Teacher"),
    TEACHER_BIO("teacher-bio", "About the teacher"),
    CONFIRMATION("confirmation", "Confirmation"),
    CONFIRMED_BY("confirmed-by", "Confirmed by"),
    CONFIRMED_AT("confirmed-at", "Confirmed at"),
    DEPARTMENT("department", "Faculty or department");

    /** The scheme of these concepts. */
    public static final String SCHEME = "https://microcredentials.github.io/vocab/edc-note";

    private final String code;
    private final String label;

    NoteSubject(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** @return the concept IRI */
    public URI uri() {
        return URI.create(SCHEME + "/" + code);
    }

    /** @return the English label */
    public String label() {
        return label;
    }

    /**
     * The subject with this concept IRI.
     *
     * @param uri a concept IRI
     * @return the subject, or empty for any other concept
     */
    public static Optional<NoteSubject> of(URI uri) {
        for (NoteSubject subject : values()) {
            if (subject.uri().equals(uri)) {
                return Optional.of(subject);
            }
        }
        return Optional.empty();
    }
}
