/**
 * Validation of micro-credentials, learning opportunities, course designs and pathways against
 * the Council Recommendation 2022 (Annex I), ECTS arithmetic, the HEROES alliance rules, the
 * DigiProf guidelines and institution limits.
 *
 * <p>A {@link io.github.microcredentials.core.validation.Validator} is built once from
 * {@link io.github.microcredentials.core.validation.Profiles} (rules with default severities) and a
 * {@link io.github.microcredentials.core.validation.Policy} (the caller's overrides), and returns a
 * {@link io.github.microcredentials.core.validation.Report} of
 * {@link io.github.microcredentials.core.validation.Finding}s: stable rule id, severity, JSON
 * Pointer, message, offending value and source. {@link io.github.microcredentials.core.validation.Rule}
 * describes every rule. Readers of the format modules use the same report types for what they
 * could not carry.
 */
@NullMarked
package io.github.microcredentials.core.validation;

import org.jspecify.annotations.NullMarked;
