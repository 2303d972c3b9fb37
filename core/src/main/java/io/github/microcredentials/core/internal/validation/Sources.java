package io.github.microcredentials.core.internal.validation;

/**
 * The documents the rules implement, cited by every finding. Rules cite sections by constant
 * expressions such as {@code Sources.HEROES + " §1.1"}, which the compiler joins, so that building
 * the rules concatenates nothing at run time.
 */
public final class Sources {

    /** The Council Recommendation on micro-credentials, Annex I. */
    public static final String ANNEX_I = "Council Recommendation 2022/C 243/02, Annex I";

    /** HEROES D6.1, the joint action plan for micro-credentials (2025). */
    public static final String HEROES = "HEROES D6.1";

    /** The DigiProf guidelines for HE institutions (2023). */
    public static final String DIGIPROF = "DigiProf guidelines 2023";

    /** The ECTS Users' Guide (European Commission, 2015). */
    public static final String ECTS_GUIDE = "ECTS Users' Guide 2015";

    private Sources() {
    }
}
