package io.github.microcredentials.signing.internal.di;

import com.apicatalog.jcs.Jcs;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.internal.crypto.Sha256;
import io.github.microcredentials.signing.internal.jsonld.FastJsonLd;
import io.github.microcredentials.signing.internal.jsonld.Unsupported;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import io.github.microcredentials.signing.internal.rdf.canon.DatasetConsumer;
import io.github.microcredentials.signing.internal.rdf.canon.RdfDataset;
import io.github.microcredentials.signing.internal.rdf.canon.Rdfc10Canonicalizer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Transformation and hashing of the Data Integrity suites: RDFC-1.0 over safe-mode JSON-LD for the
 * {@code -rdfc-} suites, JCS (RFC 8785) for {@code eddsa-jcs-2022}; SHA-256 for all three (P-256
 * pairs with SHA-256 in {@code ecdsa-rdfc-2019}). Thread-safe.
 *
 * <p>JSON-LD goes through the fast path ({@link FastJsonLd}: contexts processed once, one walk to
 * quads) and, for a document the fast path does not convert (but whose plain form it checked),
 * through the full Titanium path; the choice is made per document, never by configuration. Both
 * feed the same RDFC-1.0 implementation, and the fast path gives up rather than differ. The
 * straightforward pipeline this library used before (Titanium for every document, titanium-rdfc)
 * is the differential oracle of the tests, not part of the library.
 */
public final class Canonicalization {

    private final SafeJsonLd jsonLd;
    private final JsonLdContexts contexts;
    private final FastJsonLd fast;
    private final Rdfc10Canonicalizer rdfc;
    private final int maxQuads;
    private final int maxBlankNodes;
    private volatile @Nullable ProofConfig lastProofConfig;

    /**
     * Creates the transformer with the library's default bounds.
     *
     * @param contexts the only contexts documents may use
     */
    public Canonicalization(JsonLdContexts contexts) {
        this(contexts, DEFAULT_MAX_QUADS, DEFAULT_MAX_BLANK_NODES, DEFAULT_MAX_WORK);
    }

    /** The library's default bounds (as {@code CanonicalizationLimits.DEFAULT}). */
    static final int DEFAULT_MAX_QUADS = 100_000;
    static final int DEFAULT_MAX_BLANK_NODES = 20_000;
    static final int DEFAULT_MAX_WORK = 20_000;

    /**
     * Creates the transformer with bounds on the work a document may cost.
     *
     * @param contexts the only contexts documents may use
     * @param maxQuads the most RDF statements of a document
     * @param maxBlankNodes the most blank nodes of a document
     * @param maxWork the most Hash N-Degree Quads steps of a canonicalization
     */
    public Canonicalization(JsonLdContexts contexts, int maxQuads, int maxBlankNodes, int maxWork) {
        this.jsonLd = new SafeJsonLd(contexts);
        this.contexts = contexts;
        this.maxQuads = maxQuads;
        this.maxBlankNodes = maxBlankNodes;
        this.fast = FastJsonLd.of(contexts, jsonLd::options, maxQuads, maxBlankNodes);
        this.rdfc = new Rdfc10Canonicalizer("SHA-256", maxWork);
    }

    /**
     * Canonicalizes and hashes a document and a proof configuration.
     *
     * @param suite the suite
     * @param document the document without {@code proof}
     * @param proofConfig the proof without {@code proofValue}, with the {@code @context} to use
     * @return canonical forms and hashes
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public Transformed transform(Cryptosuite suite, JsonObject document, JsonObject proofConfig) throws DocumentException {
        byte[] canonicalDocument = canonicalize(suite, document);
        ProofConfig config = proofConfig(suite, proofConfig);
        return new Transformed(canonicalDocument, config.canonical, Sha256.hash(canonicalDocument), config.hash);
    }

    /**
     * The canonical form and hash of a proof configuration. A signer's configurations differ only
     * in {@code created} (whole seconds), so a batch signs many credentials with the same one:
     * the last one is kept (configurations are compared in full, so a hit is exact).
     *
     * @param suite the suite
     * @param proofConfig the proof configuration with its {@code @context}
     * @return the canonical form and its SHA-256
     * @throws DocumentException if JSON-LD processing fails
     */
    public ProofConfig proofConfig(Cryptosuite suite, JsonObject proofConfig) throws DocumentException {
        ProofConfig known = lastProofConfig;
        if (known != null && known.suite == suite && known.config.equals(proofConfig)) {
            return known;
        }
        byte[] canonical = canonicalize(suite, proofConfig);
        ProofConfig computed = new ProofConfig(suite, proofConfig, canonical, Sha256.hash(canonical));
        lastProofConfig = computed;
        return computed;
    }

