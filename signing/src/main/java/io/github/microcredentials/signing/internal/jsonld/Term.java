package io.github.microcredentials.signing.internal.jsonld;

import com.apicatalog.jsonld.context.TermDefinition;
import com.apicatalog.jsonld.lang.DirectionType;
import com.apicatalog.jsonld.lang.Keywords;
import io.github.microcredentials.signing.internal.rdf.canon.RdfTerm;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A term definition of a processed context, frozen, with what the fast path needs precomputed:
 * the IRI as an RDF term (when it is an absolute IRI), the datatype of value coercion and the
 * container flags. Immutable; shared by every context that holds the same definition.
 */
final class Term {

    /** The IRI mapping: an IRI, a keyword (an alias such as {@code id}), or {@code null} (a term mapped to null). */
    final @Nullable String iri;
    /** Whether {@link #iri} is a keyword. */
    final boolean keyword;
    /** Whether the term may be used as the prefix of a compact IRI. */
    final boolean prefix;
    /** The IRI as an RDF term, or {@code null} if it is not an IRI the fast path can emit. */
    final @Nullable RdfTerm rdf;
    /** The type mapping: {@code @id}, {@code @vocab}, {@code @json}, {@code @none}, a datatype IRI, or {@code null}. */
    final @Nullable String typeMapping;
    /** Whether a datatype type mapping is an absolute IRI (Titanium drops literals with any other). */
    final boolean datatypeValid;
    final boolean list;
    final boolean graph;
    final boolean language;
    /** An {@code @index}, {@code @id} or {@code @type} container: maps the fast path does not walk. */
    final boolean otherMap;
    /** A scoped context, or {@code null}. */
    final @Nullable JsonValue localContext;
    final @Nullable URI baseUrl;
    /** The language mapping: {@code null} if none, {@link JsonValue#NULL} if explicitly none, else a tag. */
    final @Nullable JsonValue languageMapping;
    /** A reverse property, a nested property, an index mapping or a direction: not walked by the fast path. */
    final boolean unsupported;
    /** A nested property ({@code @nest}): its values belong to the node around it. */
    final boolean nest;
    /** A reverse property: its values are subjects, not objects. */
    final boolean reverse;
    /** A property-valued index ({@code @index} mapping): index keys become statements. */
    final boolean indexed;

    Term(TermDefinition definition) {
        this.iri = definition.getUriMapping();
        this.keyword = iri != null && IriExpansion.isKeyword(iri);
        this.prefix = definition.isPrefix();
        this.rdf = iri != null && !keyword && Iris.isAbsolute(iri) ? RdfTerm.iri(iri) : null;
        this.typeMapping = definition.getTypeMapping();
        this.datatypeValid = typeMapping != null && Iris.isAbsolute(typeMapping);
        Collection<String> containers = definition.getContainerMapping();
        this.list = containers.contains(Keywords.LIST);
        this.graph = containers.contains(Keywords.GRAPH);
        this.language = containers.contains(Keywords.LANGUAGE);
        this.otherMap = containers.contains(Keywords.INDEX) || containers.contains(Keywords.ID) || containers.contains(Keywords.TYPE);
        this.localContext = definition.getLocalContext();
        this.baseUrl = definition.getBaseUrl();
        this.languageMapping = definition.getLanguageMapping();
        DirectionType direction = definition.getDirectionMapping();
        this.nest = definition.getNestValue() != null;
        this.reverse = definition.isReverseProperty();
        this.indexed = definition.getIndexMapping() != null;
        this.unsupported = reverse || nest || indexed || direction != null;
    }
}
