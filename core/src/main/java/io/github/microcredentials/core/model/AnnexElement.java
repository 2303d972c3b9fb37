package io.github.microcredentials.core.model;

/**
 * The elements that describe a micro-credential, Council Recommendation of 16 June 2022 on a
 * European approach to micro-credentials (2022/C 243/02), Annex I: eleven mandatory and five
 * optional. Each carries the stable rule id that validation reports use.
 */
public enum AnnexElement {
    /** Identification of the learner. */
    LEARNER("CR-M1", true, "Identification of the learner"),
    /** Title of the micro-credential. */
    TITLE("CR-M2", true, "Title of the micro-credential"),
    /** Country(ies)/Region(s) of the issuer. */
    ISSUER_COUNTRY("CR-M3", true, "Country(ies)/Region(s) of the issuer"),
    /** Awarding body(ies). */
    AWARDING_BODY("CR-M4", true, "Awarding body(ies)"),
    /** Date of issuing. */
    ISSUE_DATE("CR-M5", true, "Date of issuing"),
    /** Learning outcomes. */
    LEARNING_OUTCOMES("CR-M6", true, "Learning outcomes"),
    /** Notional workload needed to achieve the learning outcomes (in ECTS, wherever possible). */
    WORKLOAD("CR-M7", true, "Notional workload needed to achieve the learning outcomes"),
    /** Level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA). */
    LEVEL("CR-M8", true, "Level (and cycle, if applicable) of the learning experience"),
    /** Type of assessment. */
    ASSESSMENT_TYPE("CR-M9", true, "Type of assessment"),
    /** Form of participation in the learning activity. */
    PARTICIPATION_FORM("CR-M10", true, "Form of participation in the learning activity"),
    /** Type of quality assurance used to underpin the micro-credential. */
    QUALITY_ASSURANCE("CR-M11", true, "Type of quality assurance used to underpin the micro-credential"),
    /** Prerequisites needed to enrol in the learning activity. */
    PREREQUISITES("CR-O1", false, "Prerequisites needed to enrol in the learning activity"),
    /** Supervision and identity verification during assessment. */
    SUPERVISION("CR-O2", false, "Supervision and identity verification during assessment"),
    /** Grade achieved. */
    GRADE("CR-O3", false, "Grade achieved"),
    /** Integration / stackability options. */
    STACKABILITY("CR-O4", false, "Integration/stackability options"),
    /** Further information. */
    FURTHER_INFORMATION("CR-O5", false, "Further information");

    private final String ruleId;
    private final boolean mandatory;
    private final String title;

    AnnexElement(String ruleId, boolean mandatory, String title) {
        this.ruleId = ruleId;
        this.mandatory = mandatory;
        this.title = title;
    }

    /**
     * The stable rule id of this element, {@code CR-M1} to {@code CR-M11} or {@code CR-O1} to
     * {@code CR-O5}.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Whether Annex I makes the element mandatory.
     *
     * @return {@code true} for the eleven mandatory elements
     */
    public boolean isMandatory() {
        return mandatory;
    }

    /**
     * The element's name as Annex I words it.
     *
     * @return the English title
     */
    public String title() {
        return title;
    }
}
