/** Implementation of seals shared by JAdES and XAdES: algorithms, certificates, chains, time-stamps; not exported. */
@NullMarked
package io.github.microcredentials.seals.internal.seal;

import org.jspecify.annotations.NullMarked;
