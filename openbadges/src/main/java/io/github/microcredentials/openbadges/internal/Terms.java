package io.github.microcredentials.openbadges.internal;

import java.util.List;

/**
 * The terms of this library's Open Badges 3.0 extension context, version 1
 * ({@code microcredentials.github.io_ns_ob3_v1.jsonld}): the JSON member names of every element of
 * the Council Recommendation's Annex I (and of the rest of the model) that Open Badges has no
 * term for. A test checks that this list and the context define the same terms.
 */
public final class Terms {

    /** The URL of the extension context. */
    public static final String CONTEXT = "https://microcredentials.github.io/ns/ob3/v1.jsonld";

    /** The namespace of the terms' IRIs. */
    public static final String NAMESPACE = "https://microcredentials.github.io/vocab/terms#";

    /** The value of {@code creditUnit} that says the credits are ECTS credits. */
    static final String ECTS = "ECTS";

    static final String ISSUER_COUNTRY = "issuerCountry";
    static final String ISSUER_REGION = "issuerRegion";
    static final String AWARDING_BODY = "awardingBody";
    static final String PLACE_OF_ISSUE = "placeOfIssue";
    static final String CONFIRMATION = "confirmation";
    static final String ANNEX_ELEMENT = "annexElement";
    static final String CONFIRMATION_ROLE = "confirmationRole";
    static final String CONFIRMED_BY = "confirmedBy";
    static final String CONFIRMED_AT = "confirmedAt";
    static final String NAME_MAP = "nameMap";
    static final String DESCRIPTION_MAP = "descriptionMap";
    static final String CREDENTIAL_KIND = "credentialKind";
    static final String ADDITIONAL_LANGUAGE = "additionalLanguage";
    static final String CREDIT_UNIT = "creditUnit";
    static final String LEARNING_ACTIVITY_CREDITS = "learningActivityCredits";
    static final String ASSESSMENT_CREDITS = "assessmentCredits";
    static final String NOTIONAL_WORKLOAD = "notionalWorkload";
    static final String QF_EHEA_CYCLE = "qfEheaCycle";
    static final String NQF_LEVEL = "nqfLevel";
    static final String CONCEPT_SCHEME = "conceptScheme";
    static final String NOTATION = "notation";
    static final String LEARNING_OUTCOME = "learningOutcome";
    static final String LOCAL_ID = "localId";
    static final String STATEMENT = "statement";
    static final String OUTCOME_VERB = "outcomeVerb";
    static final String OUTCOME_TYPE = "outcomeType";
    static final String OUTCOME_SUBJECT = "outcomeSubject";
    static final String OUTCOME_STANDARD = "outcomeStandard";
    static final String OUTCOME_CONTEXT = "outcomeContext";
    static final String PARTICIPATION_FORM = "participationForm";
    static final String LEARNING_SETTING = "learningSetting";
    static final String FORM_OF_STUDY = "formOfStudy";
    static final String QUALITY_ASSURANCE = "qualityAssurance";
    static final String QUALITY_ASSURANCE_TYPE = "qualityAssuranceType";
    static final String QUALITY_ASSURANCE_AGENCY = "qualityAssuranceAgency";
    static final String QUALITY_ASSURANCE_REPORT = "qualityAssuranceReport";
    static final String PREREQUISITES = "prerequisites";
    static final String INTEGRATION = "integration";
    static final String STACKABILITY = "stackability";
    static final String STACKABLE_TOWARDS = "stackableTowards";
    static final String FURTHER_INFORMATION = "furtherInformation";
    static final String FURTHER_INFORMATION_URL = "furtherInformationUrl";
    static final String TEACHER = "teacher";
    static final String LEARNING_ACTIVITY = "learningActivity";
    static final String SERVES_OUTCOME = "servesOutcome";
    static final String ASSESSMENT = "assessment";
    static final String ASSESSMENT_TYPE = "assessmentType";
    static final String ASSESSES_OUTCOME = "assessesOutcome";
    static final String SUPERVISION = "supervision";
    static final String ASSESSED_BY = "assessedBy";
    static final String ECTS_CREDITS = "ectsCredits";
    static final String GRADE = "grade";
    static final String GRADE_VALUE = "gradeValue";
    static final String GRADING_SCHEME = "gradingScheme";
    static final String ALLOWED_GRADE = "allowedGrade";
    static final String LEARNER_PROFILE = "learnerProfile";
    static final String CITIZENSHIP = "citizenship";
    static final String NATIONAL_IDENTITY_NUMBER_COUNTRY = "nationalIdentityNumberCountry";
    static final String LEARNER_IDENTIFIER = "learnerIdentifier";
    static final String IDENTIFIER_SCHEME = "identifierScheme";
    static final String ORGANISATION_ID = "organisationId";
    static final String SHORT_NAME = "shortName";
    static final String DEPARTMENT = "department";
    static final String ORGANISATION_REGION = "organisationRegion";
    static final String LEGAL_IDENTIFIER_COUNTRY = "legalIdentifierCountry";
    static final String EIDAS_IDENTIFIER_COUNTRY = "eidasIdentifierCountry";

    /** Every term the context defines, in the order it defines them. */
    public static final List<String> ALL = List.of(
            ISSUER_COUNTRY,
            ISSUER_REGION,
            AWARDING_BODY,
            PLACE_OF_ISSUE,
            CONFIRMATION,
            ANNEX_ELEMENT,
            CONFIRMATION_ROLE,
            CONFIRMED_BY,
            CONFIRMED_AT,
            NAME_MAP,
            DESCRIPTION_MAP,
            CREDENTIAL_KIND,
            ADDITIONAL_LANGUAGE,
            CREDIT_UNIT,
            LEARNING_ACTIVITY_CREDITS,
            ASSESSMENT_CREDITS,
            NOTIONAL_WORKLOAD,
            QF_EHEA_CYCLE,
            NQF_LEVEL,
            CONCEPT_SCHEME,
            NOTATION,
            LEARNING_OUTCOME,
            LOCAL_ID,
            STATEMENT,
            OUTCOME_VERB,
            OUTCOME_TYPE,
            OUTCOME_SUBJECT,
            OUTCOME_STANDARD,
            OUTCOME_CONTEXT,
            PARTICIPATION_FORM,
            LEARNING_SETTING,
            FORM_OF_STUDY,
            QUALITY_ASSURANCE,
            QUALITY_ASSURANCE_TYPE,
            QUALITY_ASSURANCE_AGENCY,
            QUALITY_ASSURANCE_REPORT,
            PREREQUISITES,
            INTEGRATION,
            STACKABILITY,
            STACKABLE_TOWARDS,
            FURTHER_INFORMATION,
            FURTHER_INFORMATION_URL,
            TEACHER,
            LEARNING_ACTIVITY,
            SERVES_OUTCOME,
            ASSESSMENT,
            ASSESSMENT_TYPE,
            ASSESSES_OUTCOME,
            SUPERVISION,
            ASSESSED_BY,
            ECTS_CREDITS,
            GRADE,
            GRADE_VALUE,
            GRADING_SCHEME,
            ALLOWED_GRADE,
            LEARNER_PROFILE,
            CITIZENSHIP,
            NATIONAL_IDENTITY_NUMBER_COUNTRY,
            LEARNER_IDENTIFIER,
            IDENTIFIER_SCHEME,
            ORGANISATION_ID,
            SHORT_NAME,
            DEPARTMENT,
            ORGANISATION_REGION,
            LEGAL_IDENTIFIER_COUNTRY,
            EIDAS_IDENTIFIER_COUNTRY);

    private Terms() {
    }
}
