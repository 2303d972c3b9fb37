/** JAdES (ETSI TS 119 182-1) sealing and verification; not exported. */
@NullMarked
package io.github.microcredentials.seals.internal.jades;

import org.jspecify.annotations.NullMarked;
