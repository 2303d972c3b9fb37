/** Implementation of the signing module; not exported. */
@NullMarked
package io.github.microcredentials.signing.internal.jose;

import org.jspecify.annotations.NullMarked;
