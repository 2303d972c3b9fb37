/** Rules of Council Recommendation 2022/C 243/02, Annex I: CR-M1 to CR-M11 and CR-O1 to CR-O5. */
@NullMarked
package io.github.microcredentials.core.internal.validation.council;

import org.jspecify.annotations.NullMarked;
