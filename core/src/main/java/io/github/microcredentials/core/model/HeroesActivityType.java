package io.github.microcredentials.core.model;

/** The origin of a HEROES learning activity (D6.1 §1.3.4). */
public enum HeroesActivityType {
    /** Created within the HEROES project by at least two partner institutions (rule HE-DEV-PARTNERS). */
    DEVELOPED,
    /** Developed by a single partner institution and aligned with HEROES standards. */
    APPROVED
}
