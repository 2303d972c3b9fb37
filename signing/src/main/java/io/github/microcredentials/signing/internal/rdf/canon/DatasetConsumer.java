package io.github.microcredentials.signing.internal.rdf.canon;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collects quads given as strings (by Titanium's JSON-LD to RDF conversion or an N-Quads reader)
 * into an {@link RdfDataset}. Labels starting with {@code _:} are blank nodes.
 */
public final class DatasetConsumer implements RdfQuadConsumer {

    private final RdfDataset dataset;
    private final Map<String, RdfTerm> iris = new HashMap<>();
    private final ByteSink scratch = new ByteSink(128);

    /** A consumer into an unbounded dataset (trusted input, tests). */
    public DatasetConsumer() {
        this(new RdfDataset());
    }

    /**
     * A consumer into a dataset.
     *
     * @param dataset the dataset to fill, for example a bounded one
     */
    public DatasetConsumer(RdfDataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The quads collected so far.
     *
     * @return the dataset
     */
    public RdfDataset dataset() {
        return dataset;
    }

    @Override
    public RdfQuadConsumer quad(String subject, String predicate, String object, @Nullable String datatype,
            @Nullable String language, @Nullable String direction, @Nullable String graph) {
        if (direction != null) {
            // Safe-mode conversion never emits them (no rdfDirection option); there is no canonical form to match.
            throw new IllegalArgumentException("directional literals are not supported");
        }
        RdfTerm o = RdfQuadConsumer.isLiteral(datatype, language, direction)
                ? RdfTerm.literal(object, datatype == null ? RdfTerm.XSD_STRING : datatype, language, scratch)
                : resource(object);
        dataset.add(resource(subject), iri(predicate), o, graph == null ? null : resource(graph));
        return this;
    }

    private RdfTerm resource(String value) {
        return value.startsWith("_:") ? dataset.blank(value) : iri(value);
    }

    private RdfTerm iri(String value) {
        return iris.computeIfAbsent(value, RdfTerm::iri);
    }
}
