package io.github.microcredentials.openbadges;

import io.github.microcredentials.openbadges.model.Endorsement;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.openbadges.internal.CredentialReader;
import io.github.microcredentials.openbadges.internal.EndorsementReader;
import io.github.microcredentials.openbadges.internal.Rules;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads an Open Badges 3.0 {@code OpenBadgeCredential} or {@code AchievementCredential} into the
 * core model.
 *
 * <p>What {@link OpenBadgesWriter} wrote reads back unchanged (except a hashed e-mail address or
 * national identity number, which cannot be recovered). Other issuers' credentials are read as far
 * as the model carries them: every member of the input is either carried into the model, derived
 * from what was carried, or reported as a finding with its JSON Pointer; nothing is dropped
 * silently. VC Data Model 1.1 credentials (legacy Open Badges 3.0 with {@code issuanceDate}) are
 * read and reported as legacy. Proofs are not checked here: verification belongs to the signing
 * module.
 *
 * <p>Findings, by rule id, with their default severities; they are rules like the validation rules
 * ({@link io.github.microcredentials.core.validation.Rule#all()} lists them), which a policy given to
 * {@link #withPolicy} sets, in the languages of the validation messages ({@link #withLocale}):
 * <ul>
 *   <li>{@value #UNMAPPED} (warning): a member the model cannot carry, for example evidence,
 *       endorsements, an image, a criteria text that is not the list of learning outcomes;</li>
 *   <li>{@value #INVALID_VALUE} (warning): a value the model rejects, for example a country code
 *       that is not ISO 3166-1 alpha-2 or 2.333 ECTS; left out;</li>
 *   <li>{@value #CREDIT_UNIT} (warning): {@code creditsAvailable} without a stated unit, read as
 *       ECTS credits;</li>
 *   <li>{@value #LEGACY_VC11} (warning): a VC Data Model 1.1 credential;</li>
 *   <li>{@value #HASHED_IDENTITY} (information): an identity given only as a hash;</li>
 *   <li>{@value #UNKNOWN_CONTEXT} (information): a context the library does not bundle;</li>
 *   <li>{@value #PROOF} (information): a proof, neither checked nor carried;</li>
 *   <li>{@value #PRESERVED} (information): what the model does not carry is kept as preserved
 *       data ({@link MicroCredential#preserved()}) and written back by {@link OpenBadgesWriter};</li>
 *   <li>{@value #ACHIEVEMENT_MISSING} (warning): a credential without an achievement (as some of
 *       the specification's own examples are), read without a title or kind;</li>
 *   <li>{@value #ENDORSEMENT_UNSIGNED} (warning): an endorsement without a proof;</li>
 *   <li>{@value #ENDORSEMENT_INVALID} (warning): an embedded endorsement ({@code endorsement}, or
 *       the payload of an {@code endorsementJwt}) that is not a valid EndorsementCredential;</li>
 *   <li>{@value #ENDORSEMENT_SUBJECT} (warning): an embedded endorsement about something else than
 *       the credential, issuer, achievement or creator it is embedded in.</li>
 * </ul>
 *
 * <p>{@link #readEndorsement(byte[])} reads an {@code EndorsementCredential} on its own; embedded
 * endorsements are read the same way while reading the credential (the model does not carry them:
 * they are preserved). Reading checks an endorsement's form, not its proof: see {@link Endorsement}
 * for what a verifier must check.
 *
 * <p>Input that is not an Open Badges 3.0 credential (malformed JSON, duplicate keys, a missing
 * {@code @context}, {@code type}, {@code id}, {@code issuer}, {@code validFrom},
 * {@code credentialSubject}, a member of the wrong JSON type, input over the
 * {@link ReadLimits}) throws {@link CredentialParseException} naming the JSON Pointer. Instances
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<MicroCredential> read = OpenBadgesReader.create().read(bytes);
 * read.findings().findings().forEach(System.out::println);
 * MicroCredential credential = read.value();
 * }</pre>
 */
public final class OpenBadgesReader {

    /** Rule id: a member the model cannot carry. */
    public static final String UNMAPPED = Rules.UNMAPPED;
    /** Rule id: a value the model rejects, left out. */
    public static final String INVALID_VALUE = Rules.INVALID_VALUE;
    /** Rule id: credits without a stated unit, read as ECTS. */
    public static final String CREDIT_UNIT = Rules.CREDIT_UNIT;
    /** Rule id: a VC Data Model 1.1 credential. */
    public static final String LEGACY_VC11 = Rules.LEGACY_VC11;
    /** Rule id: an identity given only as a hash. */
    public static final String HASHED_IDENTITY = Rules.HASHED_IDENTITY;
    /** Rule id: a context the library does not bundle. */
    public static final String UNKNOWN_CONTEXT = Rules.UNKNOWN_CONTEXT;
    /** Rule id: a proof, neither checked nor carried. */
    public static final String PROOF = Rules.PROOF;
    /** Rule id: what the model does not carry is kept as preserved data. */
    public static final String PRESERVED = Rules.PRESERVED;
    /** Rule id: a credential without an achievement, read without one. */
    public static final String ACHIEVEMENT_MISSING = Rules.ACHIEVEMENT_MISSING;
    /** Rule id: an endorsement without a proof. */
    public static final String ENDORSEMENT_UNSIGNED = Rules.ENDORSEMENT_UNSIGNED;
    /** Rule id: an embedded endorsement that is not a valid EndorsementCredential. */
    public static final String ENDORSEMENT_INVALID = Rules.ENDORSEMENT_INVALID;
    /** Rule id: an embedded endorsement about something else than what it is embedded in. */
    public static final String ENDORSEMENT_SUBJECT = Rules.ENDORSEMENT_SUBJECT;

    private static final OpenBadgesReader DEFAULT = new OpenBadgesReader(ReadLimits.DEFAULT, ReaderFindings.defaults());

    private final ReadLimits limits;
    private final ReaderFindings findings;
    private final JsonParsing parsing;

    private OpenBadgesReader(ReadLimits limits, ReaderFindings findings) {
        this.limits = limits;
        this.findings = findings;
        this.parsing = new JsonParsing(limits.maxDocumentBytes(), limits.maxDepth(), limits.maxStringLength(),
                limits.maxNumberLength(), limits.maxElements());
    }

    /**
     * A reader with the default input limits.
     *
     * @return a shared reader
     */
    public static OpenBadgesReader create() {
        return DEFAULT;
    }

    /**
     * A reader with other input limits.
     *
     * @param limits the limits on input size and nesting
     * @return a new reader
     */
    public static OpenBadgesReader create(ReadLimits limits) {
        return new OpenBadgesReader(Objects.requireNonNull(limits, "limits"), ReaderFindings.defaults());
    }

    /**
     * This reader with a policy for its findings: a policy may raise, lower or switch off any of
     * the rules above, as it does the validation rules.
     *
     * @param policy the policy
     * @return a reader that differs only in its policy
     */
    public OpenBadgesReader withPolicy(Policy policy) {
        return new OpenBadgesReader(limits, findings.withPolicy(Objects.requireNonNull(policy, "policy")));
    }

    /**
     * This reader with the messages of its findings in another language.
     *
     * @param locale the language; English where no bundle for it is shipped
     * @return a reader that differs only in its locale
     */
    public OpenBadgesReader withLocale(Locale locale) {
        return new OpenBadgesReader(limits, findings.withLocale(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * Reads a credential.
     *
     * @param json the UTF-8 JSON bytes
     * @return the credential and what could not be carried into the model
     * @throws CredentialParseException if the input is not an Open Badges 3.0 credential; the
     *     message names the JSON Pointer and the problem
     */
    public ReadResult<MicroCredential> read(byte[] json) throws CredentialParseException {
        return read(parsing.parse(json));
    }

    /**
     * Reads a credential from text.
     *
     * @param json the JSON text
     * @return the credential and what could not be carried into the model
     * @throws CredentialParseException if the input is not an Open Badges 3.0 credential
     */
    public ReadResult<MicroCredential> read(String json) throws CredentialParseException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a credential from a stream, at most the document size limit.
     *
     * @param json the stream of UTF-8 JSON; not closed
     * @return the credential and what could not be carried into the model
     * @throws CredentialParseException if the input is not an Open Badges 3.0 credential or cannot
     *     be read
     */
    public ReadResult<MicroCredential> read(InputStream json) throws CredentialParseException {
        return read(parsing.parse(json));
    }

    /**
     * Whether bytes look like an Open Badges 3.0 credential: a JSON object whose {@code type}
     * includes {@code OpenBadgeCredential} or {@code AchievementCredential}. For detecting the
     * format of a file; does not validate.
     *
     * @param json the bytes
     * @return {@code true} when the bytes parse and name such a type
     */
    public boolean isOpenBadgeCredential(byte[] json) {
        try {
            JsonNode type = parsing.parse(json).path("type");
            JsonNode types = type.isArray() ? type : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .arrayNode().add(type);
            for (JsonNode t : types) {
                if (t.asText("").equals("OpenBadgeCredential") || t.asText("").equals("AchievementCredential")) {
                    return true;
                }
            }
            return false;
        } catch (CredentialParseException e) {
            return false;
        }
    }

    /**
     * Reads an Open Badges 3.0 {@code EndorsementCredential} (VC Data Model 2.0, or 1.1 for a
     * legacy one) and checks it against what the specification requires of one. Its proof is not
     * verified: see {@link Endorsement}.
     *
     * @param json the UTF-8 JSON bytes
     * @return the endorsement, with {@value #ENDORSEMENT_UNSIGNED}, {@value #PROOF},
     *     {@value #UNMAPPED} and {@value #LEGACY_VC11} findings
     * @throws CredentialParseException if the input is not an EndorsementCredential: malformed
     *     JSON, a missing {@code @context}, {@code type}, {@code id}, {@code name}, {@code issuer},
     *     {@code validFrom} or {@code credentialSubject} (with its {@code id} and the type
     *     {@code EndorsementSubject}), a member of the wrong type; the message names the JSON Pointer
     */
    public ReadResult<Endorsement> readEndorsement(byte[] json) throws CredentialParseException {
        JsonNode document = parsing.parse(json);
        try {
            return new EndorsementReader(document, findings).read();
        } catch (RuntimeException e) {
            // A defect must not reach the caller as a raw exception for a bad document.
            throw new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, "",
                    "cannot read the endorsement (a defect of this library; please report it): " + e, e);
        }
    }

    /**
     * Whether bytes look like an Open Badges 3.0 {@code EndorsementCredential}: a JSON object whose
     * {@code type} includes it. For detecting the kind of a file; does not validate.
     *
     * @param json the bytes
     * @return {@code true} when the bytes parse and name that type
     */
    public boolean isEndorsementCredential(byte[] json) {
        try {
            return EndorsementReader.isEndorsement(parsing.parse(json));
        } catch (CredentialParseException e) {
            return false;
        }
    }

    private ReadResult<MicroCredential> read(JsonNode document) throws CredentialParseException {
        try {
            return new CredentialReader(document, findings).read();
        } catch (RuntimeException e) {
            // A defect must not reach the caller as a raw exception for a bad document.
            throw new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, "",
                    "cannot read the credential (a defect of this library; please report it): " + e, e);
        }
    }
}
