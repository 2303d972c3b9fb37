/** Implementation of the signing module; not exported. */
@NullMarked
package io.github.microcredentials.signing.internal.json;

import org.jspecify.annotations.NullMarked;
