package io.github.microcredentials.signing.internal.jsonld;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The policy for inline context definitions in a document's {@code @context}. Issuers in use add
 * one for a property no registered context defines ({@code {"myProperty": "https://example.org/vocab#myProperty"}});
 * with an RDF signature, an inline definition is dangerous where it lets the same signed statements
 * be written with keys readers read differently. So an inline definition is accepted only where it
 * adds a new name for a new IRI, and nothing else:
 * <ul>
 *   <li>it follows every context URL of the list (a later URL would redefine its terms);</li>
 *   <li>each member is a simple name ({@code [A-Za-z_][A-Za-z0-9_.-]*}, no keyword such as
 *       {@code @vocab}, {@code @base}, {@code @propagate}, {@code @import}, {@code @protected},
 *       {@code @version}, {@code @language}) mapped to an absolute IRI, written as the IRI or as
 *       {@code {"@id": IRI}} with at most {@code "@type": "@id"} (no scoped context, container,
 *       reverse, nest, language or datatype);</li>
 *   <li>the name is not a term of the context URLs of the list (no redefinition, protected or
 *       not: {@code issuer}, {@code credentialSubject}, {@code proof} keep their meaning), nor a
 *       name those context documents define at any depth (a reader of Open Badges reads
 *       {@code narrative} with the meaning the {@code Criteria} scoped context gives it, even where
 *       that context is not in effect);</li>
 *   <li>the IRI is not one a term of the context URLs maps to (an alias would let a statement move
 *       to a key readers do not read), not one another inline name maps to, and not in the
 *       vocabularies that define credentials, proofs and RDF itself (VC, security, status list,
 *       RDF, RDFS).</li>
 * </ul>
 * Anything else is refused as not plain. What remains possible: the name of an inline term is not
 * signed (only its IRI is), so the same signed statements can be written under another new name.
 * No name a context of the document defines can be chosen; a name the VC 1.1 context defines can
 * in a VC 2.0 document ({@code issuanceDate}, {@code expirationDate}: VC 2.0 leaves them to the
 * issuer), and the verifier reads those only to narrow the validity period, never to widen it.
 * Thread-safe (the names of each context document are collected once).
 */
final class InlineContexts {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");
    /** IRI prefixes of the vocabularies whose statements verifiers and readers act on. */
    private static final List<String> RESERVED = List.of(
            "https://www.w3.org/2018/credentials#",
            "https://www.w3.org/ns/credentials/",
            "https://w3id.org/security",
            "https://w3id.org/vc/status-list",
            "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://www.w3.org/2000/01/rdf-schema#");

    private final JsonLdContexts registry;
    /** The names each context document defines, at any depth; only for URLs of the registry. */
    private final Map<String, Set<String>> names = new ConcurrentHashMap<>();

    private InlineContexts(JsonLdContexts registry) {
        this.registry = registry;
    }

    /**
     * The policy for documents of a registry.
     *
     * @param registry the contexts documents may use
     * @return the policy
     */
    static InlineContexts of(JsonLdContexts registry) {
        return new InlineContexts(registry);
    }

    /**
     * The names a context document defines, at any depth (scoped contexts and imports included).
     *
     * @param url the context URL, as written
     * @return the names; none for a URL the registry does not hold (the document is refused anyway)
     */
    Set<String> names(String url) {
        Set<String> known = names.get(url);
        if (known == null) {
            Set<String> out = new HashSet<>();
            collect(url, out, new HashSet<>());
            known = Set.copyOf(out);
            if (registryHolds(url)) {
                names.putIfAbsent(url, known);
            }
        }
        return known;
    }

    private boolean registryHolds(String url) {
        try {
            return registry.contains(new URI(url));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void collect(String url, Set<String> out, Set<String> visited) {
        if (!visited.add(url) || !registryHolds(url)) {
            return;
        }
        registry.document(URI.create(url)).ifPresent(bytes -> {
            try {
                collect(StrictJson.PROVIDER.createReader(new ByteArrayInputStream(bytes)).readValue(), out, visited);
            } catch (JsonParsingException | IllegalStateException e) {
                // not JSON: the document cannot be used as a context, so it defines nothing
            }
        });
    }

    /** Every member name of a context document's contexts, scoped contexts and imported documents included. */
    private void collect(JsonValue value, Set<String> out, Set<String> visited) {
        if (value instanceof JsonArray array) {
            array.forEach(item -> collect(item, out, visited));
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                if (!key.startsWith("@")) {
                    out.add(key);
                } else if (key.equals("@import") && member instanceof JsonString imported) {
                    collect(imported.getString(), out, visited);
                }
                if (member instanceof JsonObject || member instanceof JsonArray) {
                    collect(member, out, visited);
                }
            });
        }
    }

