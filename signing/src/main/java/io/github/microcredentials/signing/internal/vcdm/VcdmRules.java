package io.github.microcredentials.signing.internal.vcdm;

import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.RuleDefinition;
import io.github.microcredentials.core.validation.RuleProvider;
import io.github.microcredentials.core.validation.Severity;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The MUSTs of the W3C Verifiable Credentials Data Model that concern a credential document, as
 * rules of the core registry ({@code VCDM-*}), so that reports cite them, policies can name them
 * and messages come in every shipped language. Found by {@link java.util.ServiceLoader}.
 *
 * <p>Every rule is an error by default: a credential that breaks one is not a conforming document,
 * so signers refuse it and verifiers report it.
 */
public final class VcdmRules implements RuleProvider {

    /** {@code @context} present, base context first. */
    public static final String CONTEXT = "VCDM-CONTEXT";
    /** Further {@code @context} items are URLs or objects. */
    public static final String CONTEXT_ITEM = "VCDM-CONTEXT-ITEM";
    /** Every {@code id} is a single URL. */
    public static final String ID = "VCDM-ID";
    /** {@code type} present, with {@code VerifiableCredential}. */
    public static final String TYPE = "VCDM-TYPE";
    /** Every type is a term or an absolute URL. */
    public static final String TYPE_VALUE = "VCDM-TYPE-VALUE";
    /** {@code issuer} a URL or an object with a URL id. */
    public static final String ISSUER = "VCDM-ISSUER";
    /** {@code credentialSubject} present, objects. */
    public static final String SUBJECT = "VCDM-SUBJECT";
    /** Every credential subject holds a claim. */
    public static final String SUBJECT_CLAIMS = "VCDM-SUBJECT-CLAIMS";
    /** {@code name} a string or language value object(s). */
    public static final String NAME = "VCDM-NAME";
    /** {@code description} a string or language value object(s). */
    public static final String DESCRIPTION = "VCDM-DESCRIPTION";
    /** Language value objects well formed. */
    public static final String LANGUAGE_VALUE = "VCDM-LANGUAGE-VALUE";
    /** {@code validFrom} a dateTimeStamp. */
    public static final String VALID_FROM = "VCDM-VALID-FROM";
    /** {@code validUntil} a dateTimeStamp. */
    public static final String VALID_UNTIL = "VCDM-VALID-UNTIL";
    /** {@code validFrom} not after {@code validUntil}. */
    public static final String VALIDITY_ORDER = "VCDM-VALIDITY-ORDER";
    /** {@code credentialStatus} entries have a type. */
    public static final String STATUS_TYPE = "VCDM-STATUS-TYPE";
    /** {@code credentialSchema} entries have a type and a URL id. */
    public static final String SCHEMA = "VCDM-SCHEMA";
    /** {@code refreshService} entries have a type. */
    public static final String REFRESH_TYPE = "VCDM-REFRESH-TYPE";
    /** {@code termsOfUse} entries have a type. */
    public static final String TERMS_TYPE = "VCDM-TERMS-TYPE";
    /** {@code evidence} entries have a type. */
    public static final String EVIDENCE_TYPE = "VCDM-EVIDENCE-TYPE";
    /** {@code relatedResource} entries have a URL id. */
    public static final String RELATED_ID = "VCDM-RELATED-ID";
    /** {@code relatedResource} entries have a well-formed digest. */
    public static final String RELATED_DIGEST = "VCDM-RELATED-DIGEST";
    /** {@code relatedResource} ids are unique. */
    public static final String RELATED_UNIQUE = "VCDM-RELATED-UNIQUE";
    /** A supplied related resource matches its digests. */
    public static final String RELATED_MATCH = "VCDM-RELATED-MATCH";
    /** A presentation's first {@code @context} is the base context. */
    public static final String VP_CONTEXT = "VCDM-VP-1";
    /** A presentation's {@code type} includes {@code VerifiablePresentation}. */
    public static final String VP_TYPE = "VCDM-VP-2";
    /** A presentation's {@code id} is a URL. */
    public static final String VP_ID = "VCDM-VP-3";
    /** A presentation's {@code holder} is a URL or an object with a URL id. */
    public static final String VP_HOLDER = "VCDM-VP-4";
    /** A presentation's {@code verifiableCredential} holds objects only. */
    public static final String VP_CREDENTIALS = "VCDM-VP-5";
    /** An enveloped credential's first {@code @context} is the VC 2.0 base context. */
    public static final String VP_ENVELOPED_CONTEXT = "VCDM-VP-6";
    /** An enveloped credential's {@code id} is a {@code data:} URL. */
    public static final String VP_ENVELOPED_ID = "VCDM-VP-7";

    private static final String V2 = "W3C VC Data Model 2.0 ";
    /** Appended to the source of a rule VC Data Model 1.1 states too (under other section numbers). */
    private static final String ALSO_V1 = "; also a MUST of VC Data Model 1.1";

