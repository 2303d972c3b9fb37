/**
 * Signing and verification of credential documents (JSON and XML), independent of the credential
 * model.
 */
@NullMarked
package io.github.microcredentials.signing;

import org.jspecify.annotations.NullMarked;