    /**
     * The context URLs of a document's {@code @context}, once the form of its inline definitions
     * is checked.
     *
     * @param contexts the document's {@code @context}: a URL, or an array of URLs then inline definitions
     * @return the URLs, in order
     * @throws Unsupported {@link Unsupported.Kind#NON_PLAIN} for an inline definition the policy refuses
     */
    static List<String> urls(JsonValue contexts) throws Unsupported {
        if (contexts instanceof JsonString url) {
            return List.of(url.getString());
        }
        if (!(contexts instanceof JsonArray array)) {
            throw new Unsupported(Unsupported.Kind.NON_PLAIN, "an inline context definition as the whole @context: a"
                    + " document's contexts must begin with URLs of known contexts", "/@context");
        }
        List<String> urls = new ArrayList<>(array.size());
        boolean inline = false;
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item instanceof JsonString url) {
                if (inline) {
                    throw new Unsupported(Unsupported.Kind.NON_PLAIN, "a context URL after an inline context definition,"
                            + " which it could redefine: inline definitions come last", "/@context/" + i);
                }
                urls.add(url.getString());
            } else if (item instanceof JsonObject definition) {
                inline = true;
                form(definition, "/@context/" + i);
            } else {
                throw new Unsupported(Unsupported.Kind.NON_PLAIN, "a @context entry that is neither a URL nor a context"
                        + " definition", "/@context/" + i);
            }
        }
        if (urls.isEmpty()) {
            throw new Unsupported(Unsupported.Kind.NON_PLAIN, "inline context definitions without a context URL",
                    "/@context");
        }
        return urls;
    }

    /** The form of one inline definition: simple names to absolute IRIs, nothing else. */
    private static void form(JsonObject definition, String pointer) throws Unsupported {
        for (Map.Entry<String, JsonValue> member : definition.entrySet()) {
            String name = member.getKey();
            String at = pointer + "/" + StrictJson.escape(name);
            if (name.startsWith("@")) {
                throw refused(at, "the inline context sets " + name + ", which changes how every key of the document is read");
            }
            if (!NAME.matcher(name).matches()) {
                throw refused(at, "the inline term \"" + name + "\" is not a simple name (an IRI-like or odd name"
                        + " would change how other keys expand)");
            }
            iri(member.getValue(), at, name);
        }
    }

    /** The IRI an inline term maps to, if the definition has the accepted form. */
    private static String iri(JsonValue value, String at, String name) throws Unsupported {
        String iri;
        if (value instanceof JsonString text) {
            iri = text.getString();
        } else if (value instanceof JsonObject object && object.get("@id") instanceof JsonString id
                && object.keySet().stream().allMatch(key -> key.equals("@id") || key.equals("@type"))
                && (!object.containsKey("@type") || object.get("@type") instanceof JsonString type && "@id".equals(type.getString()))) {
            iri = id.getString();
        } else {
            throw refused(at, "the inline term \"" + name + "\" is not defined as an IRI (or {\"@id\": IRI} with at most"
                    + " \"@type\": \"@id\"): scoped contexts, containers, reverse, nest, language and datatypes are refused");
        }
        if (!Iris.isAbsolute(iri) || iri.startsWith("_:")) {
            throw refused(at, "the inline term \"" + name + "\" maps to " + iri + ", which is not an absolute IRI");
        }
        for (String reserved : RESERVED) {
            if (iri.startsWith(reserved)) {
                throw refused(at, "the inline term \"" + name + "\" maps to " + iri + ", in the vocabulary " + reserved
                        + " that verifiers and readers act on: only registered contexts name its terms");
            }
        }
        return iri;
    }

    /**
     * The inline terms against the context of the document's URLs and the registry.
     *
     * @param contexts the document's {@code @context}, whose form {@link #urls} checked
     * @param urlContext the active context of its URLs alone
     * @param urls its URLs
     * @throws Unsupported {@link Unsupported.Kind#NON_PLAIN} for a term the policy refuses
     */
    void terms(JsonValue contexts, FrozenContext urlContext, List<String> urls) throws Unsupported {
        if (!(contexts instanceof JsonArray array)) {
            return;
        }
        Set<String> defined = new HashSet<>();
        urls.forEach(url -> defined.addAll(names(url)));
        Map<String, String> iris = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject definition)) {
                continue;
            }
            for (Map.Entry<String, JsonValue> member : definition.entrySet()) {
                String name = member.getKey();
                String at = "/@context/" + i + "/" + StrictJson.escape(name);
                if (!names.add(name)) {
                    throw refused(at, "the inline term \"" + name + "\" is defined twice");
                }
                if (urlContext.term(name) != null) {
                    throw refused(at, "the inline context redefines \"" + name + "\", a term of the document's context URLs");
                }
                if (defined.contains(name)) {
                    throw refused(at, "the inline term \"" + name + "\" is a name the document's context URLs define (for"
                            + " some type or property): readers read it with that meaning, not the inline one");
                }
                String iri = iri(member.getValue(), at, name);
                String plain = urlContext.plainTerm(iri);
                if (plain != null) {
                    throw refused(at, "the inline term \"" + name + "\" maps to " + iri + ", as "
                            + (plain.isEmpty() ? "a term" : "the term \"" + plain + "\"") + " of the document's context URLs does");
                }
                String other = iris.putIfAbsent(iri, name);
                if (other != null && !other.equals(name)) {
                    throw refused(at, "the inline terms \"" + other + "\" and \"" + name + "\" map to one IRI, " + iri);
                }
            }
        }
    }

    private static Unsupported refused(String at, String reason) {
        return new Unsupported(Unsupported.Kind.NON_PLAIN, reason, at);
    }
}