    /** A canonicalized proof configuration. */
    public static final class ProofConfig {
        final Cryptosuite suite;
        final JsonObject config;
        final byte[] canonical;
        final byte[] hash;

        ProofConfig(Cryptosuite suite, JsonObject config, byte[] canonical, byte[] hash) {
            this.suite = suite;
            this.config = config;
            this.canonical = canonical;
            this.hash = hash;
        }

        /**
         * The canonical form.
         *
         * @return UTF-8 bytes (not copied: do not change them)
         */
        public byte[] canonical() {
            return canonical;
        }

        /**
         * The SHA-256 of the canonical form.
         *
         * @return 32 bytes (not copied: do not change them)
         */
        public byte[] hash() {
            return hash;
        }
    }

    /**
     * Canonicalizes one document with a suite's algorithm.
     *
     * @param suite the suite
     * @param document the document
     * @return the canonical form, UTF-8
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public byte[] canonicalize(Cryptosuite suite, JsonObject document) throws DocumentException {
        if (!suite.usesRdfCanonicalization()) {
            return Jcs.canonize(document).getBytes(StandardCharsets.UTF_8);
        }
        try {
            return rdfc.canonicalize(dataset(document)).bytes();
        } catch (RdfDataset.LimitExceeded e) {
            throw new DocumentException(DocumentException.Reason.TOO_COMPLEX, e.getMessage(), e);
        }
    }

    /**
     * The quads of a document: the fast path if it covers the document, otherwise the full path.
     * Either way the fast path's walk has checked the document's plain form first, so that what
     * JSON readers read is what is signed.
     */
    private RdfDataset dataset(JsonObject document) throws DocumentException {
        knownContexts(document);
        Unsupported declined;
        try {
            return fast.toRdf(document);
        } catch (Unsupported e) {
            declined = e;
        }
        switch (declined.kind()) {
            case NON_PLAIN:
                throw new DocumentException(DocumentException.Reason.NON_PLAIN_FORM, at(declined)
                        + "a signed statement is not where JSON readers read it: " + declined.getMessage());
            case DROPPED:
                throw new DocumentException(DocumentException.Reason.DROPPED_VALUE, at(declined) + declined.getMessage());
            default:
                break;
        }
        DatasetConsumer consumer = new DatasetConsumer(RdfDataset.bounded(maxQuads, maxBlankNodes));
        jsonLd.toRdf(document, consumer);
        if (declined.kind() == Unsupported.Kind.UNCERTIFIED) {
            throw new DocumentException(DocumentException.Reason.NON_PLAIN_FORM, at(declined)
                    + "the document's form cannot be checked: " + declined.getMessage());
        }
        return consumer.dataset();
    }

    /**
     * Every context URL is registered as written: JSON-LD processors may normalise a URL (the case
     * of its host) before they load it, while readers compare the text.
     */
    private void knownContexts(JsonObject document) throws DocumentException {
        jakarta.json.JsonValue value = document.get("@context");
        java.util.List<jakarta.json.JsonValue> list = value instanceof jakarta.json.JsonArray array ? array
                : value == null ? java.util.List.of() : java.util.List.of(value);
        for (jakarta.json.JsonValue item : list) {
            if (item instanceof jakarta.json.JsonString url) {
                boolean known;
                try {
                    known = contexts.contains(new java.net.URI(url.getString()));
                } catch (java.net.URISyntaxException e) {
                    known = false;
                }
                if (!known) {
                    throw new DocumentException(DocumentException.Reason.UNKNOWN_CONTEXT, "unknown JSON-LD context "
                            + url.getString() + " (neither bundled nor registered, as written)");
                }
            }
        }
    }

    private static String at(Unsupported e) {
        return e.pointer().isEmpty() ? "" : "at " + e.pointer() + ": ";
    }

    /**
     * Hashes canonical forms.
     *
     * @param canonicalDocument the canonical document
     * @param canonicalProofConfig the canonical proof configuration
     * @return canonical forms and hashes
     */
    public static Transformed transformed(byte[] canonicalDocument, byte[] canonicalProofConfig) {
        return new Transformed(canonicalDocument, canonicalProofConfig, Sha256.hash(canonicalDocument), Sha256.hash(canonicalProofConfig));
    }
}
