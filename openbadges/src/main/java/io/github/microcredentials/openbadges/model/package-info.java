/**
 * The Open Badges 3.0 values that have no place in the format-neutral model of
 * {@code io.github.microcredentials.core.model}: an {@link io.github.microcredentials.openbadges.model.Endorsement}
 * read by {@link io.github.microcredentials.openbadges.OpenBadgesReader#readEndorsement(byte[])}.
 */
package io.github.microcredentials.openbadges.model;
