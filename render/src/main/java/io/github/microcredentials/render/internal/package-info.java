/**
 * The implementation of certificate rendering, PDF/A-3 post-processing, PAdES sealing and checking:
 * HTML slots, labels, fonts and colour profile, CMS. Not exported.
 */
@NullMarked
package io.github.microcredentials.render.internal;

import org.jspecify.annotations.NullMarked;
