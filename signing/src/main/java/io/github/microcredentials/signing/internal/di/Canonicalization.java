package io.github.microcredentials.signing.internal.di;

import com.apicatalog.jcs.Jcs;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.internal.crypto.Sha256;
import io.github.microcredentials.signing.internal.json.JsonSpans;
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
 * {@code -rdfc-} suites, JCS (RFC 8785) for the {@code -jcs-} suites; SHA-256, except for P-384 keys
 * in the ECDSA suites, where SHA-384 hashes the canonical forms and is RDFC-1.0's hash too (vc-di-ecdsa
 * §3.1 "canon-and-hash"). Thread-safe.
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
    private final Rdfc10Canonicalizer rdfc384;
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
        this(contexts, maxQuads, maxBlankNodes, maxWork, false);
    }

    /**
     * Creates the transformer with bounds, for documents that repeat one another or not.
     *
     * @param contexts the only contexts documents may use
     * @param maxQuads the most RDF statements of a document
     * @param maxBlankNodes the most blank nodes of a document
     * @param maxWork the most Hash N-Degree Quads steps of a canonicalization
     * @param repeatedParts whether to keep the quads of the large parts of documents transformed with
     *     their spans, to replay them where a later document repeats a part byte for byte
     *     ({@link FastJsonLd#withSubtreeCache()}): for a signer, whose documents are an institution's
     *     own and often share their achievement; not for a verifier, which should keep nothing from
     *     one untrusted document to the next
     */
    public Canonicalization(JsonLdContexts contexts, int maxQuads, int maxBlankNodes, int maxWork, boolean repeatedParts) {
        this.jsonLd = new SafeJsonLd(contexts);
        this.contexts = contexts;
        this.maxQuads = maxQuads;
        this.maxBlankNodes = maxBlankNodes;
        FastJsonLd walk = FastJsonLd.of(contexts, jsonLd::options, maxQuads, maxBlankNodes);
        this.fast = repeatedParts ? walk.withSubtreeCache() : walk;
        this.rdfc = new Rdfc10Canonicalizer("SHA-256", maxWork);
        this.rdfc384 = new Rdfc10Canonicalizer("SHA-384", maxWork);
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
        return transform(suite, KeyType.ED25519, document, proofConfig);
    }

    /**
     * Canonicalizes and hashes a document and a proof configuration for a key type.
     *
     * @param suite the suite
     * @param keyType the key type of the signing key (P-384 selects SHA-384)
     * @param document the document without {@code proof}
     * @param proofConfig the proof without {@code proofValue}, with the {@code @context} to use
     * @return canonical forms and hashes
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public Transformed transform(Cryptosuite suite, KeyType keyType, JsonObject document, JsonObject proofConfig)
            throws DocumentException {
        return transform(suite, keyType, document, JsonSpans.none(), proofConfig);
    }

    /**
     * Canonicalizes and hashes a document parsed from bytes and a proof configuration for a key type.
     *
     * @param suite the suite
     * @param keyType the key type of the signing key (P-384 selects SHA-384)
     * @param document the document to secure: without its new proof (with the earlier proofs of a chain)
     * @param spans where the document's large objects were read from, which a transformer for
     *     repeated parts compares with what it met before; or none
     * @param proofConfig the proof without {@code proofValue}, with the {@code @context} to use
     * @return canonical forms and hashes, the same as without spans
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public Transformed transform(Cryptosuite suite, KeyType keyType, JsonObject document, JsonSpans spans, JsonObject proofConfig)
            throws DocumentException {
        boolean sha384 = sha384(keyType);
        byte[] canonicalDocument = canonicalize(suite, keyType, document, spans);
        ProofConfig config = proofConfig(suite, keyType, proofConfig);
        return new Transformed(canonicalDocument, config.canonical, hash(sha384, canonicalDocument), config.hash);
    }

    /** SHA-384 for P-384 keys, SHA-256 for every other. */
    static boolean sha384(KeyType keyType) {
        return keyType == KeyType.P384;
    }

    /**
     * The suite hash of a canonical form.
     *
     * @param keyType the key type (P-384 selects SHA-384)
     * @param canonical the canonical form
     * @return the digest
     */
    public static byte[] hash(KeyType keyType, byte[] canonical) {
        return hash(sha384(keyType), canonical);
    }

    private static byte[] hash(boolean sha384, byte[] data) {
        if (!sha384) {
            return Sha256.hash(data);
        }
        try {
            return java.security.MessageDigest.getInstance("SHA-384").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-384", e);
        }
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
        return proofConfig(suite, KeyType.ED25519, proofConfig);
    }

    /**
     * The canonical form and hash of a proof configuration for a key type (see
     * {@link #proofConfig(Cryptosuite, JsonObject)}).
     *
     * @param suite the suite
     * @param keyType the key type (P-384 selects SHA-384)
     * @param proofConfig the proof configuration with its {@code @context}
     * @return the canonical form and its hash
     * @throws DocumentException if JSON-LD processing fails
     */
    public ProofConfig proofConfig(Cryptosuite suite, KeyType keyType, JsonObject proofConfig) throws DocumentException {
        boolean sha384 = sha384(keyType);
        ProofConfig known = lastProofConfig;
        if (known != null && known.suite == suite && known.sha384 == sha384 && known.config.equals(proofConfig)) {
            return known;
        }
        byte[] canonical = canonicalize(suite, keyType, proofConfig);
        ProofConfig computed = new ProofConfig(suite, sha384, proofConfig, canonical, hash(sha384, canonical));
        lastProofConfig = computed;
        return computed;
    }

    /** A canonicalized proof configuration. */
    public static final class ProofConfig {
        final Cryptosuite suite;
        final boolean sha384;
        final JsonObject config;
        final byte[] canonical;
        final byte[] hash;

        ProofConfig(Cryptosuite suite, boolean sha384, JsonObject config, byte[] canonical, byte[] hash) {
            this.suite = suite;
            this.sha384 = sha384;
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
         * The hash of the canonical form: SHA-256, or SHA-384 for P-384 keys.
         *
         * @return 32 or 48 bytes (not copied: do not change them)
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
        return canonicalize(suite, KeyType.ED25519, document);
    }

    /**
     * The number of parts of documents replayed rather than converted again, for tests.
     *
     * @return the count, 0 for a transformer without repeated parts
     */
    public long partsReplayed() {
        return fast.subtreesReplayed();
    }

    /**
     * Canonicalizes one document with a suite's algorithm for a key type: RDFC-1.0 hashes with
     * SHA-384 for P-384 keys.
     *
     * @param suite the suite
     * @param keyType the key type
     * @param document the document
     * @return the canonical form, UTF-8
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public byte[] canonicalize(Cryptosuite suite, KeyType keyType, JsonObject document) throws DocumentException {
        return canonicalize(suite, keyType, document, JsonSpans.none());
    }

    private byte[] canonicalize(Cryptosuite suite, KeyType keyType, JsonObject document, JsonSpans spans) throws DocumentException {
        if (!suite.usesRdfCanonicalization()) {
            return Jcs.canonize(document).getBytes(StandardCharsets.UTF_8);
        }
        boolean sha384 = sha384(keyType);
        try {
            return (sha384 ? rdfc384 : rdfc).canonicalize(dataset(document, spans)).bytes();
        } catch (RdfDataset.LimitExceeded e) {
            throw new DocumentException(DocumentException.Reason.TOO_COMPLEX, e.getMessage(), e);
        }
    }

    /**
     * The quads of a document: the fast path if it covers the document, otherwise the full path.
     * Either way the fast path's walk has checked the document's plain form first, so that what
     * JSON readers read is what is signed.
     */
    private RdfDataset dataset(JsonObject document, JsonSpans spans) throws DocumentException {
        knownContexts(document);
        Unsupported declined;
        try {
            return fast.toRdf(document, spans);
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
                // As written, so no URI parse: registered URLs are all URIs, and unregistered text is refused anyway.
                if (!contexts.contains(url.getString())) {
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
