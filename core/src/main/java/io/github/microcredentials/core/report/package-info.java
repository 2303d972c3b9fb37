/**
 * Validation reports in the formats CI systems read: SARIF 2.1.0 (GitHub code scanning and most
 * code-quality dashboards) and JUnit XML (Jenkins, GitLab, Azure DevOps and every test-report
 * viewer), and links to the documentation page of each rule.
 *
 * <p>Both writers take {@link io.github.microcredentials.core.report.ValidatedFile}s: the path a CI
 * system shows, the findings, and, where the findings point into the file's own JSON, the file's
 * bytes, so that SARIF results carry a line and column. They need nothing but Jackson and the JDK,
 * which is why they live in core: the {@code validate} command and API users get them without
 * any test dependency.
 *
 * @see <a href="https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/sarif-v2.1.0-errata01-os-complete.html">SARIF 2.1.0 (errata 01)</a>
 */
@NullMarked
package io.github.microcredentials.core.report;

import org.jspecify.annotations.NullMarked;
