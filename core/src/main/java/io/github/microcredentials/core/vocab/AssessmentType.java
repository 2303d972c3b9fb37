package io.github.microcredentials.core.vocab;

/**
 * A type of assessment (Annex I, element 9; HEROES D6.1 §3.10).
 *
 * <p>An extensible constant: values the library does not know are kept, see {@link Term}.
 * Bundled values and their URIs: {@code vocab/data/assessment-type.tsv}.
 */
public final class AssessmentType extends Term {

    private static final Vocabulary<AssessmentType> VOCABULARY = Vocabulary.load("assessment-type", AssessmentType::new);

    /** Artefact assessment. */
    public static final AssessmentType ARTEFACT_ASSESSMENT = VOCABULARY.require("artefact-assessment");

    /** Written examination. */
    public static final AssessmentType WRITTEN_EXAMINATION = VOCABULARY.require("written-examination");

    /** Continuous evaluation. */
    public static final AssessmentType CONTINUOUS_EVALUATION = VOCABULARY.require("continuous-evaluation");

    /** Level of attendance. */
    public static final AssessmentType LEVEL_OF_ATTENDANCE = VOCABULARY.require("level-of-attendance");

    /** Exam. */
    public static final AssessmentType EXAM = VOCABULARY.require("exam");

    /** Oral examination. */
    public static final AssessmentType ORAL_EXAMINATION = VOCABULARY.require("oral-examination");

    /** Presentation. */
    public static final AssessmentType PRESENTATION = VOCABULARY.require("presentation");

    /** Portfolio. */
    public static final AssessmentType PORTFOLIO = VOCABULARY.require("portfolio");

    /** Project. */
    public static final AssessmentType PROJECT = VOCABULARY.require("project");

    /** Case study. */
    public static final AssessmentType CASE_STUDY = VOCABULARY.require("case-study");

    /** Reflective assignment. */
    public static final AssessmentType REFLECTIVE_ASSIGNMENT = VOCABULARY.require("reflective-assignment");

    private AssessmentType(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "artefact-assessment"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static AssessmentType parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<AssessmentType> vocabulary() {
        return VOCABULARY;
    }
}
