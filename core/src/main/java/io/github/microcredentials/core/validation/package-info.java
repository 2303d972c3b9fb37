/**
 * Validation reports: {@link io.github.microcredentials.core.validation.Finding}s with stable rule
 * ids, severities and JSON Pointers, collected into an immutable
 * {@link io.github.microcredentials.core.validation.Report}. Readers of the format modules use the
 * same types to report what they could not carry.
 */
@NullMarked
package io.github.microcredentials.core.validation;

import org.jspecify.annotations.NullMarked;
