/**
 * Internals of the wallet module: JSON, digests, the Nimbus JOSE adapters and the disclosure
 * processing shared by holder and verifier. Not exported.
 */
package io.github.microcredentials.wallet.internal;
