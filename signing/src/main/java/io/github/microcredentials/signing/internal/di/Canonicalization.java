package io.github.microcredentials.signing.internal.di;

import com.apicatalog.jcs.Jcs;
import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.internal.crypto.Signatures;
import io.github.microcredentials.signing.internal.rdf.DocumentException;
import io.github.microcredentials.signing.internal.rdf.Rdfc10;
import io.github.microcredentials.signing.internal.rdf.SafeJsonLd;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Transformation and hashing of the Data Integrity suites: RDFC-1.0 over safe-mode JSON-LD for the
 * {@code -rdfc-} suites, JCS (RFC 8785) for {@code eddsa-jcs-2022}; SHA-256 for all three (P-256
 * pairs with SHA-256 in {@code ecdsa-rdfc-2019}). Thread-safe.
 */
public final class Canonicalization {

    private final SafeJsonLd jsonLd;
    private final Rdfc10 rdfc = Rdfc10.sha256();

    /**
     * Creates the transformer.
     *
     * @param contexts the only contexts documents may use
     */
    public Canonicalization(JsonLdContexts contexts) {
        this.jsonLd = new SafeJsonLd(contexts);
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
        String canonicalDocument = canonicalize(suite, document);
        String canonicalProof = canonicalize(suite, proofConfig);
        return transformed(canonicalDocument, canonicalProof);
    }

    /**
     * Canonicalizes one document with a suite's algorithm.
     *
     * @param suite the suite
     * @param document the document
     * @return the canonical form
     * @throws DocumentException if JSON-LD processing fails (rdfc suites)
     */
    public String canonicalize(Cryptosuite suite, JsonObject document) throws DocumentException {
        if (suite.usesRdfCanonicalization()) {
            return rdfc.canonicalize(consumer -> jsonLd.toRdf(document, consumer)).nquads();
        }
        return Jcs.canonize(document);
    }

    /**
     * Hashes canonical forms.
     *
     * @param canonicalDocument the canonical document
     * @param canonicalProofConfig the canonical proof configuration
     * @return canonical forms and hashes
     */
    public static Transformed transformed(String canonicalDocument, String canonicalProofConfig) {
        return new Transformed(canonicalDocument, canonicalProofConfig, sha256(canonicalDocument), sha256(canonicalProofConfig));
    }

    private static byte[] sha256(String text) {
        return Signatures.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
