/** Implementation of the signing module; not exported. */
@NullMarked
package io.github.microcredentials.signing.internal.crypto;

import org.jspecify.annotations.NullMarked;
