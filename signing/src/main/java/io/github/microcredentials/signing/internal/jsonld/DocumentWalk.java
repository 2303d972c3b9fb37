package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.lang.Keywords;
import io.github.microcredentials.signing.internal.jsonld.FrozenContext.Derivation;
import io.github.microcredentials.signing.internal.json.JsonSpans;
import io.github.microcredentials.signing.internal.jsonld.Unsupported.Kind;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import io.github.microcredentials.signing.internal.rdf.canon.RdfTerm;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One conversion: the JSON-LD 1.1 Expansion Algorithm (§5.1) for node objects, arrays and scalars,
 * fused with node map generation and Deserialize JSON-LD to RDF (§8.5–8.7), emitting quads into a
 * dataset as the walk goes. Steps are numbered as in the specification and Titanium's
 * implementation, whose behaviour this reproduces for every document it accepts. Not thread-safe.
 *
 * <p>The walk also checks that the document is in <em>plain form</em>: that every statement of its
 * RDF comes from the member a JSON reader reads for it. Keys are the terms of the active context
 * (not IRIs, compact IRIs or aliases of another term's IRI), a value is written plainly where the
 * term's coercion makes it so (no {@code @value} object that says what a string would), a node is
 * described in one place (or in identical copies), and no wrapper ({@code @nest}, {@code @graph},
 * {@code @included}, {@code @reverse}, an embedded {@code @context} that has an effect, an index
 * map, a nested array, a repeated value) moves a statement away from where readers look. Otherwise it throws
 * {@link Unsupported.Kind#NON_PLAIN}. The check covers the whole document even when a value makes
 * the walk hand the conversion to the full path ({@link Unsupported.Kind#FALLBACK}, thrown at the
 * end).
 */
final class DocumentWalk {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final RdfTerm RDF_TYPE = RdfTerm.iri(RDF + "type");
    private static final RdfTerm RDF_FIRST = RdfTerm.iri(RDF + "first");
    private static final RdfTerm RDF_REST = RdfTerm.iri(RDF + "rest");
    private static final RdfTerm RDF_NIL = RdfTerm.iri(RDF + "nil");
    /** Stands for a value the fast path leaves to the full path; the dataset is then discarded. */
    private static final RdfTerm PLACEHOLDER = RdfTerm.iri("urn:x-microcredentials:full-path");
    /** Up to this many values, repeats are found by comparing pairs. */
    private static final int PAIRWISE = 16;

    private final RdfDataset dataset;
    private final boolean check;
    private final Values values;
    private final Set<String> documentUrls;
    /** The member names and array indexes down to the value being walked, for JSON Pointers. */
    private final List<Object> path = new ArrayList<>();
    /** The first description of each node with an IRI, to find a node described twice. */
    private final Map<String, Described> described = new HashMap<>();
    private @Nullable Unsupported fallback;
    /** Node objects met before, or null to walk every one. */
    private final @Nullable SubtreeCache cache;
    /** Where the document's large objects were read from, which the cache compares. */
    private final JsonSpans spans;
    /** The paths of the nodes checked by {@link #describedOnce}, in order, while a cache is in use. */
    private final List<SubtreeCache.Described> describedLog = new ArrayList<>();
    /** How many node objects below the document's the one being walked is (0 for the document). */
    private int depth;

    /** Where a node was described first. */
    private record Described(JsonObject node, String pointer) {
    }

    /** The items of a list object ({@code @list}), possibly nested. */
    private record ListItems(List<Object> items) {
    }

    /**
     * A walk.
     *
     * @param check whether to check the plain form; without, the walk only converts (for comparing
     *     the conversion with the full path's on any document), and declines at the first thing it
     *     does not convert
     * @param maxQuads the most quads the document may have
     * @param maxBlankNodes the most blank nodes the document may have
     * @param documentUrls the context URLs of the document's {@code @context}, which embedded
     *     contexts may repeat
     * @param cache node objects met before (used only with {@code check} and spans), or null
     * @param spans where the document's large objects were read from, or none
     */
    DocumentWalk(boolean check, int maxQuads, int maxBlankNodes, Set<String> documentUrls, @Nullable SubtreeCache cache,
            JsonSpans spans) {
        this.check = check;
        this.documentUrls = documentUrls;
        this.spans = spans;
        this.cache = check && !spans.isEmpty() ? cache : null;
        this.dataset = RdfDataset.withFreshBlankNodes(maxQuads, maxBlankNodes);
        this.values = new Values(check);
    }

    /**
     * Converts a document.
     *
     * @throws Unsupported {@link Kind#NON_PLAIN} or {@link Kind#DROPPED} as soon as one is found;
     *     else {@link Kind#UNCERTIFIED} if a scoped context cannot be applied; else
     *     {@link Kind#FALLBACK} after the whole walk if a value needs the full path
     */
    RdfDataset document(FrozenContext context, JsonObject document) throws Unsupported {
        try {
            node(context, document, null, null, null, true);
        } catch (Unsupported e) {
            throw check || e.kind() == Kind.FALLBACK ? e.at(pointer()) : new Unsupported(Kind.FALLBACK, e.getMessage(), pointer());
        }
        if (fallback != null) {
            throw fallback;
        }
        return dataset;
    }

    /** A value the fast path does not convert: noted, and the walk goes on checking the form. */
    private RdfTerm leaf(Unsupported e) throws Unsupported {
        if (e.kind() != Kind.FALLBACK || !check) {
            throw e;
        }
        if (fallback == null) {
            fallback = e.at(pointer());
        }
        return PLACEHOLDER;
    }

    private static Unsupported nonPlain(String reason) {
        return new Unsupported(Kind.NON_PLAIN, reason);
    }

    /**
     * Expands a map (steps 7–20) and emits its quads.
     *
     * @return the node's subject, or the literal of a value object
     */
    private RdfTerm node(FrozenContext active, JsonObject element, @Nullable String property, @Nullable Term outer,
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
        // 9. The document's own context was applied by the caller; an embedded one would redefine
        // terms for part of the document, so that a plain key there means something else. Only
        // the one that repeats context URLs of the document's list, and so changes nothing (as an
        // embedded credential that keeps its own @context), is walked, in the context as it is.
        if (!top && element.containsKey(Keywords.CONTEXT)) {
            if (value) {
                throw nonPlain("an embedded @context in a value object");
            }
            if (JsonValue.NULL.equals(propertyContext)) {
                // Where the term resets the context ("@context": null, as VC 2.0 does for the
                // credentials of a presentation) the node is read with its own context alone, as
                // it is read on its own.
                context = context.derive(element.get(Keywords.CONTEXT), Derivation.PROPERTY, baseUrl(context, property));
            } else {
                embeddedContext(context, element.get(Keywords.CONTEXT));
            }
        }
        if (value) {
            if (top) {
                throw nonPlain("a top-level value object");
            }
            try {
                return values.valueObject(context, element, property);
            } catch (Unsupported e) {
                return leaf(e);
            }
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
        return nodeObject(context, typeContext, typeKeys, element, top);
    }

    /**
     * An embedded {@code @context} is accepted only where it has no effect: URLs the document's own
     * {@code @context} lists, whose processing here leaves every term definition as it is.
     */
    private void embeddedContext(FrozenContext context, JsonValue embedded) throws Unsupported {
        path.add(Keywords.CONTEXT);
        List<JsonValue> entries = embedded instanceof JsonArray array ? array : List.of(embedded);
        for (JsonValue entry : entries) {
            if (!(entry instanceof JsonString url)) {
                throw nonPlain("an embedded @context with a context definition: it would give keys here another meaning");
            }
            if (!documentUrls.contains(url.getString())) {
                throw nonPlain("an embedded @context with " + url.getString()
                        + ", which the document's @context does not list: it would give keys here another meaning");
            }
        }
        if (!context.unchangedBy(embedded)) {
            throw nonPlain("an embedded @context that changes term definitions in effect here"
                    + " (it undoes a scoped context): keys here would mean something else than elsewhere");
        }
        path.remove(path.size() - 1);
    }

    /** Steps 13–20 for a node object; the expanded node is emitted as quads at once. */
    private RdfTerm nodeObject(FrozenContext context, FrozenContext typeContext, List<String> typeKeys, JsonObject element,
            boolean top) throws Unsupported {
        if (check && typeKeys.size() > 1) {
            throw nonPlain("two keys give the types: " + typeKeys);
        }
        String id = null;
        String idKey = null;
        List<RdfTerm> types = new ArrayList<>(2);
        List<String> keys = new ArrayList<>(element.size());
        List<@Nullable Term> terms = new ArrayList<>(element.size());
        List<RdfTerm> predicates = new ArrayList<>(element.size());
        List<String> iriKeys = null;
        for (String key : element.keySet()) {
            if (Keywords.CONTEXT.equals(key)) {
                continue;
            }
            path.add(key);
            Term term = context.term(key);
            String expanded;
            try {
                expanded = IriExpansion.expand(context, key, term, true);
            } catch (Unsupported e) {
                leaf(e);
                keys.add(key);
                terms.add(term);
                predicates.add(PLACEHOLDER);
                path.remove(path.size() - 1);
                continue;
            }
            if (Keywords.TYPE.equals(expanded) != typeKeys.contains(key)) {
                throw nonPlain("a key whose meaning changes with the type-scoped context: " + key);
            }
            if (Keywords.ID.equals(expanded) || Keywords.TYPE.equals(expanded)) {
                if (check && key.equals(expanded) && context.aliased(expanded)) {
                    throw nonPlain("\"" + key + "\" where the context gives it an alias, which readers read instead");
                }
                if (Keywords.ID.equals(expanded)) {
                    if (id != null) {
                        throw nonPlain("two keys give the node identifier");
                    }
                    idKey = key;
                    id = nodeId(element.get(key));
                } else {
                    types(typeContext, element.get(key), types);
                }
            } else if (IriExpansion.isKeyword(expanded)) {
                throw nonPlain("the keyword " + expanded + " moves statements away from the members readers read");
            } else {
                if (!check) {
                    // converted as it is
                } else if (term == null) {
                    iriKeys = plainIriKey(context, key, expanded, iriKeys);
                } else if (context.shadowed(key)) {
                    String plain = context.plainTerm(expanded);
                    throw nonPlain("\"" + key + "\" maps to the IRI " + expanded + (plain == null || plain.isEmpty()
                            ? ", as another term does" : ", whose plain key is \"" + plain + "\""));
                }
                keys.add(key);
                terms.add(term);
                predicates.add(term != null && term.rdf != null && expanded.equals(term.iri) ? term.rdf : RdfTerm.iri(expanded));
            }
            path.remove(path.size() - 1);
        }
        RdfTerm subject;
        if (id == null) {
            subject = dataset.newBlank();
        } else {
            subject = subject(context, id, idKey);
            if (check && element.size() - 1 - (element.containsKey(Keywords.CONTEXT) ? 1 : 0) > 0) {
                describedOnce(id, element);
            }
        }
        for (RdfTerm type : types) {
            dataset.add(subject, RDF_TYPE, type, null);
        }
        for (int i = 0; i < keys.size(); i++) {
            path.add(keys.get(i));
            property(context, subject, keys.get(i), terms.get(i), predicates.get(i), element.get(keys.get(i)));
            path.remove(path.size() - 1);
        }
        return subject;
    }

    /**
     * A key that is no term: a compact or absolute IRI, or a name the vocabulary mapping expands.
     * It is plain only where no term maps to its IRI, the vocabulary mapping would not shorten it,
     * and no other such key of the node names the same IRI.
     */
    private static @Nullable List<String> plainIriKey(FrozenContext context, String key, String iri, @Nullable List<String> seen)
            throws Unsupported {
        String plain = context.plainTerm(iri);
        if (plain != null) {
            throw nonPlain("the key \"" + key + "\" stands for " + (plain.isEmpty() ? "a term" : "the term \"" + plain + "\""));
        }
        String vocabulary = context.vocabulary();
        if (key.indexOf(':') >= 0 && vocabulary != null && iri.length() > vocabulary.length() && iri.startsWith(vocabulary)) {
            throw nonPlain("the key \"" + key + "\" stands for \"" + iri.substring(vocabulary.length()) + "\"");
        }
        List<String> keys = seen == null ? new ArrayList<>(2) : seen;
        if (keys.contains(iri)) {
            throw nonPlain("two keys of one node stand for " + iri);
        }
        keys.add(iri);
        return keys;
    }

    /** The node's subject; the identifier is written in full (a compact IRI would hide it from readers). */
    private RdfTerm subject(FrozenContext context, String id, String idKey) throws Unsupported {
        path.add(idKey);
        String iri;
        try {
            iri = IriExpansion.expand(context, id, false);
        } catch (Unsupported e) {
            RdfTerm placeholder = leaf(e);
            path.remove(path.size() - 1);
            return placeholder;
        }
        if (IriExpansion.isKeyword(iri)) {
            throw new Unsupported(Kind.DROPPED, "a keyword as node identifier");
        }
        if (check && !iri.equals(id)) {
            throw nonPlain("the node identifier \"" + id + "\" is not written as the IRI it stands for, " + iri);
        }
        path.remove(path.size() - 1);
        return RdfTerm.iri(iri);
    }

    /** A node may be described in several places only in identical copies: else a reader of one misses the rest. */
    private void describedOnce(String id, JsonObject element) throws Unsupported {
        if (cache != null) {
            describedLog.add(new SubtreeCache.Described(id, List.copyOf(path)));
        }
        Described first = described.get(id);
        if (first == null) {
            described.put(id, new Described(element, pointer()));
        } else if (!first.node.equals(element)) {
            throw nonPlain("the node " + id + " is described here and, differently, at " + first.pointer
                    + ": a reader of one place would miss what the other says");
        }
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

    /** 13.4.3: the node identifier as written. */
    private static String nodeId(JsonValue value) throws Unsupported {
        if (!(value instanceof JsonString text)) {
            throw nonPlain("a node identifier that is not a string");
        }
        return text.getString();
    }

    /** 13.4.4: the types, expanded with the context before type-scoped contexts. */
    private void types(FrozenContext typeContext, JsonValue value, List<RdfTerm> types) throws Unsupported {
        if (value instanceof JsonString one) {
            types.add(typeIri(typeContext, one.getString()));
            return;
        }
        if (!(value instanceof JsonArray many)) {
            throw nonPlain("types that are neither a string nor an array");
        }
        for (int i = 0; i < many.size(); i++) {
            if (!(many.get(i) instanceof JsonString name)) {
                throw nonPlain("a type that is not a string");
            }
            path.add(i);
            types.add(typeIri(typeContext, name.getString()));
            path.remove(path.size() - 1);
        }
    }

    private RdfTerm typeIri(FrozenContext context, String name) throws Unsupported {
        String iri;
        try {
            iri = IriExpansion.expand(context, name, true);
        } catch (Unsupported e) {
            return leaf(e);
        }
        if (IriExpansion.isKeyword(iri)) {
            throw new Unsupported(Kind.DROPPED, "a keyword as type");
        }
        Term term = context.term(name);
        if (check) {
            Values.checkVocabValue(context, name, iri, term);
        }
        return term != null && term.rdf != null && iri.equals(term.iri) ? term.rdf : RdfTerm.iri(iri);
    }

    /** Steps 13.5–13.14 for one property: its values, expanded and emitted. */
    private void property(FrozenContext context, RdfTerm subject, String key, @Nullable Term term, RdfTerm predicate,
            JsonValue value) throws Unsupported {
        if (term != null && term.unsupported) {
            if (term.nest || term.reverse || term.indexed) {
                throw nonPlain("the term \"" + key + "\" is " + (term.nest ? "a nest" : term.reverse ? "a reverse property"
                        : "an index mapping") + ", so its statements are not where readers look");
            }
        }
        if (term != null && Keywords.JSON.equals(term.typeMapping)) {
            leaf(new Unsupported("a JSON literal: " + key));
            return;
        }
        if (term != null && term.graph) {
            // Named graphs (a chain's earlier proofs) are converted by the full path; their form is checked here.
            leaf(new Unsupported("a graph container: " + key));
        }
        if (term != null && term.language && value instanceof JsonObject map) {
            List<RdfTerm> literals;
            try {
                literals = values.languageMap(context, map);
            } catch (Unsupported e) {
                leaf(e);
                return;
            }
            if (check && literals.size() > 1) {
                noRepeats(new ArrayList<>(literals));
            }
            for (RdfTerm literal : literals) {
                dataset.add(subject, predicate, literal, null);
            }
            return;
        }
        if (term != null && term.otherMap && value instanceof JsonObject) {
            throw nonPlain("an index, id or type map: \"" + key + "\" (its keys are not all signed, or not where readers look)");
        }
        Object expanded = expand(context, key, term, value);
        if (term != null && term.list && !(expanded instanceof ListItems)) {
            expanded = new ListItems(asList(expanded));
        }
        List<Object> items = asList(expanded);
        if (check && items.size() > 1 && !(expanded instanceof ListItems)) {
            noRepeats(items);
        }
        for (Object item : items) {
            dataset.add(subject, predicate, object(item), null);
        }
    }

    /** RDF keeps a statement once: a value given twice would be read twice. */
    private static void noRepeats(List<Object> items) throws Unsupported {
        if (items.size() <= PAIRWISE) {
            for (int i = 1; i < items.size(); i++) {
                if (repeatable(items.get(i))) {
                    for (int j = 0; j < i; j++) {
                        if (items.get(i).equals(items.get(j))) {
                            throw nonPlain("a value given twice: " + items.get(i));
                        }
                    }
                }
            }
            return;
        }
        Set<Object> seen = new HashSet<>();
        for (Object item : items) {
            if (repeatable(item) && !seen.add(item)) {
                throw nonPlain("a value given twice: " + item);
            }
        }
    }

    private static boolean repeatable(Object item) {
        return item instanceof RdfTerm term && !term.isBlank() && term != PLACEHOLDER;
    }

    /** Expansion (§5.1) of a value under a property: a term, list items, or a list of those. */
    private Object expand(FrozenContext context, String key, @Nullable Term term, JsonValue value) throws Unsupported {
        // Type tests rather than a switch on getValueType(): that call has a receiver of every JSON type
        // and is dispatched through the interface table on each value.
        if (value instanceof JsonObject object) {
            SubtreeCache.Key cached = cache == null ? null : SubtreeCache.key(context, key, documentUrls, object, spans, depth + 1);
            return cached == null ? nested(context, key, term, object) : cachedNode(cached, context, key, term, object);
        }
        if (value instanceof JsonArray array) {
            return array(context, key, term, array);
        }
        if (!(value instanceof JsonString || value instanceof JsonNumber) && value.getValueType() == JsonValue.ValueType.NULL) {
            throw new Unsupported(Kind.DROPPED, "a null value, which JSON-LD drops");
        }
        if (check && term != null && term.language) {
            throw nonPlain("a text without a language under \"" + key + "\", whose values are language maps");
        }
        try {
            return values.scalar(context, key, term, value);
        } catch (Unsupported e) {
            return leaf(e);
        }
    }

    private RdfTerm nested(FrozenContext context, String key, @Nullable Term term, JsonObject object) throws Unsupported {
        depth++;
        try {
            return node(context, object, key, term, term == null ? null : term.localContext, false);
        } finally {
            depth--;
        }
    }

    /**
     * A node object the cache looks up: replayed if found, else walked and offered to the cache if
     * it wants it, unless the node leaves a value to the full path (the dataset is then discarded).
     */
    private RdfTerm cachedNode(SubtreeCache.Key key, FrozenContext context, String property, @Nullable Term term,
            JsonObject object) throws Unsupported {
        SubtreeCache.Entry found = cache.find(key);
        if (found != null) {
            RdfTerm replayed = dataset.replay(found.segment);
            if (replayed != null) {
                cache.replayed();
                for (SubtreeCache.Described node : found.described) {
                    redescribe(object, node);
                }
                return replayed;
            }
        }
        int firstQuad = dataset.size();
        int firstBlank = dataset.blankCount();
        int firstLogged = describedLog.size();
        int base = path.size();
        RdfTerm subject = nested(context, property, term, object);
        if (fallback == null && dataset.size() - firstQuad <= SubtreeCache.MAX_QUADS && cache.wanted(key)) {
            RdfDataset.Segment segment = dataset.since(firstQuad, firstBlank, subject);
            if (segment != null) {
                List<SubtreeCache.Described> relative = new ArrayList<>(describedLog.size() - firstLogged);
                for (SubtreeCache.Described node : describedLog.subList(firstLogged, describedLog.size())) {
                    relative.add(new SubtreeCache.Described(node.id(), node.path().subList(base, node.path().size())));
                }
                cache.offer(key, segment, relative);
            }
        }
        return subject;
    }

    /** A description within a replayed node, checked as the walk checked it, at its place in this document. */
    private void redescribe(JsonObject root, SubtreeCache.Described node) throws Unsupported {
        JsonValue element = root;
        for (Object segment : node.path()) {
            element = segment instanceof String name ? element.asJsonObject().get(name) : element.asJsonArray().get((Integer) segment);
            path.add(segment);
        }
        describedOnce(node.id(), element.asJsonObject());
        for (int i = 0; i < node.path().size(); i++) {
            path.remove(path.size() - 1);
        }
    }

    /** Step 5: items flattened, except that a nested array under a list container is a nested list. */
    private List<Object> array(FrozenContext context, String key, @Nullable Term term, JsonArray array) throws Unsupported {
        boolean list = term != null && term.list;
        List<Object> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            path.add(i);
            Object expanded = expand(context, key, term, array.get(i));
            if (expanded instanceof List<?> nested) {
                if (list) {
                    items.add(new ListItems(new ArrayList<>(nested)));
                } else if (check) {
                    throw nonPlain("an array inside an array, which JSON-LD flattens");
                } else {
                    items.addAll(nested);
                }
            } else {
                items.add(expanded);
            }
            path.remove(path.size() - 1);
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

    /** The JSON Pointer of the member being walked. */
    private String pointer() {
        StringBuilder out = new StringBuilder();
        for (Object segment : path) {
            out.append('/').append(segment instanceof String key ? key.replace("~", "~0").replace("/", "~1") : segment);
        }
        return out.toString();
    }
}