    private static final List<RuleDefinition> RULES = List.of(
            rule(CONTEXT, "@context is present and its first item is the base context (credentials/v2; credentials/v1 for VC 1.1)",
                    V2 + "§4.3" + ALSO_V1),
            rule(CONTEXT_ITEM, "Every further @context item is a URL or an object", V2 + "§4.3" + ALSO_V1),
            rule(ID, "Every id of the credential, its subjects, status, evidence, terms of use and refresh services is a single URL",
                    V2 + "§4.4" + ALSO_V1),
            rule(TYPE, "type is present and includes VerifiableCredential", V2 + "§4.5" + ALSO_V1),
            rule(TYPE_VALUE, "Every type is a term or an absolute URL", V2 + "§4.5" + ALSO_V1),
            rule(ISSUER, "issuer is a URL, or an object whose id is a URL", V2 + "§4.7" + ALSO_V1),
            rule(SUBJECT, "credentialSubject is present and is an object or a non-empty array of objects", V2 + "§4.8" + ALSO_V1),
            rule(SUBJECT_CLAIMS, "Every credential subject is the subject of at least one claim (not an empty object)",
                    V2 + "§4.8" + ALSO_V1),
            rule(NAME, "name (of the credential or issuer) is a string, a language value object or an array of them",
                    V2 + "§4.6, §4.7"),
            rule(DESCRIPTION, "description (of the credential or issuer) is a string, a language value object or an array of them",
                    V2 + "§4.6, §4.7"),
            rule(LANGUAGE_VALUE, "A language value object has a string @value, a well-formed @language, an @direction of ltr"
                    + " or rtl, and nothing else", V2 + "§4.6, §11.1"),
            rule(VALID_FROM, "validFrom is an XML Schema dateTimeStamp", V2 + "§4.9"),
            rule(VALID_UNTIL, "validUntil is an XML Schema dateTimeStamp", V2 + "§4.9"),
            rule(VALIDITY_ORDER, "validFrom is not later than validUntil", V2 + "§4.9"),
            rule(STATUS_TYPE, "Every credentialStatus entry is an object with a type", V2 + "§4.10" + ALSO_V1),
            rule(SCHEMA, "Every credentialSchema entry is an object with a type and a URL id", V2 + "§4.11" + ALSO_V1),
            rule(REFRESH_TYPE, "Every refreshService entry is an object with a type", V2 + "§5.4" + ALSO_V1),
            rule(TERMS_TYPE, "Every termsOfUse entry is an object with a type", V2 + "§5.5" + ALSO_V1),
            rule(EVIDENCE_TYPE, "Every evidence entry is an object with a type", V2 + "§5.6" + ALSO_V1),
            rule(RELATED_ID, "Every relatedResource entry is an object with a URL id", V2 + "§5.3"),
            rule(RELATED_DIGEST, "Every relatedResource entry has a well-formed digestSRI or digestMultibase", V2 + "§5.3"),
            rule(RELATED_UNIQUE, "No two relatedResource entries have the same id", V2 + "§5.3"),
            rule(RELATED_MATCH, "A related resource the caller supplies matches every digest of its entry", V2 + "§5.3"),
            rule(VP_CONTEXT, "A presentation's first @context item is the base context (credentials/v2; credentials/v1 for VC 1.1)",
                    V2 + "§4.13" + ALSO_V1),
            rule(VP_TYPE, "A presentation's type includes VerifiablePresentation", V2 + "§4.13" + ALSO_V1),
            rule(VP_ID, "A presentation's id, if present, is a URL", V2 + "§4.13" + ALSO_V1),
            rule(VP_HOLDER, "A presentation's holder, if present, is a URL or an object whose id is a URL", V2 + "§4.13" + ALSO_V1),
            rule(VP_CREDENTIALS, "A presentation's verifiableCredential, if present, is one or more objects (credentials or"
                    + " enveloped credentials), never strings, numbers or URLs", V2 + "§4.13"),
            rule(VP_ENVELOPED_CONTEXT, "An EnvelopedVerifiableCredential's @context is present and its first item is the base"
                    + " context credentials/v2", V2 + "§4.13.1"),
            rule(VP_ENVELOPED_ID, "An EnvelopedVerifiableCredential's id is a data: URL (RFC 2397) holding the secured credential",
                    V2 + "§4.13.1"));

    /**
     * The rules a VC 1.1 credential ({@code https://www.w3.org/2018/credentials/v1} first) is held
     * to: those whose requirement VC Data Model 1.1 states too.
     */
    static final Set<String> SHARED_WITH_V1 = Set.of(CONTEXT, CONTEXT_ITEM, ID, TYPE, TYPE_VALUE, ISSUER, SUBJECT,
            SUBJECT_CLAIMS, STATUS_TYPE, SCHEMA, REFRESH_TYPE, TERMS_TYPE, EVIDENCE_TYPE);

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public VcdmRules() {
    }

    private static RuleDefinition rule(String id, String title, String source) {
        return new RuleDefinition(new Rule(id, title, source), Severity.ERROR);
    }

    @Override
    public List<RuleDefinition> rules() {
        return RULES;
    }

    @Override
    public @Nullable InputStream openMessages(String fileName) {
        return VcdmRules.class.getResourceAsStream(fileName);
    }
}
