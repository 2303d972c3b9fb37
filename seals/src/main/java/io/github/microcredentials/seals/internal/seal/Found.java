package io.github.microcredentials.seals.internal.seal;

import java.util.ArrayList;
import java.util.List;

/**
 * A value a check computed together with what it found on the way, so that checks return their
 * findings instead of writing them into a shared list.
 *
 * @param <T> the value's type
 * @param value the value
 * @param findings the findings, in order
 */
public record Found<T>(T value, List<Finding> findings) {

    /**
     * Copies the findings.
     */
    public Found {
        findings = List.copyOf(findings);
    }

    /**
     * A value found without findings.
     *
     * @param <T> the value's type
     * @param value the value
     * @return the result
     */
    public static <T> Found<T> clean(T value) {
        return new Found<>(value, List.of());
    }

    /**
     * This result with more findings after its own.
     *
     * @param more the findings to add
     * @return a new result
     */
    public Found<T> with(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Found<>(value, all);
    }
}
