package io.github.microcredentials.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.internal.json.JsonParsing;
import io.github.microcredentials.core.internal.json.NativeCodec;
import io.github.microcredentials.core.internal.json.ReadContext;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Report;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The library's own JSON interchange format for the model: micro-credentials, learning
 * opportunities, learning pathways, micro-credential pathways and course designs.
 *
 * <p>Every document is a JSON object whose {@code "type"} member names what it is
 * ({@code "MicroCredential"}, {@code "LearningOpportunity"}, {@code "LearningPathway"},
 * {@code "MicroCredentialPathway"}, {@code "CourseDesign"}); the other member names are the
 * model's accessor names, absent values and empty lists are left out, texts are objects by
 * language tag, ECTS credits are exact JSON numbers, dates and durations are ISO 8601 strings,
 * vocabulary values are their codes (or URIs). The README shows a complete example.
 *
 * <p>Reading is strict: duplicate keys, wrong types, missing required members, values the model
 * rejects and input over the {@link ReadLimits} are a {@link CredentialParseException} whose
 * message names the JSON Pointer and the problem. Unknown members are an error for
 * {@link #read(byte[], Class)}, and findings for {@link #readReporting(byte[], Class)}; they are
 * never silently dropped. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * NativeJson json = NativeJson.create();
 * String text = json.write(credential);
 * MicroCredential back = json.read(text, MicroCredential.class);
 * }</pre>
 */
public final class NativeJson {

    private static final NativeJson DEFAULT = new NativeJson(ReadLimits.DEFAULT, ReaderFindings.defaults());

    private final ReadLimits limits;
    private final ReaderFindings findings;
    private final JsonParsing parsing;
    private final ObjectWriter writer;

    private NativeJson(ReadLimits limits, ReaderFindings findings) {
        this.limits = limits;
        this.findings = findings;
        this.parsing = new JsonParsing(limits.maxDocumentBytes(), limits.maxDepth(), limits.maxStringLength(),
                limits.maxNumberLength(), limits.maxElements());
        // Two-space indentation, "\n" line ends whatever the platform, arrays one element per line:
        // the same bytes on every machine, so output can be diffed, hashed and signed.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        this.writer = parsing.mapper().writer(printer);
    }

    /**
     * The format with the default limits.
     *
     * @return a shared instance
     */
    public static NativeJson create() {
        return DEFAULT;
    }

    /**
     * The format with other input limits.
     *
     * @param limits the limits on input
     * @return a new instance
     */
    public static NativeJson create(ReadLimits limits) {
        return new NativeJson(Objects.requireNonNull(limits, "limits"), ReaderFindings.defaults());
    }

    /**
     * This format with a policy for the findings of {@link #readReporting(byte[], Class)} and
     * {@link #readAnyReporting(byte[])}: the policy may raise, lower or switch off
     * {@code JSON-UNKNOWN-PROPERTY}.
     *
     * @param policy the policy
     * @return a format that differs only in its policy
     */
    public NativeJson withPolicy(Policy policy) {
        return new NativeJson(limits, findings.withPolicy(Objects.requireNonNull(policy, "policy")));
    }

