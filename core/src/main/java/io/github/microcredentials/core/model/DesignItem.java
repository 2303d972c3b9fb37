package io.github.microcredentials.core.model;

/**
 * The design items of the HEROES course design template (D6.1 sections 3 to 6), each marked
 * Mandatory ("must address and define") or Consider ("may reflect on") by the source (rule
 * HE-DESIGN).
 */
public enum DesignItem {
    /** 3.1 Identify needs of market. */
    MARKET_NEEDS("3.1", true, "Identify needs of market"),
    /** 3.2 Understand market and career relevance. */
    CAREER_RELEVANCE("3.2", true, "Understand market and career relevance"),
    /** 3.3 Skills and competences. */
    SKILLS_AND_COMPETENCES("3.3", true, "Skills and competences"),
    /** 3.4 Identify primary learners. */
    PRIMARY_LEARNERS("3.4", true, "Identify primary learners"),
    /** 3.5 Incorporate interdisciplinary or cross-sector perspectives. */
    INTERDISCIPLINARY_PERSPECTIVES("3.5", false, "Incorporate interdisciplinary or cross-sector perspectives"),
    /** 3.6 Define course aim and objectives. */
    AIM_AND_OBJECTIVES("3.6", true, "Define course aim and objectives"),
    /** 3.7 Define learning outcomes. */
    LEARNING_OUTCOMES("3.7", true, "Define learning outcomes"),
    /** 3.8 Ensure measurable and transparent learning outcomes. */
    MEASURABLE_OUTCOMES("3.8", true, "Ensure measurable and transparent learning outcomes"),
    /** 3.9 Ensure guide for learning outcomes assessment. */
    ASSESSMENT_GUIDE("3.9", true, "Ensure guide for learning outcomes assessment"),
    /** 3.10 Define assessment types. */
    ASSESSMENT_TYPES("3.10", true, "Define assessment types"),
    /** 3.11 Ensure alignment between assessments and learning outcomes. */
    ASSESSMENT_ALIGNMENT("3.11", true, "Ensure alignment between assessments and learning outcomes"),
    /** 4.1 Develop a list of major topics or themes. */
    MAJOR_TOPICS("4.1", true, "Develop a list of major topics or themes"),
    /** 4.2 Apply Body of Knowledge, Skills, and Attitude (BoKSA) framework. */
    BOKSA("4.2", true, "Apply Body of Knowledge, Skills, and Attitude (BoKSA) framework"),
    /** 4.3 Ensure constructive alignments. */
    CONSTRUCTIVE_ALIGNMENT("4.3", true, "Ensure constructive alignments"),
    /** 4.4 Use multimodal learning resources. */
    MULTIMODAL_RESOURCES("4.4", true, "Use multimodal learning resources"),
    /** 4.5 Include thematic reflection questions. */
    REFLECTION_QUESTIONS("4.5", false, "Include thematic reflection questions"),
    /** 4.6 Apply a challenge-based learning approach. */
    CHALLENGE_BASED_LEARNING("4.6", false, "Apply a challenge-based learning approach"),
    /** 4.7 Integrate learning activities in professional contexts. */
    PROFESSIONAL_CONTEXTS("4.7", false, "Integrate learning activities in professional contexts"),
    /** 4.8 Encourage collaborative learning. */
    COLLABORATIVE_LEARNING("4.8", false, "Encourage collaborative learning"),
    /** 4.9 Explore and experience together. */
    EXPLORE_TOGETHER("4.9", false, "Explore and experience together"),
    /** 4.10 Integrate feedback literacy. */
    FEEDBACK_LITERACY("4.10", false, "Integrate feedback literacy"),
    /** 4.11 Ensure the inclusion of glossary. */
    GLOSSARY("4.11", true, "Ensure the inclusion of glossary"),
    /** 5.1 Develop a list of activities and assignments. */
    ACTIVITIES_AND_ASSIGNMENTS("5.1", true, "Develop a list of activities and assignments"),
    /** 5.2 Decide on the presentation format and delivery mode. */
    FORMAT_AND_DELIVERY("5.2", true, "Decide on the presentation format and delivery mode"),
    /** 5.3 Asynchronous vs synchronous learning. */
    SYNCHRONICITY("5.3", false, "Asynchronous vs synchronous learning"),
    /** 5.4 Include a variety of content formats. */
    CONTENT_FORMATS("5.4", true, "Include a variety of content formats"),
    /** 5.5 Define the assessment process. */
    ASSESSMENT_PROCESS("5.5", true, "Define the assessment process"),
    /** 5.6 Use an assessment quality framework. */
    ASSESSMENT_QUALITY_FRAMEWORK("5.6", true, "Use an assessment quality framework"),
    /** 5.7 Establish resit opportunities for learners. */
    RESIT_OPPORTUNITIES("5.7", true, "Establish resit opportunities for learners"),
    /** 5.8 Choose assessing institution. */
    ASSESSING_INSTITUTION("5.8", true, "Choose assessing institution"),
    /** 5.9 Authentic-case assessment. */
    AUTHENTIC_ASSESSMENT("5.9", false, "Authentic-case assessment"),
    /** 5.10 Define success criteria for assessments. */
    SUCCESS_CRITERIA("5.10", true, "Define success criteria for assessments"),
    /** 5.11 Ensure calibration of assessments. */
    CALIBRATION("5.11", true, "Ensure calibration of assessments"),
    /** 5.12 Use the four-eye principle. */
    FOUR_EYE_PRINCIPLE("5.12", false, "Use the four-eye principle"),
    /** 6.1 Address technical requirements and platform compatibility. */
    TECHNICAL_REQUIREMENTS("6.1", true, "Address technical requirements and platform compatibility"),
    /** 6.2 Ensure the format supports accessibility, engagement, and scalability. */
    ACCESSIBILITY("6.2", true, "Ensure the format supports accessibility, engagement, and scalability"),
    /** 6.3 Ensure standalone courses have standardised metadata for ECTS level. */
    ECTS_METADATA("6.3", true, "Ensure standalone courses have standardised metadata for ECTS level"),
    /** 6.4 Ensure courses have standardised metadata for EQF level. */
    EQF_METADATA("6.4", true, "Ensure courses have standardised metadata for EQF level"),
    /** 6.5 Inform learners about expected actions. */
    EXPECTED_ACTIONS("6.5", true, "Inform learners about expected actions"),
    /** 6.6 Ensure documentation of the course. */
    DOCUMENTATION("6.6", true, "Ensure documentation of the course"),
    /** 6.7 Ensure skill tagging. */
    SKILL_TAGGING("6.7", true, "Ensure skill tagging"),
    /** 6.8 Ensure modular and flexible content. */
    MODULAR_CONTENT("6.8", true, "Ensure modular and flexible content"),
    /** 6.9 Offering personalised learning pathways. */
    PERSONALISED_PATHWAYS("6.9", false, "Offering personalised learning pathways"),
    /** 6.10 Plan for evaluation. */
    EVALUATION_PLAN("6.10", true, "Plan for evaluation");

    private final String section;
    private final boolean mandatory;
    private final String title;

    DesignItem(String section, boolean mandatory, String title) {
        this.section = section;
        this.mandatory = mandatory;
        this.title = title;
    }

    /**
     * The section number in HEROES D6.1.
     *
     * @return for example {@code "3.7"}
     */
    public String section() {
        return section;
    }

    /**
     * Whether the template marks the item Mandatory (otherwise Consider).
     *
     * @return {@code true} for a Mandatory item
     */
    public boolean isMandatory() {
        return mandatory;
    }

    /**
     * The item's title as the template words it.
     *
     * @return the English title
     */
    public String title() {
        return title;
    }

    /**
     * Finds an item by its section number.
     *
     * @param section for example {@code "3.7"}
     * @return the item
     * @throws IllegalArgumentException if no item has that section number
     */
    public static DesignItem bySection(String section) {
        for (DesignItem item : values()) {
            if (item.section.equals(section)) {
                return item;
            }
        }
        throw new IllegalArgumentException("no HEROES design item " + section);
    }
}
