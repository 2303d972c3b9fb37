/**
 * Credential status with W3C Bitstring Status List v1.0: the issuer allocates a random, never
 * reused index for each credential ({@link io.github.microcredentials.status.StatusList}), keeps
 * indexes and status bits in a {@link io.github.microcredentials.status.StatusStore} (in memory,
 * in a crash-safe file store, or in a database shared by several issuing machines), and publishes
 * the signed {@code BitstringStatusListCredential}; a verifier checks the status of a credential
 * with a {@link io.github.microcredentials.status.StatusChecker} and a
 * {@link io.github.microcredentials.status.StatusListResolver}.
 *
 * <p>Nothing is fetched from the network unless the caller builds an HTTPS resolver.
 */
module io.github.microcredentials.status {
    requires transitive io.github.microcredentials.signing;
    requires transitive io.github.microcredentials.core;
    requires transitive java.sql;
    requires java.net.http;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports io.github.microcredentials.status;
}
