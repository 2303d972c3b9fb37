/**
 * 1EdTech Open Badges 3.0 mapping of a micro-credential.
 *
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/">Open Badges 3.0</a>
 */
@NullMarked
package io.github.microcredentials.openbadges;

import org.jspecify.annotations.NullMarked;
