/*
 * The descriptor of the published (shaded) jar, written over the one javac compiles from
 * src/main/java/module-info.java (keep the two alike but for the Titanium lines).
 *
 * Signatures for credential documents and their verification: W3C Data Integrity proofs
 * ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019}), VC-JWT, and
 * electronic seals (JAdES, XAdES; package {@code seal}), offline. It works on JSON and XML
 * documents, not on the credential model.
 *
 * <p>Titanium JSON-LD and JCS (context processing for the fast JSON-LD walk, the full path for
 * documents the walk does not convert, JCS) are inside this module, relocated; RDFC-1.0 is this
 * library's own; Bouncy Castle does the cryptography.
 */
module io.github.microcredentials.signing {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;
    requires jakarta.json;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.apache.santuario.xmlsec;
    requires java.xml;
    requires java.net.http;
    // Titanium JSON-LD, JCS, RDF API and N-Quads (Apache-2.0) are inside this module, relocated to
    // io.github.microcredentials.signing.internal.titanium (see META-INF/NOTICE); they need:
    requires java.logging;

    exports io.github.microcredentials.signing;
    exports io.github.microcredentials.signing.batch;
    exports io.github.microcredentials.signing.seal;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.signing.internal.rdf.SigningContexts;
}
