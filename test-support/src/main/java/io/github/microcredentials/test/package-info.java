/**
 * AssertJ assertions for validation reports: start with
 * {@link io.github.microcredentials.test.MicroCredentialAssertions#assertThat(io.github.microcredentials.core.validation.Report)}.
 *
 * <pre>{@code
 * assertThat(validator.validate(credential)).conforms();
 * assertThat(report).hasFinding("CR-M6").at("/learningOutcomes").withSeverity(Severity.ERROR);
 * assertThat(report).hasNoFindingsOtherThan("CR-O1", "CR-O5");
 * }</pre>
 *
 * <p>A failure message lists every finding of the report with rule id, severity, location,
 * message (in the locale the report was made in, see
 * {@link io.github.microcredentials.core.validation.Validator#withLocale(java.util.Locale)}) and a
 * link to the rule's documentation page.
 */
@NullMarked
package io.github.microcredentials.test;

import org.jspecify.annotations.NullMarked;
