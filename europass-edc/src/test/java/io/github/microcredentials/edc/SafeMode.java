package io.github.microcredentials.edc;

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
import java.util.ArrayList;
import java.util.List;

/**
 * JSON-LD "safe mode" with Titanium: expansion fails on any key the context does not define
 * (nothing silently dropped), contexts come only from the bundled registry (a request for any
 * other URL fails), and every node and type IRI of the expanded document is absolute.
 */
final class SafeMode {

    private SafeMode() {
    }

    /** Expands the document; returns the problems found (empty when safe). */
    static List<String> check(byte[] jsonLd) {
        JsonLdOptions options = new JsonLdOptions(offlineLoader());
        options.setUndefinedTermsPolicy(JsonLdOptions.ProcessingPolicy.Fail);
        List<String> problems = new ArrayList<>();
        try {
            JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(jsonLd))).options(options).get();
            expanded.forEach(v -> relativeIris(v, problems));
        } catch (JsonLdError e) {
            problems.add(e.getCode() + ": " + e.getMessage());
        }
        return problems;
    }

    private static DocumentLoader offlineLoader() {
        return (url, loaderOptions) -> {
            byte[] context = JsonLdContexts.bundled().document(url).orElseThrow(() -> new JsonLdError(
                    JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not a bundled context (no network): " + url));
            Document document = JsonDocument.of(new ByteArrayInputStream(context));
            document.setDocumentUrl(url);
            return document;
        };
    }

    private static void relativeIris(JsonValue value, List<String> problems) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> relativeIris(v, problems));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (("@id".equals(key) || "@type".equals(key)) && !absolute(v)) {
                    problems.add("relative IRI " + v);
                }
                relativeIris(v, problems);
            });
        }
    }

    private static boolean absolute(JsonValue value) {
        if (value instanceof JsonArray array) {
            return array.stream().allMatch(SafeMode::absolute);
        }
        return !(value instanceof JsonString s) || URI.create(s.getString()).isAbsolute();
    }
}
