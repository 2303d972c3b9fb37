/**
 * What an EDC says beyond the model, kept and written back (implementation, not exported).
 */
@NullMarked
package io.github.microcredentials.edc.internal.preserve;

import org.jspecify.annotations.NullMarked;
