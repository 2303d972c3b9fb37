/** Rules of ECTS arithmetic: ECTS-MIN, -HALF, -WHOLE, -BAND, -DUAL, -HOURS, -INST and -STACK. */
@NullMarked
package io.github.microcredentials.core.internal.validation.ects;

import org.jspecify.annotations.NullMarked;
