package io.github.microcredentials.test;

import io.github.microcredentials.core.validation.Report;

/**
 * Entry point of the assertions on validation reports. Import it statically next to AssertJ's
 * {@code Assertions}: the overload for {@link Report} is the more specific one.
 *
 * <pre>{@code
 * import static io.github.microcredentials.test.MicroCredentialAssertions.assertThat;
 *
 * assertThat(validator.validate(credential)).conforms();
 * }</pre>
 */
public final class MicroCredentialAssertions {

    private MicroCredentialAssertions() {
    }

    /**
     * Starts assertions on a validation (or reading) report.
     *
     * @param report the report
     * @return the assertions
     */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }
}
