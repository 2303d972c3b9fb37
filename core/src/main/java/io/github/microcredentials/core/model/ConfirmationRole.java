package io.github.microcredentials.core.model;

/**
 * Who validates and confirms an element of a micro-credential (DigiProf §4.2, rule DP-CONFIRM).
 */
public enum ConfirmationRole {
    /** The teacher, for data from the online learning environment. */
    TEACHER,
    /** The programme committee, for data from the learning opportunity description. */
    PROGRAMME_COMMITTEE,
    /** The study or academic department, for data from information systems and registries. */
    STUDY_DEPARTMENT,
    /** The management of the institution. */
    MANAGEMENT
}
