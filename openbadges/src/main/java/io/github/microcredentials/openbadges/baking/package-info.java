/**
 * Open Badges 3.0 baking: a signed credential carried inside its badge image, PNG or SVG, and read
 * back out byte for byte.
 *
 * <p>{@link io.github.microcredentials.openbadges.baking.BadgeBaker} bakes and unbakes; an unbaked
 * {@link io.github.microcredentials.openbadges.baking.BakedCredential} is exactly the text that was
 * baked, to be verified like any other credential (the signing module's verifiers). Nothing is
 * fetched and no image is decoded: PNG chunks and SVG markup are read, pixels are not.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#baked-badge">Open Badges 3.0 §5.3, Baked Badge</a>
 */
@NullMarked
package io.github.microcredentials.openbadges.baking;

import org.jspecify.annotations.NullMarked;
