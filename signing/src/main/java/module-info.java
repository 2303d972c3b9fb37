/**
 * Signatures for credential documents and their verification: W3C Data Integrity proofs
 * ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019}), VC-JWT, and
 * electronic seals (JAdES, XAdES; package {@code seal}), offline. It works on JSON and XML
 * documents, not on the credential model.
 *
 * <p>Titanium JSON-LD and JCS (context processing for the fast JSON-LD walk, the full path for
 * documents the walk does not convert, JCS) have no module name: this descriptor requires them as
 * automatic modules to compile and test, and the published jar carries them shaded into the
 * unexported {@code io.github.microcredentials.signing.internal.titanium} with a descriptor built
 * from this one without the {@code titanium.*} requires (see pom.xml). RDFC-1.0 is this library's
 * own; Bouncy Castle does the cryptography.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.microcredentials.signing {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;
    requires jakarta.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.apache.santuario.xmlsec;
    requires java.xml;
    requires java.net.http;
    // Titanium (shaded into the published jar) logs through java.util.logging.
    requires java.logging;
    requires titanium.json.ld;
    requires titanium.rdf.api;
    requires titanium.jcs;

    exports io.github.microcredentials.signing;
    exports io.github.microcredentials.signing.batch;
    exports io.github.microcredentials.signing.identity;
    exports io.github.microcredentials.signing.seal;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.signing.internal.rdf.SigningContexts;
}
