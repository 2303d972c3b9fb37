/** Rules of HEROES D6.1 (2025): the HE-* rules. */
@NullMarked
package io.github.microcredentials.core.internal.validation.heroes;

import org.jspecify.annotations.NullMarked;
