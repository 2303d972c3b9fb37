/**
 * Signatures for credential documents and their verification: W3C Data Integrity proofs
 * ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019}) and VC-JWT, fully
 * offline. It works on JSON documents, not on the credential model.
 *
 * <p>Titanium (JSON-LD, RDFC-1.0, JCS) has no module descriptor and is required as automatic
 * modules; Bouncy Castle does the cryptography.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.microcredentials.signing {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;
    requires jakarta.json;
    requires org.bouncycastle.provider;
    requires titanium.json.ld;
    requires titanium.rdf.api;
    requires titanium.rdfc;
    requires titanium.rdf.n.quads;
    requires titanium.jcs;

    exports io.github.microcredentials.signing;
    exports io.github.microcredentials.signing.batch;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.signing.internal.rdf.SigningContexts;
}
