package io.github.microcredentials.signing.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a batch.
 *
 * @param signed the credentials signed and written
 * @param failed the credentials that failed
 * @param elapsed the wall time of the batch
 * @param failures the first failures (all of them reach the builder's failure listener), up to
 *     {@link BatchSigner#MAX_KEPT_FAILURES}
 */
public record BatchResult(long signed, long failed, Duration elapsed, List<ItemFailure> failures) {

    /**
     * Copies the failure list.
     *
     * @throws NullPointerException if an argument is null
     */
    public BatchResult {
        Objects.requireNonNull(elapsed, "elapsed");
        failures = List.copyOf(failures);
    }

    /**
     * Credentials per second over the whole batch.
     *
     * @return the rate
     */
    public double perSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : (signed + failed) * 1e9 / nanos;
    }
}
