/**
 * The validation engine and its rules; not exported. Each rule is a {@link
 * io.github.microcredentials.core.internal.validation.Check} in the package of its source:
 * {@code council}, {@code ects}, {@code heroes}, {@code digiprof}.
 */
@NullMarked
package io.github.microcredentials.core.internal.validation;

import org.jspecify.annotations.NullMarked;
