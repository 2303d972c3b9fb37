package io.github.microcredentials.edc.internal.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.edc.internal.elm.EdcContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The term definitions every EDC is read with: the VC Data Model 1.1 context (whose credential
 * terms, {@code issuer}, {@code issued}, {@code credentialSubject}…, are scoped to the node typed
 * {@code VerifiableCredential}) and the EDC application profile context. Only what an EDC uses of
 * JSON-LD: term IRIs, {@code @type} coercion ({@code @id} or a datatype) and language maps.
 * Loaded once, immutable.
 */
public final class EdcContext {

    /**
     * One term.
     *
     * @param name the JSON member name
     * @param iri the property or class IRI
     * @param coercion {@code "@id"}, {@code "@vocab"}, a datatype IRI, or {@code ""}
     * @param languageMap whether values are language maps
     */
    public record Term(String name, String iri, String coercion, boolean languageMap) {

        boolean isReference() {
            return coercion.equals("@id") || coercion.equals("@vocab");
        }
    }

    private static final String VC_V1 = "https://www.w3.org/2018/credentials/v1";
    /** The IRI of the VC type whose scoped context holds the credential terms. */
    static final String VERIFIABLE_CREDENTIAL = "https://www.w3.org/2018/credentials#VerifiableCredential";

    private final Map<String, Term> nested;
    private final Map<String, Term> root;
    private final Map<String, String> prefixes;
    private final Map<String, String> classNames;

    private EdcContext(Map<String, Term> nested, Map<String, Term> root, Map<String, String> prefixes,
            Map<String, String> classNames) {
        this.nested = nested;
        this.root = root;
        this.prefixes = prefixes;
        this.classNames = classNames;
    }

    private static final class Holder {
        static final EdcContext INSTANCE = load();
    }

    /**
     * The context.
     *
     * @return the shared instance
     */
    public static EdcContext get() {
        return Holder.INSTANCE;
    }

    private static EdcContext load() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream edc = EdcContexts.class.getResourceAsStream("edc-ap-context.jsonld")) {
            JsonNode vc = json.readTree(JsonLdContexts.bundled().document(URI.create(VC_V1))
                    .orElseThrow(() -> new IllegalStateException("the VC 1.1 context is not bundled"))).get("@context");
            JsonNode ap = json.readTree(edc).get("@context");
            Map<String, String> prefixes = new HashMap<>();
            collectPrefixes(vc, prefixes);
            collectPrefixes(vc.path("VerifiableCredential").path("@context"), prefixes);
            collectPrefixes(ap, prefixes);
            Map<String, Term> nested = new LinkedHashMap<>();
            terms(vc, prefixes, nested);
            terms(ap, prefixes, nested);
            Map<String, Term> root = new LinkedHashMap<>(nested);
            terms(vc.path("VerifiableCredential").path("@context"), prefixes, root);
            Map<String, String> classNames = new HashMap<>();
            for (Map<String, Term> scope : List.of(nested, root)) {
                scope.values().forEach(t -> classNames.putIfAbsent(t.iri(), t.name()));
            }
            return new EdcContext(Collections.unmodifiableMap(nested), Collections.unmodifiableMap(root),
                    Map.copyOf(prefixes), Map.copyOf(classNames));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a bundled JSON-LD context", e);
        }
    }

    private static void collectPrefixes(JsonNode context, Map<String, String> prefixes) {
        context.properties().forEach(e -> {
            String value = e.getValue().isTextual() ? e.getValue().asText() : "";
            if (!e.getKey().startsWith("@") && (value.endsWith("/") || value.endsWith("#"))) {
                prefixes.put(e.getKey(), value);
            }
        });
    }

    private static void terms(JsonNode context, Map<String, String> prefixes, Map<String, Term> into) {
        context.properties().forEach(e -> {
            String name = e.getKey();
            JsonNode def = e.getValue();
            if (name.startsWith("@") || name.equals("id") || name.equals("type")) {
                return;
            }
            String iri = def.isTextual() ? def.asText() : def.path("@id").asText("");
            if (iri.isEmpty() || iri.startsWith("@")) {
                return;
            }
            String coercion = def.path("@type").asText("");
            into.put(name, new Term(name, expand(iri, prefixes),
                    coercion.startsWith("@") || coercion.isEmpty() ? coercion : expand(coercion, prefixes),
                    def.path("@container").asText("").equals("@language")));
        });
    }

    private static String expand(String value, Map<String, String> prefixes) {
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("//", colon + 1)) {
            String prefix = prefixes.get(value.substring(0, colon));
            if (prefix != null) {
                return prefix + value.substring(colon + 1);
            }
        }
        return value;
    }

    /**
     * The term a member name stands for, in the credential node or in any other node.
     *
     * @param name the member name
     * @param credentialNode whether the node is the one typed {@code VerifiableCredential}
     * @return the term; a compact or absolute IRI used as a name is a term without coercion;
     *     empty for a name JSON-LD drops (no term, no IRI)
     */
    public Optional<Term> term(String name, boolean credentialNode) {
        Term term = (credentialNode ? root : nested).get(name);
        if (term != null) {
            return Optional.of(term);
        }
        String iri = expand(name, prefixes);
        return iri.contains(":") ? Optional.of(new Term(name, iri, "", false)) : Optional.empty();
    }

    /**
     * Expands a type or a {@code @vocab}-coerced value: a term, a compact IRI or an IRI.
     *
     * @param value the value
     * @return the IRI, or empty for a relative name JSON-LD drops
     */
    public Optional<String> vocab(String value) {
        Term term = nested.get(value);
        if (term != null) {
            return Optional.of(term.iri());
        }
        String iri = expand(value, prefixes);
        return iri.contains(":") ? Optional.of(iri) : Optional.empty();
    }

    /**
     * Expands a node identifier: a compact IRI, an IRI or a blank node label.
     *
     * @param value the identifier
     * @return the IRI or label
     */
    public String id(String value) {
        return value.startsWith("_:") ? value : expand(value, prefixes);
    }

    /**
     * The name a class IRI is written with.
     *
     * @param iri the class IRI
     * @return its term, or the IRI itself
     */
    public String className(String iri) {
        return classNames.getOrDefault(iri, iri);
    }

    /**
     * The terms a property IRI can be written with, best first for the kind of value.
     *
     * @param iri the property IRI
     * @param value the value to write
     * @param credentialNode whether the node is the credential
     * @return the terms; empty when the IRI itself must be the member name
     */
    public List<Term> terms(String iri, Value value, boolean credentialNode) {
        List<Term> exact = new ArrayList<>();
        List<Term> plain = new ArrayList<>();
        for (Term term : (credentialNode ? root : nested).values()) {
            if (!term.iri().equals(iri)) {
                continue;
            }
            if (fits(term, value)) {
                exact.add(term);
            } else if (term.coercion().isEmpty() && !term.languageMap()) {
                plain.add(term);
            }
        }
        exact.addAll(plain);
        return exact;
    }

    private static boolean fits(Term term, Value value) {
        if (value instanceof Value.Ref) {
            return term.isReference();
        }
        Value.Literal literal = (Value.Literal) value;
        if (literal.datatype().equals(Rdf.LANG_STRING)) {
            return term.languageMap();
        }
        return !term.languageMap() && (term.coercion().equals(literal.datatype())
                || term.coercion().isEmpty() && literal.datatype().equals(Rdf.XSD_STRING));
    }
}
