package io.github.microcredentials.core.model;

/** Who grades an assessment (DigiProf §6.1: "assessed by teacher or automatic assessment"). */
public enum AssessedBy {
    /** A teacher or other human assessor. */
    TEACHER,
    /** An automatic assessment, for example an auto-graded quiz. */
    AUTOMATIC
}
