package io.github.microcredentials.core.internal.validation;

/** The documents the rules implement, cited by every finding. */
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

    /**
     * A mandatory element of Annex I.
     *
     * @param number 1 to 11
     * @return the reference
     */
    public static String mandatory(int number) {
        return ANNEX_I + ", mandatory element " + number;
    }

    /**
     * An optional element of Annex I.
     *
     * @param number 1 to 5
     * @return the reference
     */
    public static String optional(int number) {
        return ANNEX_I + ", optional element " + number;
    }

    /**
     * Sections of HEROES D6.1.
     *
     * @param sections for example {@code "§1.1"}
     * @return the reference
     */
    public static String heroes(String sections) {
        return HEROES + " " + sections;
    }

    /**
     * Sections of the DigiProf guidelines.
     *
     * @param sections for example {@code "§5.2"}
     * @return the reference
     */
    public static String digiprof(String sections) {
        return DIGIPROF + ", " + sections;
    }
}
