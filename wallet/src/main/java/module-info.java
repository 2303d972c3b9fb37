/**
 * Micro-credentials for the EU Digital Identity Wallets: SD-JWT VC (RFC 9901 and SD-JWT VC draft 13,
 * reading the {@code vc+sd-jwt} of draft 11 too) issued from the micro-credential model with every
 * Annex I element selectively disclosable, holder presentations with a Key Binding JWT, a verifier,
 * and the IETF Token Status List (draft 14) on the status module's index allocator.
 *
 * <p>Nimbus JOSE+JWT carries the JWS syntax; the signing module's {@code Signer} and
 * {@code VerificationKey} do the cryptography. Nothing is fetched from the network: status list
 * tokens and issuer keys come through resolvers the caller supplies.
 *
 * <p>ZXing (QR codes of credential offers) has no module descriptor and is required as the automatic
 * module its manifest names.
 */
@SuppressWarnings("requires-automatic")
module io.github.microcredentials.wallet {
    requires transitive io.github.microcredentials.core;
    requires transitive io.github.microcredentials.signing;
    requires transitive io.github.microcredentials.status;
    requires static transitive org.jspecify;
    requires com.nimbusds.jose.jwt;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.google.zxing;

    exports io.github.microcredentials.wallet;
    exports io.github.microcredentials.wallet.status;
    exports io.github.microcredentials.wallet.oid4vci;
}
