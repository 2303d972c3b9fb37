package io.github.microcredentials.edc;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.edc.internal.read.CredentialReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a Europass European Digital Credential (ELM v3 JSON-LD) into the micro-credential model.
 *
 * <p>Accepted forms: the credential itself; the EDC upload format
 * {@code {"credential": …, "deliveryDetails": …}}; and a credential sealed as JAdES in the JWS JSON
 * serialization ({@code {"payload": "…", "signatures": […]}}), whose payload is read <em>without</em>
 * verifying the seal (the signing module verifies). Reading loses nothing: whatever the model
 * cannot carry is reported as a finding ({@link EdcFindings}) with the JSON Pointer of the input
 * member, and kept with the credential as {@link io.github.microcredentials.core.model.PreservedData
 * preserved data} (format {@code "edc"}), which {@link EdcWriter} writes back: EDC → model → EDC
 * gives the EDC's RDF graph. Absent ELM data yields absent model elements, so that validation
 * reports missing Annex I elements. The date of issuing is the awarding date, else {@code issued},
 * {@code issuanceDate}, {@code validFrom}, so that a seal's {@code issued} does not change it.
 *
 * <p>Input that is not JSON, not an EDC (a credential node typed both {@code VerifiableCredential},
 * to which the VC context scopes the credential terms, and {@code EuropeanDigitalCredential}), holds a member of the wrong JSON type, a value the
 * model rejects, or a concept of an unknown scheme where the profile requires an EU vocabulary
 * (EQF, ISCED-F, country, language, learning setting) throws {@link CredentialParseException}
 * naming the JSON Pointer. Input over the {@link ReadLimits} is refused. Nothing is fetched.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<MicroCredential> read = EdcReader.create().read(bytes);
 * read.findings().findings().forEach(System.out::println);   // what the model could not carry
 * }</pre>
 */
public final class EdcReader {

    private static final EdcReader DEFAULT = new EdcReader(ReadLimits.DEFAULT, ReaderFindings.defaults());

    private final ReadLimits limits;
    private final ReaderFindings findings;
    private final JsonParsing parsing;

    private EdcReader(ReadLimits limits, ReaderFindings findings) {
        this.limits = limits;
        this.findings = findings;
        this.parsing = new JsonParsing(limits.maxDocumentBytes(), limits.maxDepth(), limits.maxStringLength(),
                limits.maxNumberLength(), limits.maxElements());
    }

    /**
     * A reader with the default limits (16 MiB, nesting depth 64).
     *
     * @return the reader
     */
    public static EdcReader create() {
        return DEFAULT;
    }

    /**
     * A reader with the given limits; they apply to the input and to a sealed credential's payload.
     *
     * @param limits the limits
     * @return the reader
     */
    public static EdcReader create(ReadLimits limits) {
        return new EdcReader(Objects.requireNonNull(limits, "limits"), ReaderFindings.defaults());
    }

    /**
     * This reader with a policy for its findings: a policy may raise, lower or switch off any
     * rule of {@link EdcFindings}, as it does the validation rules.
     *
     * @param policy the policy
     * @return a reader that differs only in its policy
     */
    public EdcReader withPolicy(Policy policy) {
        return new EdcReader(limits, findings.withPolicy(Objects.requireNonNull(policy, "policy")));
    }

    /**
     * This reader with the messages of its findings in another language.
     *
     * @param locale the language; English where no bundle for it is shipped
     * @return a reader that differs only in its locale
     */
    public EdcReader withLocale(Locale locale) {
        return new EdcReader(limits, findings.withLocale(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * Reads an EDC.
     *
     * @param json the UTF-8 JSON input
     * @return the credential and the findings of what it could not carry
     * @throws CredentialParseException if the input is not an EDC, is malformed or exceeds a limit;
     *     the message names the JSON Pointer and the problem
     */
    public ReadResult<MicroCredential> read(byte[] json) throws CredentialParseException {
        return guarded(parsing.parse(json));
    }

    /** Reads a parsed document; a runtime exception no check foresaw is a parse failure, never thrown as it is. */
    private ReadResult<MicroCredential> guarded(JsonNode document) throws CredentialParseException {
        try {
            return CredentialReader.read(document, this::payload, findings);
        } catch (RuntimeException e) {
            throw new CredentialParseException(CredentialParseException.Problem.INVALID_VALUE, "",
                    "cannot read the credential (a defect of this library; please report it): " + e, e);
        }
    }

    /**
     * Reads an EDC from text.
     *
     * @param json the JSON input
     * @return the credential and the findings
     * @throws CredentialParseException as {@link #read(byte[])}
     */
    public ReadResult<MicroCredential> read(String json) throws CredentialParseException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads an EDC from a stream (read to its end, up to the size limit; not closed).
     *
     * @param json the JSON input
     * @return the credential and the findings
     * @throws CredentialParseException as {@link #read(byte[])}
     */
    public ReadResult<MicroCredential> read(InputStream json) throws CredentialParseException {
        return guarded(parsing.parse(json));
    }

    /**
     * Whether the input is an EDC in one of the forms this reader accepts (by its content: a
     * credential node of type {@code EuropeanDigitalCredential}).
     *
     * @param json the input
     * @return {@code true} when {@link #read(byte[])} would read it as an EDC
     */
    public boolean isEdcDocument(byte[] json) {
        try {
            return CredentialReader.isEdc(parsing.parse(json), this::payload);
        } catch (CredentialParseException | RuntimeException e) {
            return false;
        }
    }

    private JsonNode payload(String payload) throws CredentialParseException {
        try {
            return parsing.parse(payload.getBytes(StandardCharsets.UTF_8));
        } catch (CredentialParseException e) {
            throw new CredentialParseException(e.problem(), "/payload" + e.location(), "sealed payload: " + e.getMessage(), e);
        }
    }
}
