package io.github.microcredentials.signing.internal.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.ActiveContextBuilder;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.processor.ExpansionProcessor;
import com.apicatalog.jsonld.processor.ToRdfProcessor;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.json.StrictJson;
import io.github.microcredentials.signing.internal.rdf.DocumentException.Reason;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * JSON-LD to RDF in "safe mode", as Data Integrity requires: contexts only from the registry, and
 * nothing the conversion would drop silently. An undefined term, a relative IRI (an undefined
 * type, for example) or a {@code null} value is an error; it is never signed or verified away.
 * Thread-safe.
 *
 * @see <a href="https://www.w3.org/TR/vc-data-integrity/#json-ld-safe-mode">JSON-LD safe mode</a>
 */
public final class SafeJsonLd {

    /**
     * Titanium 1.7 formats doubles with one static {@link java.text.DecimalFormat}, which is not
     * thread-safe: concurrent conversions could write each other's digits into the RDF (and so
     * sign wrong data). Conversions on this path run one at a time; the fast path, which handles
     * almost every credential, has its own formatter per thread.
     */
    private static final Object TO_RDF = new Object();

    private final ContextLoader loader;

    /**
     * Creates the converter.
     *
     * @param contexts the only contexts documents may use
     */
    public SafeJsonLd(JsonLdContexts contexts) {
        this.loader = new ContextLoader(contexts);
    }

    /**
     * Converts a document and sends its quads to a consumer.
     *
     * @param document the compacted JSON-LD document
     * @param consumer where the quads go
     * @throws DocumentException if a context is unknown, a term undefined, a value would be dropped,
     *     or the JSON-LD is invalid
     */
    public void toRdf(JsonObject document, RdfQuadConsumer consumer) throws DocumentException {
        rejectNulls(document, "");
        JsonLdOptions options = options();
        try {
            JsonArray expanded = ExpansionProcessor.expand(JsonDocument.of(document), options, false);
            ExpandedCheck.check(expanded);
            synchronized (TO_RDF) {
                ToRdfProcessor.toRdf(consumer, expanded, options);
            }
        } catch (ContextLoader.UnknownContextException e) {
            throw new DocumentException(Reason.UNKNOWN_CONTEXT, e.getMessage(), e);
        } catch (JsonLdError e) {
            throw translate(e, document);
        } catch (RdfDataset.LimitExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // Titanium fails on some invalid input with a bare runtime exception (an IllegalStateException
            // in node map generation for a keyword holding a scalar, for one): still bad input, not a bug of ours.
            throw new DocumentException(Reason.INVALID_JSON_LD, "invalid JSON-LD: " + e, e);
        }
    }

    /**
     * The options of the conversion: the registry's loader, JSON-LD 1.1, undefined terms fail.
     *
     * @return new options
     */
    public JsonLdOptions options() {
        JsonLdOptions options = new JsonLdOptions(loader);
        options.setProcessingMode(JsonLdVersion.V1_1);
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        options.setOrdered(false);
        return options;
    }

    private DocumentException translate(JsonLdError e, JsonObject document) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RdfDataset.LimitExceeded limit) {
                throw limit;
            }
            if (cause instanceof ContextLoader.UnknownContextException) {
                return new DocumentException(Reason.UNKNOWN_CONTEXT, cause.getMessage(), e);
            }
        }
        String message = e.getMessage() == null ? e.getCode().toMessage() : e.getMessage();
        if (e.getCode() == JsonLdErrorCode.UNDEFINED_TERM) {
            return new DocumentException(Reason.UNDEFINED_TERM, "undefined JSON-LD term: " + message, e);
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonLdError error && error.getCode() == JsonLdErrorCode.PROTECTED_TERM_REDEFINITION) {
                return new DocumentException(Reason.INVALID_JSON_LD, protectedTermMessage(document), e);
            }
        }
        return new DocumentException(Reason.INVALID_JSON_LD, "invalid JSON-LD (" + e.getCode() + "): " + message, e);
    }

    /**
     * Which context of the document's list redefines a term an earlier one protects: Titanium says
     * only that loading a context failed. Found by processing ever longer prefixes of the list
     * (on this error path only).
     */
    private String protectedTermMessage(JsonObject document) {
        JsonValue contexts = document.get("@context");
        List<JsonValue> list = contexts instanceof JsonArray array ? array : contexts == null ? List.of() : List.of(contexts);
        for (int i = 1; i < list.size(); i++) {
            try {
                ActiveContextBuilder.with(new ActiveContext(null, null, ProcessingRuntime.of(options())))
                        .create(StrictJson.PROVIDER.createArrayBuilder(list.subList(0, i + 1)).build(), null);
            } catch (JsonLdError | RuntimeException failed) {
                String culprit = list.get(i) instanceof JsonString url ? url.getString() : "the inline context at /@context/" + i;
                String hint = culprit.startsWith("https://purl.imsglobal.org/spec/ob/v3p0/context") && !culprit.endsWith("3.0.3.json")
                        ? "; Open Badges contexts before 3.0.3 pair with VC Data Model 1.1 (https://www.w3.org/2018/credentials/v1):"
                                + " with VC 2.0 use https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" : "";
                return "invalid JSON-LD (PROTECTED_TERM_REDEFINITION): the context " + culprit
                        + " redefines a term that an earlier context of /@context protects" + hint;
            }
        }
        return "invalid JSON-LD (PROTECTED_TERM_REDEFINITION): a context redefines a protected term";
    }

    /** JSON-LD drops {@code null} members silently; outside contexts, they are errors here. */
    private static void rejectNulls(JsonValue value, String pointer) throws DocumentException {
        switch (value.getValueType()) {
            case NULL:
                throw new DocumentException(Reason.DROPPED_VALUE, "at " + pointer + ": a null value would be dropped by JSON-LD");
            case OBJECT:
                for (var member : value.asJsonObject().entrySet()) {
                    if (!"@context".equals(member.getKey())) {
                        rejectNulls(member.getValue(), pointer + "/" + StrictJson.escape(member.getKey()));
                    }
                }
                break;
            case ARRAY: {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    rejectNulls(array.get(i), pointer + "/" + i);
                }
                break;
            }
            default:
                break;
        }
    }
}
