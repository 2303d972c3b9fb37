/**
 * Jakarta Validation (Bean Validation 3) integration: the {@link
 * io.github.microcredentials.core.validation.jakarta.Conforms} constraint, backed by the same rules
 * as {@link io.github.microcredentials.core.validation.Validator}. Needs the Jakarta Validation API
 * and a provider (for example Hibernate Validator) at run time; the rest of the library does not.
 */
@NullMarked
package io.github.microcredentials.core.validation.jakarta;

import org.jspecify.annotations.NullMarked;
