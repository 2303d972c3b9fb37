package io.github.microcredentials.signing.internal.rdf;

import io.github.microcredentials.signing.internal.rdf.DocumentException.Reason;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an expanded JSON-LD document for what RDF conversion would drop without a word: node
 * ids, types, properties and datatypes that are not absolute IRIs (or blank node ids).
 */
final class ExpandedCheck {

    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

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
                case "@value":
                case "@language":
                case "@direction":
                case "@index":
                    break;
                default:
                    if (!key.startsWith("@") && !isAbsolute(key)) {
                        throw new DocumentException(Reason.UNDEFINED_TERM, "property \"" + key + "\" is not defined by the contexts");
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
        if (!isAbsolute(text.getString())) {
            Reason reason = "type".equals(what) ? Reason.UNDEFINED_TERM : Reason.DROPPED_VALUE;
            throw new DocumentException(reason, what + " \"" + text.getString()
                    + "\" is neither defined by the contexts nor an absolute IRI, so JSON-LD would drop it");
        }
    }

    private static boolean isAbsolute(String iri) {
        return iri.startsWith("_:") || ABSOLUTE_IRI.matcher(iri).matches();
    }
}
