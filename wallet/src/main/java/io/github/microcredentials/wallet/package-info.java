/**
 * Micro-credentials for the EU Digital Identity Wallets as SD-JWT VCs (RFC 9901, SD-JWT VC draft 13):
 * {@link io.github.microcredentials.wallet.SdJwtVcIssuer} issues a micro-credential with every Annex I
 * element selectively disclosable ({@link io.github.microcredentials.wallet.MicroCredentialClaims}),
 * {@link io.github.microcredentials.wallet.SdJwtHolder} presents a chosen few with a Key Binding JWT,
 * and {@link io.github.microcredentials.wallet.SdJwtVerifier} checks either, failing closed.
 */
package io.github.microcredentials.wallet;
