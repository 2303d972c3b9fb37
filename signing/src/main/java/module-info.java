/**
 * Signatures for credential documents and their verification: W3C Data Integrity proofs
 * ({@code eddsa-rdfc-2022}, {@code eddsa-jcs-2022}, {@code ecdsa-rdfc-2019}) and VC-JWT,
 * offline. It works on JSON documents, not on the credential model. Electronic seals (JAdES,
 * XAdES) are the module {@code io.github.microcredentials.seals}.
 *
 * <p>Titanium JSON-LD and JCS (context processing for the fast JSON-LD walk, the full path for
 * documents the walk does not convert, JCS) have no module name: this descriptor requires them as
 * automatic modules to compile and test, and the published jar carries them shaded into the
 * unexported {@code io.github.microcredentials.signing.internal.titanium} with a descriptor built
 * from this one without the {@code titanium.*} requires (see pom.xml). RDFC-1.0 is this library's
 * own; Bouncy Castle does the cryptography.
 */
// "module": the qualified exports name the seals module, which is compiled after this one
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.microcredentials.signing {
    requires transitive io.github.microcredentials.core;
    requires static transitive org.jspecify;
    requires jakarta.json;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.util;
    requires java.net.http;
    // Titanium (shaded into the published jar) logs through java.util.logging.
    requires java.logging;
    requires titanium.json.ld;
    requires titanium.rdf.api;
    requires titanium.jcs;

    exports io.github.microcredentials.signing;
    exports io.github.microcredentials.signing.batch;
    exports io.github.microcredentials.signing.identity;
    // The seals module reuses the JSON reader, multibase, the JWS signing input and the JCA
    // signature code (key fit, default algorithm, ECDSA r || s); nobody else may.
    exports io.github.microcredentials.signing.internal.codec to io.github.microcredentials.seals;
    exports io.github.microcredentials.signing.internal.json to io.github.microcredentials.seals;
    exports io.github.microcredentials.signing.internal.jose to io.github.microcredentials.seals;
    exports io.github.microcredentials.signing.internal.keys to io.github.microcredentials.seals;

    provides io.github.microcredentials.core.jsonld.ContextProvider
            with io.github.microcredentials.signing.internal.rdf.SigningContexts;
    provides io.github.microcredentials.core.validation.RuleProvider
            with io.github.microcredentials.signing.internal.vcdm.VcdmRules;
}
