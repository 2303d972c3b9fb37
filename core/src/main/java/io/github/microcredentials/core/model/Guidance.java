package io.github.microcredentials.core.model;

/** The delivery type of a course (DigiProf §6.1): mentored or self-learning. */
public enum Guidance {
    /** Learners are guided by a teacher or mentor. */
    MENTORED,
    /** Learners study on their own. */
    SELF_LEARNING
}
