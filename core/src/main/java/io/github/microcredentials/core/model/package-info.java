/**
 * The micro-credential domain model: the issued
 * {@link io.github.microcredentials.core.model.MicroCredential} with the elements of Annex I of the
 * Council Recommendation of 16 June 2022, the
 * {@link io.github.microcredentials.core.model.LearningOpportunity} behind it, and the HEROES
 * structures (standalone courses, dual ECTS, learning pathways, micro-credential pathways, course
 * designs).
 *
 * <p>All types are immutable and null-free: absent single values are {@code Optional}, absent
 * lists are empty. The model knows nothing of formats; the native JSON format, Europass and Open
 * Badges live in their own packages and modules.
 */
@NullMarked
package io.github.microcredentials.core.model;

import org.jspecify.annotations.NullMarked;
