/**
 * Examples of the public API, as a user of the library writes them; compiled and tested, and
 * quoted by the README. Being a named module, it also proves that the library modules export
 * what users need.
 */
module io.github.microcredentials.examples {
    requires transitive io.github.microcredentials.core;
    requires io.github.microcredentials.edc;
    requires transitive io.github.microcredentials.openbadges;
    requires io.github.microcredentials.signing;
    requires io.github.microcredentials.seals;
    requires io.github.microcredentials.status;
    requires transitive io.github.microcredentials.render;
    requires transitive jakarta.validation;
    // VcApiServer: the JDK's HTTP server and Jackson for the VC-API request and response envelopes.
    requires jdk.httpserver;
    requires com.fasterxml.jackson.databind;
    // WalletIssuerServer: the OpenID4VCI issuer objects, and Bouncy Castle for its demonstration PKI.
    requires transitive io.github.microcredentials.wallet;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.provider;

    exports io.github.microcredentials.examples;
    // Bean Validation providers read the fields of user beans such as ValidateCredentials.Enrolment.
    opens io.github.microcredentials.examples;
}
