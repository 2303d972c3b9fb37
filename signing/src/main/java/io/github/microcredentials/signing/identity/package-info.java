/**
 * Who controls a key: resolution of the identifiers issuers sign under ({@code did:key},
 * {@code did:jwk}, {@code did:web} and HTTPS controller documents, W3C Controlled Identifiers 1.0)
 * to their verification methods, offline by default.
 *
 * <p>An {@link io.github.microcredentials.signing.identity.IdentifierResolver} turns an identifier
 * into its {@link io.github.microcredentials.signing.identity.ControllerDocument}; its
 * {@link io.github.microcredentials.signing.identity.IdentifierResolver#keys() keys()} view is the
 * {@link io.github.microcredentials.signing.KeyResolver} the verifiers and signers take. Documents
 * come from a {@link io.github.microcredentials.signing.identity.DocumentStore} the caller fills
 * (a folder, files, a map); fetching them over HTTPS is opt-in
 * ({@link io.github.microcredentials.signing.identity.HttpsFetcher}) and bounded.
 */
package io.github.microcredentials.signing.identity;
