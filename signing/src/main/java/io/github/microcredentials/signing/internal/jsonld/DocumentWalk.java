package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.lang.Keywords;
import io.github.microcredentials.signing.internal.jsonld.FrozenContext.Derivation;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import io.github.microcredentials.signing.internal.rdf.canon.RdfTerm;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One conversion: the JSON-LD 1.1 Expansion Algorithm (§5.1) for node objects, arrays and scalars,
 * fused with node map generation and Deserialize JSON-LD to RDF (§8.5–8.7), emitting quads into a
 * dataset as the walk goes. Steps are numbered as in the specification and Titanium's
 * implementation, whose behaviour this reproduces for every document it accepts. Not thread-safe.
 */
final class DocumentWalk {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final RdfTerm RDF_TYPE = RdfTerm.iri(RDF + "type");
    private static final RdfTerm RDF_FIRST = RdfTerm.iri(RDF + "first");
    private static final RdfTerm RDF_REST = RdfTerm.iri(RDF + "rest");
    private static final RdfTerm RDF_NIL = RdfTerm.iri(RDF + "nil");

    private final RdfDataset dataset = RdfDataset.withFreshBlankNodes();
    private final Values values = new Values();

    /** The items of a list object ({@code @list}), possibly nested. */
    private record ListItems(List<Object> items) {
    }

    RdfDataset document(FrozenContext context, JsonObject document) throws Unsupported {
        node(context, document, null, null, true);
        return dataset;
    }

    /**
     * Expands a map (steps 7–20) and emits its quads.
     *
     * @return the node's subject, or the literal of a value object
     */
    private RdfTerm node(FrozenContext active, JsonObject element, @Nullable String property,
            @Nullable JsonValue propertyContext, boolean top) throws Unsupported {
        FrozenContext context = active;
        boolean value = false;
        boolean loneId = false;
        List<String> typeKeys = new ArrayList<>(1);
        for (String key : element.keySet()) {
            String keyword = IriExpansion.keyword(active, key);
            value |= Keywords.VALUE.equals(keyword);
            loneId |= Keywords.ID.equals(keyword) && element.size() == 1;
            if (Keywords.TYPE.equals(keyword)) {
                typeKeys.add(key);
            }
        }
        // 7. A type-scoped context does not apply to nested nodes (unless value object or lone @id).
        if (!top && context.previous() != null && !value && !loneId) {
            context = context.previous();
        }
        // 8. Property-scoped context.
        if (propertyContext != null) {
            context = context.derive(propertyContext, Derivation.PROPERTY, baseUrl(context, property));
        }
        // 9. Embedded contexts are not covered; the document's own was applied by the caller.
        if (!top && element.containsKey(Keywords.CONTEXT)) {
            throw new Unsupported("an embedded @context");
        }
        if (value) {
            if (top) {
                throw new Unsupported("a top-level value object");
            }
            return values.valueObject(context, element);
        }
        // 10–11. Type-scoped contexts, in lexicographic order of the types.
        FrozenContext typeContext = context;
        if (context != active) {
            typeKeys = keysExpandingTo(context, element, Keywords.TYPE);
        } else {
            typeKeys.sort(null);
        }
        for (String key : typeKeys) {
            context = typeScoped(context, typeContext, element.get(key));
        }
        return nodeObject(context, typeContext, typeKeys, element);
    }

    /** Steps 13–20 for a node object; the expanded node is emitted as quads at once. */
    private RdfTerm nodeObject(FrozenContext context, FrozenContext typeContext, List<String> typeKeys, JsonObject element)
            throws Unsupported {
        String id = null;
        List<RdfTerm> types = new ArrayList<>(2);
        List<String> keys = new ArrayList<>(element.size());
        List<@Nullable Term> terms = new ArrayList<>(element.size());
        List<RdfTerm> predicates = new ArrayList<>(element.size());
        for (String key : element.keySet()) {
            if (Keywords.CONTEXT.equals(key)) {
                continue;
            }
            Term term = context.term(key);
            String expanded = IriExpansion.expand(context, key, term, true);
            if (Keywords.TYPE.equals(expanded) != typeKeys.contains(key)) {
                throw new Unsupported("a key whose meaning changes with the type-scoped context: " + key);
            }
            if (Keywords.ID.equals(expanded)) {
                if (id != null) {
                    throw new Unsupported("two keys expand to @id");
                }
                id = nodeId(context, element.get(key));
            } else if (Keywords.TYPE.equals(expanded)) {
                types(typeContext, element.get(key), types);
            } else if (IriExpansion.isKeyword(expanded)) {
                throw new Unsupported("the keyword " + expanded);
            } else {
                keys.add(key);
                terms.add(term);
                predicates.add(term != null && term.rdf != null && expanded.equals(term.iri) ? term.rdf : RdfTerm.iri(expanded));
            }
        }
        RdfTerm subject = id == null ? dataset.newBlank() : RdfTerm.iri(id);
        for (RdfTerm type : types) {
            dataset.add(subject, RDF_TYPE, type, null);
        }
        for (int i = 0; i < keys.size(); i++) {
            property(context, subject, keys.get(i), terms.get(i), predicates.get(i), element.get(keys.get(i)));
        }
        return subject;
    }

    private static List<String> keysExpandingTo(FrozenContext context, JsonObject element, String keyword) {
        List<String> keys = new ArrayList<>(1);
        for (String key : element.keySet()) {
            if (!Keywords.CONTEXT.equals(key) && keyword.equals(IriExpansion.keyword(context, key))) {
                keys.add(key);
            }
        }
        keys.sort(null);
        return keys;
    }

