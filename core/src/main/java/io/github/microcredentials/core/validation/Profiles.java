package io.github.microcredentials.core.validation;

import static io.github.microcredentials.core.validation.Severity.ERROR;
import static io.github.microcredentials.core.validation.Severity.INFO;
import static io.github.microcredentials.core.validation.Severity.WARNING;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The shipped profiles. Each is a set of rules with default severities; compose them with
 * {@link Profile#and(Profile)} or {@link Validator.Builder#profile(Profile)}.
 *
 * <table>
 * <caption>Shipped profiles</caption>
 * <tr><th>name</th><th>factory</th><th>rules</th></tr>
 * <tr><td>{@code council}</td><td>{@link #council2022()}</td><td>Annex I: CR-M1..CR-M11 error, CR-O1..CR-O5 info</td></tr>
 * <tr><td>{@code ects}</td><td>{@link #ects()}</td><td>ECTS-MIN, -HALF, -DUAL, -STACK error; -BAND, -HOURS warning; -WHOLE info</td></tr>
 * <tr><td>{@code heroes}</td><td>{@link #heroes()}</td><td>HE-*: errors, except HE-LO-VERB and HE-STACK-LEVEL (warnings)</td></tr>
 * <tr><td>{@code digiprof}</td><td>{@link #digiprof()}</td><td>DP-VLE, DP-CONFIRM, DP-LEARNER warning; DP-DESC info</td></tr>
 * <tr><td>{@code default}</td><td>{@link #defaults()}</td><td>council + ects</td></tr>
 * <tr><td>{@code all}</td><td>{@link #all()}</td><td>council + ects + heroes + digiprof</td></tr>
 * </table>
 *
 * <p>An institution's limits (rule ECTS-INST) are added with {@link #institution(String)} for the
 * bundled HEROES partners or {@link #institution(InstitutionPolicy)} for any other institution.
 */
public final class Profiles {

    private static final Profile COUNCIL = Profile.builder("Council Recommendation 2022")
            .rule("CR-M1", ERROR).rule("CR-M2", ERROR).rule("CR-M3", ERROR).rule("CR-M4", ERROR)
            .rule("CR-M5", ERROR).rule("CR-M6", ERROR).rule("CR-M7", ERROR).rule("CR-M8", ERROR)
            .rule("CR-M9", ERROR).rule("CR-M10", ERROR).rule("CR-M11", ERROR)
            .rule("CR-O1", INFO).rule("CR-O2", INFO).rule("CR-O3", INFO).rule("CR-O4", INFO).rule("CR-O5", INFO)
            .build();

    private static final Profile ECTS = Profile.builder("ECTS")
            .rule("ECTS-MIN", ERROR).rule("ECTS-HALF", ERROR).rule("ECTS-WHOLE", INFO).rule("ECTS-BAND", WARNING)
            .rule("ECTS-DUAL", ERROR).rule("ECTS-HOURS", WARNING).rule("ECTS-STACK", ERROR)
            .build();

    private static final Profile HEROES = Profile.builder("HEROES")
            .rule("HE-LANG-EN", ERROR).rule("HE-DEV-PARTNERS", ERROR).rule("HE-ASSESSOR", ERROR)
            .rule("HE-EQF", ERROR).rule("HE-SKILLS", ERROR).rule("HE-ALIGN", ERROR).rule("HE-LO-VERB", WARNING)
            .rule("HE-BADGE", ERROR).rule("HE-FREE", ERROR).rule("HE-PUBLISH", ERROR).rule("HE-DESIGN", ERROR)
            .rule("HE-STACK-LEVEL", WARNING).rule("HE-PATHWAY-FIXED", ERROR)
            .build();

    private static final Profile DIGIPROF = Profile.builder("DigiProf")
            .rule("DP-VLE", WARNING).rule("DP-DESC", INFO).rule("DP-CONFIRM", WARNING).rule("DP-LEARNER", WARNING)
            .build();

    private static final Profile DEFAULTS = Profile.builder("Council Recommendation 2022 + ECTS")
            .include(COUNCIL).include(ECTS).build();

    private static final Profile ALL = Profile.builder("Council Recommendation 2022 + ECTS + HEROES + DigiProf")
            .include(COUNCIL).include(ECTS).include(HEROES).include(DIGIPROF).build();

    private static final List<String> NAMES = List.of("council", "ects", "heroes", "digiprof", "default", "all");

    private Profiles() {
    }

    /**
     * The Council Recommendation of 16 June 2022 (2022/C 243/02), Annex I: a missing mandatory
     * element (CR-M1 to CR-M11) is an error, a missing optional one (CR-O1 to CR-O5) information.
     * Applies to credit-bearing credentials; a non-credit badge is not a micro-credential.
     *
     * @return the profile
     */
    public static Profile council2022() {
        return COUNCIL;
    }

    /**
     * ECTS arithmetic (HEROES D6.1 §1.1, §1.3.2, ECTS Users' Guide 2015): ECTS-MIN, ECTS-HALF,
     * ECTS-WHOLE, ECTS-BAND, ECTS-DUAL, ECTS-HOURS and, for pathways, ECTS-STACK. These rules
     * stay silent when the value they check is absent: absence is the Council profile's concern.
     *
     * @return the profile
     */
    public static Profile ects() {
        return ECTS;
    }

    /**
     * The HEROES alliance rules (HEROES D6.1, 2025): English availability, partners, a single
     * assessing institution, EQF level, ESCO skill tags, outcome-assessment alignment, outcome
     * verbs, badges, pricing, publication metadata, course design and pathways.
     *
     * @return the profile
     */
    public static Profile heroes() {
        return HEROES;
    }

    /**
     * The DigiProf guidelines (2023): the data a learning environment exports to a credential
     * (§5.2), the open learning-opportunity description (§6.1), confirmations (§4.2) and the
     * learner profile (§5.3).
     *
     * @return the profile
     */
    public static Profile digiprof() {
        return DIGIPROF;
    }

    /**
     * The default profile: Council Recommendation 2022 and ECTS.
     *
     * @return the profile
     */
    public static Profile defaults() {
        return DEFAULTS;
    }

    /**
     * Every shipped rule profile: Council Recommendation 2022, ECTS, HEROES and DigiProf (no
     * institution).
     *
     * @return the profile
     */
    public static Profile all() {
        return ALL;
    }

    /**
     * A shipped profile by its short name, as the command line takes it.
     *
     * @param name {@code council}, {@code ects}, {@code heroes}, {@code digiprof}, {@code default}
     *     or {@code all} (any case)
     * @return the profile
     * @throws IllegalArgumentException if no shipped profile has that name
     */
    public static Profile byName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "council":
                return COUNCIL;
            case "ects":
                return ECTS;
            case "heroes":
                return HEROES;
            case "digiprof":
                return DIGIPROF;
            case "default":
                return DEFAULTS;
            case "all":
                return ALL;
            default:
                throw new IllegalArgumentException("no profile named \"" + name + "\", expected one of " + NAMES);
        }
    }

    /**
     * The short names {@link #byName(String)} accepts.
     *
     * @return {@code council}, {@code ects}, {@code heroes}, {@code digiprof}, {@code default}, {@code all}
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The profile of a HEROES partner institution's limits, from the bundled HEROES D6.1 Table 1:
     * VIKO, TH Deggendorf, Fontys, Halmstad, SEAMK, Thomas More, UCN, Beja, Mendel.
     *
     * @param name the institution's short or full name, in any case, for example {@code "UCN"} or
     *     {@code "University College of Northern Denmark"}
     * @return a profile that enables ECTS-INST as an error for that institution
     * @throws IllegalArgumentException if no bundled institution has that name
     */
    public static Profile institution(String name) {
        Objects.requireNonNull(name, "name");
        Optional<InstitutionPolicy> policy = Institutions.byName(name);
        if (policy.isEmpty()) {
            throw new IllegalArgumentException("no bundled institution named \"" + name + "\", expected one of "
                    + institutions().stream().map(InstitutionPolicy::name).toList());
        }
        return institution(policy.get());
    }

    /**
     * The profile of any institution's limits.
     *
     * @param policy the institution's limits
     * @return a profile that enables ECTS-INST as an error for that institution
     */
    public static Profile institution(InstitutionPolicy policy) {
        return Profile.builder(policy.name()).institution(policy).build();
    }

    /**
     * The bundled institutions: the HEROES partners of HEROES D6.1 Table 1.
     *
     * @return an unmodifiable list, in the table's order
     */
    public static List<InstitutionPolicy> institutions() {
        return Institutions.all();
    }
}
