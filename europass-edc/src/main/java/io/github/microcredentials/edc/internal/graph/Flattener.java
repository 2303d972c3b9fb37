package io.github.microcredentials.edc.internal.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An EDC's JSON-LD as RDF statements, as a JSON-LD processor would give them with the EDC
 * contexts ({@link EdcContext}): embedded and referenced nodes become one node, arrays and single
 * values, language maps and value objects become the same literals, numbers take JSON-LD's
 * canonical lexical forms. Members JSON-LD drops (no term, no IRI) give no statement.
 */
public final class Flattener {

    /**
     * A flattened document.
     *
     * @param graph its statements
     * @param root the identifier of its top node
     * @param pointers where each node is first written (JSON Pointer), blank nodes by their label
     */
    public record Flattened(Graph graph, String root, Map<String, String> pointers) {
    }

    private final EdcContext context = EdcContext.get();
    private final Graph graph = new Graph();
    private final Map<String, String> pointers = new java.util.LinkedHashMap<>();
    private final String blankPrefix;
    private int blanks;

    private Flattener(String blankPrefix) {
        this.blankPrefix = blankPrefix;
    }

    /**
     * Flattens a document.
     *
     * @param root the credential object
     * @param blankPrefix the prefix of the labels given to nodes without {@code id}, for example
     *     {@code "_:b"}; documents flattened to be compared get different prefixes
     * @return the graph
     */
    public static Flattened flatten(ObjectNode root, String blankPrefix) {
        Flattener flattener = new Flattener(blankPrefix);
        String id = flattener.node(root, true, "").orElseThrow(() -> new IllegalArgumentException(
                "the credential's id is not an absolute IRI"));
        return new Flattened(flattener.graph, id, java.util.Collections.unmodifiableMap(flattener.pointers));
    }

    /**
     * Adds a node's statements.
     *
     * @return its identifier, or empty for a node whose identifier is a relative IRI: JSON-LD
     *     gives no statement about it or pointing to it (its embedded nodes still count)
     */
    private Optional<String> node(ObjectNode object, boolean top, String pointer) {
        JsonNode idNode = object.has("id") ? object.get("id") : object.get("@id");
        String id = idNode != null && idNode.isTextual() ? context.id(idNode.asText()) : blankPrefix + (blanks++);
        Graph target = isWellFormed(id) ? graph : new Graph();
        target.touch(id);
        pointers.putIfAbsent(id, pointer);
        boolean credential = false;
        JsonNode types = object.has("type") ? object.get("type") : object.get("@type");
        if (types != null) {
            for (JsonNode type : types.isArray() ? types : java.util.List.of(types)) {
                Optional<String> iri = type.isTextual() ? context.vocab(type.asText()) : Optional.empty();
                iri.ifPresent(t -> target.add(id, Rdf.TYPE, new Value.Ref(t)));
                credential |= iri.filter(EdcContext.VERIFIABLE_CREDENTIAL::equals).isPresent();
            }
        }
        boolean credentialNode = top && credential;
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            String name = member.getKey();
            if (name.equals("@context") || name.equals("id") || name.equals("@id") || name.equals("type") || name.equals("@type")) {
                continue;
            }
            String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
            context.term(name, credentialNode).ifPresent(term -> values(target, id, term, member.getValue(), at));
        }
        return target == graph ? Optional.of(id) : Optional.empty();
    }

    /** An absolute IRI (with a scheme) or a blank node label: what JSON-LD makes statements of. */
    static boolean isWellFormed(String id) {
        return Rdf.isBlank(id) || id.matches("[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private void values(Graph target, String subject, EdcContext.Term term, JsonNode value, String pointer) {
        if (value.isNull()) {
            return;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                values(target, subject, term, value.get(i), pointer + "/" + i);
            }
        } else if (value.isObject() && term.languageMap() && !value.has("@value")) {
            languageMap(target, subject, term.iri(), value);
        } else if (value.isObject()) {
            object(target, subject, term, (ObjectNode) value, pointer);
        } else {
            literalOrReference(term, value).filter(v -> !(v instanceof Value.Ref ref) || isWellFormed(ref.id()))
                    .ifPresent(v -> target.add(subject, term.iri(), v));
        }
    }

    private static void languageMap(Graph graph, String subject, String property, JsonNode map) {
        map.properties().forEach(e -> {
            JsonNode texts = e.getValue();
            for (JsonNode text : texts.isArray() ? texts : java.util.List.of(texts)) {
                if (text.isTextual()) {
                    graph.add(subject, property, e.getKey().equals("@none") ? Value.Literal.string(text.asText())
                            : Value.Literal.lang(text.asText(), e.getKey()));
                }
            }
        });
    }

    private void object(Graph target, String subject, EdcContext.Term term, ObjectNode value, String pointer) {
        if (value.has("@value")) {
            valueObject(value).ifPresent(v -> target.add(subject, term.iri(), v));
        } else if (value.has("@set") || value.has("@list")) {
            String key = value.has("@set") ? "@set" : "@list";
            values(target, subject, term, value.get(key), pointer + "/" + key);
        } else {
            node(value, false, pointer).ifPresent(child -> target.add(subject, term.iri(), new Value.Ref(child)));
        }
    }

    private Optional<Value> valueObject(ObjectNode object) {
        JsonNode value = object.get("@value");
        if (value.isNull()) {
            return Optional.empty();
        }
        if (object.hasNonNull("@language") && value.isTextual()) {
            return Optional.of(Value.Literal.lang(value.asText(), object.get("@language").asText()));
        }
        String datatype = object.hasNonNull("@type") ? context.vocab(object.get("@type").asText()).orElse("") : "";
        return scalar(value, datatype);
    }

    private Optional<Value> literalOrReference(EdcContext.Term term, JsonNode value) {
        if (value.isTextual() && term.coercion().equals("@id")) {
            return Optional.of(new Value.Ref(context.id(value.asText())));
        }
        if (value.isTextual() && term.coercion().equals("@vocab")) {
            return context.vocab(value.asText()).map(Value.Ref::new);
        }
        return scalar(value, term.isReference() ? "" : term.coercion());
    }

    /** A JSON scalar as the literal JSON-LD makes of it, with the datatype a term coerces it to. */
    private static Optional<Value> scalar(JsonNode value, String datatype) {
        if (value.isTextual()) {
            return Optional.of(new Value.Literal(value.asText(), datatype.isEmpty() ? Rdf.XSD_STRING : datatype, ""));
        }
        if (value.isBoolean()) {
            return Optional.of(new Value.Literal(value.asText(), datatype.isEmpty() ? Rdf.XSD_BOOLEAN : datatype, ""));
        }
        if (value.isNumber()) {
            return Optional.of(number(value.decimalValue(), datatype));
        }
        return Optional.empty();
    }

    /**
     * JSON-LD's conversion of a number: an integral value under 10^21 is an {@code xsd:integer}
     * (or the coerced type) in integer form, any other a double in canonical form.
     */
    static Value.Literal number(BigDecimal number, String datatype) {
        boolean integral = number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.TEN.pow(21)) < 0;
        if (integral && !datatype.equals(Rdf.XSD_DOUBLE)) {
            return new Value.Literal(number.toBigInteger().toString(), datatype.isEmpty() ? Rdf.XSD_INTEGER : datatype, "");
        }
        DecimalFormat format = new DecimalFormat("0.0##############E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return new Value.Literal(format.format(number), datatype.isEmpty() ? Rdf.XSD_DOUBLE : datatype, "");
    }
}
