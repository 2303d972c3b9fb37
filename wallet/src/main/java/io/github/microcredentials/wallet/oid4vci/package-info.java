/**
 * An OpenID for Verifiable Credential Issuance 1.0 issuer as plain objects, framework-free: credential
 * issuer metadata, credential offers by value or by reference (with a QR code), the pre-authorized code
 * grant ({@code tx_code}), the authorization code grant through an {@link
 * io.github.microcredentials.wallet.oid4vci.AuthorizationServer} (the built-in one: PAR, PKCE {@code S256},
 * DPoP-bound tokens), wallet and key attestations (HAIP 1.0), the Nonce Endpoint, and the Credential
 * Endpoint with {@code jwt} key proofs and batch issuance. An institution maps HTTP requests to these calls
 * in its own web stack; {@code examples/.../WalletIssuerServer} does so on the JDK's HTTP server.
 */
package io.github.microcredentials.wallet.oid4vci;
