package io.github.microcredentials.core.json;

import io.github.microcredentials.core.validation.Report;
import java.util.Objects;

/**
 * What a reader produced, with what it could not carry: properties it does not know, values it
 * had to leave out. Nothing is dropped silently: everything not read is a finding.
 *
 * @param value the document read
 * @param findings what was not read, with JSON Pointers into the input
 * @param <T> the document type
 */
public record ReadResult<T>(T value, Report findings) {

    /** Checks the components. */
    public ReadResult {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(findings, "findings");
    }

    /**
     * Whether the whole input was read.
     *
     * @return {@code true} when there are no findings
     */
    public boolean isComplete() {
        return findings.findings().isEmpty();
    }
}
