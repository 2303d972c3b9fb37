package io.github.microcredentials.signing.internal.rdf;

import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import java.io.StringWriter;

/**
 * The reference canonicalization of the straightforward pipeline this library used before its own
 * {@link Rdfc10}: RDFC-1.0 into canonical N-Quads on titanium-rdfc, with the
 * "poison graph" guard on: the Hash N-Degree Quads work is bounded, and a dataset that exceeds the
 * bound is an error rather than a denial of service.
 *
 * @see <a href="https://www.w3.org/TR/rdf-canon/">RDF Dataset Canonicalization</a>
 */
public final class ReferenceRdfc10 {

    /**
     * The default bound on Hash N-Degree Quads steps (titanium-rdfc "ticks": one per permutation
     * and per related blank node hashed). Credentials rarely need any (their blank nodes usually
     * have unique first-degree hashes); the hardest tests of the W3C suite that must pass need
     * between 10,000 and 30,000 (measured); the suite's poison clique graph stops at the bound.
     */
    public static final int DEFAULT_MAX_WORK = 100_000;

    private final String hashAlgorithm;
    private final int maxWork;

    /**
     * Creates a canonicalizer.
     *
     * @param hashAlgorithm {@code SHA-256} (default of RDFC-1.0) or {@code SHA-384}
     * @param maxWork the bound on Hash N-Degree Quads steps
     */
    public ReferenceRdfc10(String hashAlgorithm, int maxWork) {
        this.hashAlgorithm = hashAlgorithm;
        this.maxWork = maxWork;
    }

    /**
     * The canonicalizer of Data Integrity: SHA-256, default bound.
     *
     * @return the canonicalizer
     */
    public static ReferenceRdfc10 sha256() {
        return new ReferenceRdfc10("SHA-256", DEFAULT_MAX_WORK);
    }

    /**
     * Canonicalizes a dataset.
     *
     * @param source the quads
     * @return the canonical N-Quads document (each quad ends in {@code \n}) and the blank node map
     * @throws DocumentException if the source fails or the work bound is exceeded
     */
    public Rdfc10.Result canonicalize(Rdfc10.QuadSource source) throws DocumentException {
        Bound bound = new Bound(maxWork);
        RdfCanon canon = RdfCanon.create(hashAlgorithm, bound);
        source.provide(canon);
        StringWriter out = new StringWriter();
        try {
            canon.provide(new NQuadsWriter(out));
        } catch (IllegalStateException e) {
            if (bound.exceeded) {
                throw new DocumentException(DocumentException.Reason.TOO_COMPLEX,
                        "RDF canonicalization exceeded its work bound (" + maxWork + " Hash N-Degree Quads steps)", e);
            }
            throw e;
        } catch (RdfConsumerException e) {
            throw new IllegalStateException("writing N-Quads to memory failed", e);
        }
        return new Rdfc10.Result(out.toString(), canon.mapping());
    }

    /** Counts work steps and stops the algorithm past the bound. */
    private static final class Bound implements RdfCanonTicker {
        private final int max;
        private int ticks;
        private boolean exceeded;

        Bound(int max) {
            this.max = max;
        }

        @Override
        public void tick() {
            if (++ticks > max) {
                exceeded = true;
                throw new IllegalStateException("work bound exceeded");
            }
        }
    }
}