    /** Step 11.2: the scoped contexts of the types, applied in lexicographic order. */
    private static FrozenContext typeScoped(FrozenContext context, FrozenContext typeContext, JsonValue value) throws Unsupported {
        List<String> names = new ArrayList<>(2);
        if (value instanceof JsonString one) {
            names.add(one.getString());
        } else if (value instanceof JsonArray many) {
            for (JsonValue item : many) {
                if (item instanceof JsonString name) {
                    names.add(name.getString());
                }
            }
        }
        names.sort(null);
        FrozenContext result = context;
        for (String name : names) {
            Term term = typeContext.term(name);
            if (term != null && term.localContext != null) {
                result = result.derive(term.localContext, Derivation.TYPE, baseUrl(result, name));
            }
        }
        return result;
    }

    private static @Nullable URI baseUrl(FrozenContext context, @Nullable String name) {
        Term term = name == null ? null : context.term(name);
        return term == null ? null : term.baseUrl;
    }

    /** 13.4.3: the node identifier, an absolute IRI. */
    private static String nodeId(FrozenContext context, JsonValue value) throws Unsupported {
        if (!(value instanceof JsonString text)) {
            throw new Unsupported("an @id that is not a string");
        }
        String iri = IriExpansion.expand(context, text.getString(), false);
        if (IriExpansion.isKeyword(iri)) {
            throw new Unsupported("a keyword as @id");
        }
        return iri;
    }

    /** 13.4.4: the types, expanded with the context before type-scoped contexts. */
    private static void types(FrozenContext typeContext, JsonValue value, List<RdfTerm> types) throws Unsupported {
        if (value instanceof JsonString one) {
            types.add(typeIri(typeContext, one.getString()));
            return;
        }
        if (!(value instanceof JsonArray many)) {
            throw new Unsupported("an @type that is neither a string nor an array");
        }
        for (JsonValue item : many) {
            if (!(item instanceof JsonString name)) {
                throw new Unsupported("an @type value that is not a string");
            }
            types.add(typeIri(typeContext, name.getString()));
        }
    }

    private static RdfTerm typeIri(FrozenContext context, String name) throws Unsupported {
        String iri = IriExpansion.expand(context, name, true);
        if (IriExpansion.isKeyword(iri)) {
            throw new Unsupported("a keyword as type");
        }
        Term term = context.term(name);
        return term != null && term.rdf != null && iri.equals(term.iri) ? term.rdf : RdfTerm.iri(iri);
    }

    /** Steps 13.5–13.14 for one property: its values, expanded and emitted. */
    private void property(FrozenContext context, RdfTerm subject, String key, @Nullable Term term, RdfTerm predicate,
            JsonValue value) throws Unsupported {
        if (term != null && (term.unsupported || term.graph || Keywords.JSON.equals(term.typeMapping))) {
            throw new Unsupported("a term the fast path does not walk: " + key);
        }
        if (term != null && term.language && value instanceof JsonObject map) {
            for (RdfTerm literal : values.languageMap(context, map)) {
                dataset.add(subject, predicate, literal, null);
            }
            return;
        }
        if (term != null && term.otherMap && value instanceof JsonObject) {
            throw new Unsupported("an index, id or type map: " + key);
        }
        Object expanded = expand(context, key, term, value);
        if (term != null && term.list && !(expanded instanceof ListItems)) {
            expanded = new ListItems(asList(expanded));
        }
        for (Object item : asList(expanded)) {
            dataset.add(subject, predicate, object(item), null);
        }
    }

    /** Expansion (§5.1) of a value under a property: a term, list items, or a list of those. */
    private Object expand(FrozenContext context, String key, @Nullable Term term, JsonValue value) throws Unsupported {
        switch (value.getValueType()) {
            case NULL:
                throw new Unsupported("a null value");
            case ARRAY:
                return array(context, key, term, value.asJsonArray());
            case OBJECT:
                return node(context, value.asJsonObject(), key, term == null ? null : term.localContext, false);
            default:
                return values.scalar(context, key, term, value);
        }
    }

    /** Step 5: items flattened, except that a nested array under a list container is a nested list. */
    private List<Object> array(FrozenContext context, String key, @Nullable Term term, JsonArray array) throws Unsupported {
        boolean list = term != null && term.list;
        List<Object> items = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            Object expanded = expand(context, key, term, item);
            if (expanded instanceof List<?> nested) {
                if (list) {
                    items.add(new ListItems(new ArrayList<>(nested)));
                } else {
                    items.addAll(nested);
                }
            } else {
                items.add(expanded);
            }
        }
        return items;
    }

    /** The RDF term of an expanded item; a list becomes its chain of blank nodes (§8.7). */
    private RdfTerm object(Object item) {
        if (item instanceof ListItems list) {
            return list(list.items());
        }
        return (RdfTerm) item;
    }

    private RdfTerm list(List<Object> items) {
        if (items.isEmpty()) {
            return RDF_NIL;
        }
        RdfTerm head = dataset.newBlank();
        RdfTerm node = head;
        for (int i = 0; i < items.size(); i++) {
            dataset.add(node, RDF_FIRST, object(items.get(i)), null);
            RdfTerm next = i + 1 < items.size() ? dataset.newBlank() : RDF_NIL;
            dataset.add(node, RDF_REST, next, null);
            node = next;
        }
        return head;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object expanded) {
        return expanded instanceof List<?> list ? (List<Object>) list : List.of(expanded);
    }
}
