/**
 * An OpenID for Verifiable Credential Issuance 1.0 issuer as plain objects, framework-free: credential
 * issuer metadata, credential offers with the pre-authorized code grant ({@code tx_code}), the Nonce
 * Endpoint, and the Credential Endpoint with {@code jwt} key proofs and batch issuance. An institution
 * maps HTTP requests to these calls in its own web stack.
 */
package io.github.microcredentials.wallet.oid4vci;
