package io.github.microcredentials.core.vocab;

import java.net.URI;
import java.util.Optional;

/**
 * What a credential is: a credit-bearing micro-credential certificate, a non-credit
 * participation/progression badge (HEROES D6.1 §1.3), or any other achievement type of Open Badges
 * 3.0 ({@code achievementType}, its AchievementType enumeration: {@code Achievement},
 * {@code BachelorDegree}, {@code Course}, …), each under its {@link #openBadgesTerm()}.
 *
 * <p>An extensible constant: values the library does not know (such as an Open Badges extension
 * value {@code ext:…}) are kept, see {@link Term}. Bundled values and their URIs:
 * {@code vocab/data/credential-kind.tsv}.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#achievementtype-enumeration">Open Badges 3.0, AchievementType</a>
 */
public final class CredentialKind extends Term {

    private static final Vocabulary<CredentialKind> VOCABULARY = Vocabulary.load("credential-kind", CredentialKind::new);

    /** Micro-credential certificate. */
    public static final CredentialKind MICRO_CREDENTIAL = VOCABULARY.require("micro-credential");

    /** Participation/progression badge. */
    public static final CredentialKind PROGRESSION_BADGE = VOCABULARY.require("progression-badge");

    /** Certificate of completion (non-credit). */
    public static final CredentialKind CERTIFICATE_OF_COMPLETION = VOCABULARY.require("certificate-of-completion");

    private CredentialKind(Definition definition) {
        super(definition);
    }

    /**
     * Parses a code or URI; unknown values are kept.
     *
     * @param codeOrUri a code such as {@code "micro-credential"} or a URI
     * @return the bundled value, or an unknown value
     * @throws IllegalArgumentException if the text is blank
     */
    public static CredentialKind parse(String codeOrUri) {
        return VOCABULARY.parse(codeOrUri);
    }

    /**
     * The bundled vocabulary.
     *
     * @return the vocabulary of all bundled values
     */
    public static Vocabulary<CredentialKind> vocabulary() {
        return VOCABULARY;
    }

    /**
     * Whether credentials of this kind carry learner-visible ECTS credits (HEROES rule HE-BADGE).
     *
     * @return {@code true} for a micro-credential; {@code false} for badges and for unknown kinds
     */
    public boolean isCreditBearing() {
        return Boolean.parseBoolean(attributes().get("creditBearing"));
    }

    /**
     * The EU learning-opportunity type (ELM, {@code http://data.europa.eu/snb/learning-opportunity/25831c2})
     * of what credentials of this kind are awarded for, where the EU list has one: a course, an
     * educational programme, a short learning programme, an apprenticeship.
     *
     * @return the concept, or empty
     */
    public Optional<URI> learningOpportunityType() {
        return Optional.ofNullable(attributes().get("learningOpportunity")).map(URI::create);
    }

    /**
     * Whether {@link #learningOpportunityType()} is this kind itself rather than a broader concept
     * (a degree is awarded for an educational programme, but "educational programme" does not say
     * "degree").
     *
     * @return {@code true} when the EU type states exactly this kind
     */
    public boolean isLearningOpportunityTypeExact() {
        return Boolean.parseBoolean(attributes().get("learningOpportunityExact"));
    }
}
