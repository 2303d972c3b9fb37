package io.github.microcredentials.signing.internal.rdf;

import com.apicatalog.jsonld.lang.BlankNode;
import com.apicatalog.jsonld.lang.LanguageTag;
import com.apicatalog.jsonld.uri.UriUtils;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import io.github.microcredentials.signing.internal.rdf.DocumentException.Reason;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Checks an expanded JSON-LD document for what RDF conversion would drop without a word, with
 * the tests the conversion itself applies: node ids, types, object references and datatypes that
 * are neither absolute IRIs ({@link java.net.URI} must parse them) nor well-formed blank node
 * identifiers, properties that are not absolute IRIs, and language tags that are not well-formed.
 * Each of these would otherwise leave a value out of what is signed.
 */
final class ExpandedCheck {

    private ExpandedCheck() {
    }

    static void check(JsonValue value) throws DocumentException {
        switch (value.getValueType()) {
            case ARRAY:
                for (JsonValue item : value.asJsonArray()) {
                    check(item);
                }
                break;
            case OBJECT:
                object(value.asJsonObject());
                break;
            default:
                break;
        }
    }

    private static void object(Map<String, JsonValue> object) throws DocumentException {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            String key = member.getKey();
            JsonValue value = member.getValue();
            switch (key) {
                case "@id":
                    iri(value, "node id");
                    break;
                case "@type":
                    if (!(valueObject && value instanceof JsonString text && "@json".equals(text.getString()))) {
                        iris(value, valueObject ? "datatype" : "type");
                    }
                    break;
                case "@language":
                    language(value);
                    break;
                case "@value":
                case "@direction":
                case "@index":
                    break;
                default:
                    if (!key.startsWith("@") && !UriUtils.isAbsoluteUri(key, UriValidationPolicy.Full)) {
                        throw new DocumentException(Reason.UNDEFINED_TERM, "property \"" + key + "\" is not defined by the contexts"
                                + " or is not a valid absolute IRI");
                    }
                    check(value);
            }
        }
    }

    private static void iris(JsonValue value, String what) throws DocumentException {
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue item : value.asJsonArray()) {
                iri(item, what);
            }
        } else {
            iri(value, what);
        }
    }

    private static void iri(JsonValue value, String what) throws DocumentException {
        if (!(value instanceof JsonString text)) {
            throw new DocumentException(Reason.INVALID_JSON_LD, what + " is not a string");
        }
        String iri = text.getString();
        boolean blank = iri.startsWith("_:");
        if (blank ? !BlankNode.isWellFormed(iri) || "datatype".equals(what) : !UriUtils.isAbsoluteUri(iri, UriValidationPolicy.Full)) {
            Reason reason = "type".equals(what) && !iri.contains(":") ? Reason.UNDEFINED_TERM : Reason.DROPPED_VALUE;
            throw new DocumentException(reason, what + " \"" + iri
                    + "\" is neither defined by the contexts nor a valid absolute IRI, so JSON-LD would drop it");
        }
    }

    private static void language(JsonValue value) throws DocumentException {
        if (!(value instanceof JsonString text) || !LanguageTag.isWellFormed(text.getString())) {
            throw new DocumentException(Reason.DROPPED_VALUE, "language tag " + value
                    + " is not well-formed, so JSON-LD would drop the value");
        }
    }
}
