/**
 * The implementation of the Open Badges 3.0 mapping: the JSON trees written and read, the bundled
 * contexts. Not exported.
 */
@NullMarked
package io.github.microcredentials.openbadges.internal;

import org.jspecify.annotations.NullMarked;
