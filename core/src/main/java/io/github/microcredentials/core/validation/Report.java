package io.github.microcredentials.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The findings of one validation (or one reading), collected in a single pass: never only the
 * first problem. Immutable.
 *
 * <p>{@link #conforms()} is {@code true} when no finding is an {@link Severity#ERROR}. When the
 * number of findings reached the cap the caller set, {@link #isTruncated()} says so and further
 * findings were not recorded.
 */
public final class Report {

    private static final Report EMPTY = new Report(List.of(), false);

    private final List<Finding> findings;
    private final boolean truncated;

    private Report(List<Finding> findings, boolean truncated) {
        this.findings = findings;
        this.truncated = truncated;
    }

    /**
     * A report without findings.
     *
     * @return the empty report
     */
    public static Report empty() {
        return EMPTY;
    }

    /**
     * A report of the given findings.
     *
     * @param findings the findings, in order
     * @return the report
     */
    public static Report of(List<Finding> findings) {
        return new Report(List.copyOf(findings), false);
    }

    /**
     * Starts collecting findings.
     *
     * @param maxFindings the most findings to record; later ones are counted as truncation
     * @return a collector
     * @throws IllegalArgumentException if the cap is not positive
     */
    public static Builder builder(int maxFindings) {
        return new Builder(maxFindings);
    }

    /**
     * Whether the object conforms: no finding is an error.
     *
     * @return {@code true} when there are no errors
     */
    public boolean conforms() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * All findings, in the order they were made.
     *
     * @return an unmodifiable list
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings of one severity.
     *
     * @param severity the severity
     * @return an unmodifiable list
     */
    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule id
     * @return an unmodifiable list
     */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Whether findings were left out because the cap was reached.
     *
     * @return {@code true} when the report is incomplete
     */
    public boolean isTruncated() {
        return truncated;
    }

    /**
     * This report followed by another's findings.
     *
     * @param other the other report
     * @return a new report; truncated if either was
     */
    public Report merge(Report other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new Report(Collections.unmodifiableList(all), truncated || other.truncated);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Report r && findings.equals(r.findings) && truncated == r.truncated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(findings, truncated);
    }

    /**
     * One line that says whether the document conforms and how many findings of each severity
     * there are, for example {@code conforms, with 3 warnings and 29 notices} or
     * {@code does not conform: 1 error, 0 warnings, 2 notices} (notices are findings of severity
     * {@link Severity#INFO}).
     *
     * @return the summary line
     */
    public String summary() {
        int errors = findings(Severity.ERROR).size();
        int warnings = findings(Severity.WARNING).size();
        int notices = findings(Severity.INFO).size();
        String counts;
        if (conforms()) {
            counts = warnings + notices == 0 ? "conforms, no findings"
                    : "conforms, with " + count(warnings, "warning") + " and " + count(notices, "notice");
        } else {
            counts = "does not conform: " + count(errors, "error") + ", " + count(warnings, "warning") + ", "
                    + count(notices, "notice");
        }
        return truncated ? counts + " (truncated: more findings were not recorded)" : counts;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Returns the {@link #summary()} line followed by one line per finding. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(summary());
        findings.forEach(f -> text.append(System.lineSeparator()).append(f));
        return text.toString();
    }

    /** Collects findings up to a cap. Not thread-safe. */
    public static final class Builder {
        private final int maxFindings;
        private final List<Finding> findings = new ArrayList<>();
        private boolean truncated;

        private Builder(int maxFindings) {
            if (maxFindings < 1) {
                throw new IllegalArgumentException("the cap on findings must be positive, got " + maxFindings);
            }
            this.maxFindings = maxFindings;
        }

        /**
         * Records a finding, unless the cap is reached.
         *
         * @param finding the finding
         * @return {@code false} when the cap was reached and the finding was dropped
         */
        public boolean add(Finding finding) {
            Objects.requireNonNull(finding, "finding");
            if (findings.size() >= maxFindings) {
                truncated = true;
                return false;
            }
            findings.add(finding);
            return true;
        }

        /**
         * Whether the cap is reached.
         *
         * @return {@code true} when no more findings will be recorded
         */
        public boolean isFull() {
            return findings.size() >= maxFindings;
        }

        /**
         * Freezes the findings into a report.
         *
         * @return the report
         */
        public Report build() {
            return new Report(List.copyOf(findings), truncated);
        }
    }
}
