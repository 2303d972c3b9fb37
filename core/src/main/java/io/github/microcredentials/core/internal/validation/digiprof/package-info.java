/** Rules of DigiProf guidelines (2023): the DP-* rules. */
@NullMarked
package io.github.microcredentials.core.internal.validation.digiprof;

import org.jspecify.annotations.NullMarked;
