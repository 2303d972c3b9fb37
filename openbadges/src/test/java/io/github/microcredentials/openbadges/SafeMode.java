package io.github.microcredentials.openbadges;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-LD expansion in "safe mode" with Titanium, with the bundled contexts only: an undefined
 * term (one that expansion would drop) fails, as Data Integrity and 1EdTech require; so does a
 * relative IRI, which would be dropped when the document is turned into RDF to be signed.
 */
final class SafeMode {

    private SafeMode() {
    }

    /** Expands a document; returns the expanded form. */
    static JsonArray expand(String json) throws JsonLdError {
        JsonLdOptions options = new JsonLdOptions(bundledOnly());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        Document document = JsonDocument.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        JsonArray expanded = JsonLd.expand(document).options(options).get();
        List<String> relative = new ArrayList<>();
        relativeIris(expanded, relative);
        if (!relative.isEmpty()) {
            throw new JsonLdError(JsonLdErrorCode.INVALID_IRI_MAPPING, "relative IRIs: " + relative);
        }
        return expanded;
    }

    /** A loader that serves the bundled contexts and refuses every other URL. */
    static DocumentLoader bundledOnly() {
        JsonLdContexts contexts = JsonLdContexts.bundled();
        return (url, loaderOptions) -> {
            byte[] bytes = contexts.document(url).orElseThrow(() -> new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not a bundled context: " + url));
            JsonDocument document = JsonDocument.of(new ByteArrayInputStream(bytes));
            document.setDocumentUrl(url);
            return document;
        };
    }

    private static void relativeIris(JsonValue value, List<String> found) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> relativeIris(v, found));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if ((key.equals("@id") || key.equals("@type")) && v instanceof JsonString s && !isAbsolute(s.getString())) {
                    found.add(s.getString());
                }
                if (key.equals("@type") && v instanceof JsonArray types) {
                    types.stream().filter(t -> t instanceof JsonString s && !isAbsolute(s.getString()))
                            .forEach(t -> found.add(t.toString()));
                }
                if (!key.equals("@value")) {
                    relativeIris(v, found);
                }
            });
        }
    }

    private static boolean isAbsolute(String iri) {
        return iri.startsWith("_:") || URI.create(iri).isAbsolute();
    }
}