    /**
     * This format with the messages of its findings in another language.
     *
     * @param locale the language; English where no bundle for it is shipped
     * @return a format that differs only in its locale
     */
    public NativeJson withLocale(Locale locale) {
        return new NativeJson(limits, findings.withLocale(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * The limits on input.
     *
     * @return the limits
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The {@code "type"} names of the documents of the format.
     *
     * @return {@code MicroCredential}, {@code LearningOpportunity}, {@code LearningPathway},
     *     {@code MicroCredentialPathway}, {@code CourseDesign}
     */
    public static List<String> documentTypes() {
        return NativeCodec.typeNames();
    }

    /**
     * Writes a document as indented JSON.
     *
     * @param document the document
     * @return the JSON text
     */
    public String write(Document document) {
        return new String(writeBytes(document), StandardCharsets.UTF_8);
    }

    /**
     * Writes a document as indented UTF-8 JSON.
     *
     * @param document the document
     * @return the JSON bytes
     */
    public byte[] writeBytes(Document document) {
        Objects.requireNonNull(document, "document");
        try {
            return writer.writeValueAsBytes(NativeCodec.write(document));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * Reads a document of an expected type; unknown members are errors.
     *
     * @param json the UTF-8 JSON bytes
     * @param type the document class, for example {@code MicroCredential.class}
     * @param <T> the document type
     * @return the document
     * @throws CredentialParseException if the input is not such a document; the message names the
     *     JSON Pointer and the problem
     */
    public <T extends Document> T read(byte[] json, Class<T> type) throws CredentialParseException {
        return NativeCodec.read(parsing.parse(json), type, new ReadContext(true));
    }

    /**
     * Reads a document of an expected type from text; unknown members are errors.
     *
     * @param json the JSON text
     * @param type the document class
     * @param <T> the document type
     * @return the document
     * @throws CredentialParseException if the input is not such a document
     */
    public <T extends Document> T read(String json, Class<T> type) throws CredentialParseException {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads a document of an expected type from a stream, at most the document size limit.
     *
     * @param json the stream of UTF-8 JSON; not closed
     * @param type the document class
     * @param <T> the document type
     * @return the document
     * @throws CredentialParseException if the input is not such a document or cannot be read
     */
    public <T extends Document> T read(InputStream json, Class<T> type) throws CredentialParseException {
        return NativeCodec.read(parsing.parse(json), type, new ReadContext(true));
    }

    /**
     * Reads a document of an expected type, reporting unknown members as findings (rule
     * {@code JSON-UNKNOWN-PROPERTY}, warning unless {@link #withPolicy(Policy) a policy} says
     * otherwise) instead of failing.
     *
     * @param json the UTF-8 JSON bytes
     * @param type the document class
     * @param <T> the document type
     * @return the document and what was not read
     * @throws CredentialParseException if the input is not such a document for any other reason
     */
    public <T extends Document> ReadResult<T> readReporting(byte[] json, Class<T> type) throws CredentialParseException {
        ReadContext context = new ReadContext(false);
        T value = NativeCodec.read(parsing.parse(json), type, context);
        return new ReadResult<>(value, report(context));
    }

    /**
     * Reads a document of whatever type its {@code "type"} member names; unknown members are
     * errors.
     *
     * @param json the UTF-8 JSON bytes
     * @return a {@code MicroCredential}, {@code LearningOpportunity}, {@code LearningPathway},
     *     {@code MicroCredentialPathway} or {@code CourseDesign}
     * @throws CredentialParseException if the input is not a document of the format
     */
    public Document readAny(byte[] json) throws CredentialParseException {
        return NativeCodec.readAny(parsing.parse(json), new ReadContext(true));
    }

    /**
     * Reads a document of whatever type its {@code "type"} member names, reporting unknown members
     * as findings (rule {@code JSON-UNKNOWN-PROPERTY}, warning) instead of failing.
     *
     * @param json the UTF-8 JSON bytes
     * @return a {@code MicroCredential}, {@code LearningOpportunity}, {@code LearningPathway},
     *     {@code MicroCredentialPathway} or {@code CourseDesign}, and what was not read
     * @throws CredentialParseException if the input is not a document of the format for any other reason
     */
    public ReadResult<Document> readAnyReporting(byte[] json) throws CredentialParseException {
        ReadContext context = new ReadContext(false);
        Document value = NativeCodec.readAny(parsing.parse(json), context);
        return new ReadResult<>(value, report(context));
    }

    private Report report(ReadContext context) {
        Report.Builder report = Report.builder(Integer.MAX_VALUE);
        for (String pointer : context.unknownProperties()) {
            findings.create(ReadContext.UNKNOWN_PROPERTY_RULE, pointer, null).ifPresent(report::add);
        }
        return report.build();
    }

    /**
     * Whether bytes look like a document of this format: a JSON object whose {@code "type"} is one
     * of {@link #documentTypes()}. For detecting the format of a file; does not validate.
     *
     * @param json the bytes
     * @return {@code true} when the bytes parse and name a native document type
     */
    public boolean isNativeDocument(byte[] json) {
        try {
            JsonNode tree = parsing.parse(json);
            return NativeCodec.typeOf(tree).filter(NativeCodec.typeNames()::contains).isPresent();
        } catch (CredentialParseException e) {
            return false;
        }
    }
}
