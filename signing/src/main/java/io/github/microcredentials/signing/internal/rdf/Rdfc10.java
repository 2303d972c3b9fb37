package io.github.microcredentials.signing.internal.rdf;

import com.apicatalog.rdf.api.RdfQuadConsumer;
import io.github.microcredentials.signing.internal.rdf.canon.CanonicalNQuads;
import io.github.microcredentials.signing.internal.rdf.canon.DatasetConsumer;
import io.github.microcredentials.signing.internal.rdf.canon.Rdfc10Canonicalizer;
import java.util.Map;

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of quads given as strings, on this library's
 * canonicalizer ({@link Rdfc10Canonicalizer}), with the "poison graph" guard on: the Hash
 * N-Degree Quads work is bounded, and a dataset that exceeds the bound is an error rather than a
 * denial of service.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/">RDF Dataset Canonicalization</a>
 */
public final class Rdfc10 {

    /** The default bound on Hash N-Degree Quads steps (calls plus permutations tried). */
    public static final int DEFAULT_MAX_WORK = Rdfc10Canonicalizer.DEFAULT_MAX_WORK;

    /** A producer of quads, for example a JSON-LD to RDF conversion. */
    @FunctionalInterface
    public interface QuadSource {
        /**
         * Sends every quad to the consumer.
         *
         * @param consumer the consumer
         * @throws DocumentException if the source cannot produce its quads
         */
        void provide(RdfQuadConsumer consumer) throws DocumentException;
    }

    private final Rdfc10Canonicalizer canonicalizer;

    /**
     * Creates a canonicalizer.
     *
     * @param hashAlgorithm {@code SHA-256} (default of RDFC-1.0) or {@code SHA-384}
     * @param maxWork the bound on Hash N-Degree Quads steps
     */
    public Rdfc10(String hashAlgorithm, int maxWork) {
        this.canonicalizer = new Rdfc10Canonicalizer(hashAlgorithm, maxWork);
    }

    /**
     * The canonicalizer of Data Integrity: SHA-256, default bound.
     *
     * @return the canonicalizer
     */
    public static Rdfc10 sha256() {
        return new Rdfc10("SHA-256", DEFAULT_MAX_WORK);
    }

    /**
     * Canonicalizes a dataset.
     *
     * @param source the quads
     * @return the canonical N-Quads document (each quad ends in {@code \n}) and the blank node map
     * @throws DocumentException if the source fails or the work bound is exceeded
     */
    public Result canonicalize(QuadSource source) throws DocumentException {
        DatasetConsumer consumer = new DatasetConsumer();
        source.provide(consumer);
        CanonicalNQuads canonical = canonicalizer.canonicalize(consumer.dataset());
        return new Result(canonical.text(), canonical.blankNodeMap());
    }

    /**
     * Canonical N-Quads and the map from input blank node labels to canonical ones.
     *
     * @param nquads the canonical N-Quads document
     * @param blankNodeMap input label to canonical label
     */
    public record Result(String nquads, Map<String, String> blankNodeMap) {
    }
}
