package io.github.microcredentials.signing.batch;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How far a batch is, as a caller shows it: items done (signed and failed), the rate since the
 * start, and the time left when the total is known.
 *
 * @param signed the items signed and written so far
 * @param failed the items that failed so far
 * @param total the number of items, if the caller told it
 * @param elapsed the time since the batch started
 */
public record Progress(long signed, long failed, OptionalLong total, Duration elapsed) {

    /**
     * The items handled (signed or failed).
     *
     * @return {@code signed + failed}
     */
    public long done() {
        return signed + failed;
    }

    /**
     * Items handled per second since the start.
     *
     * @return the rate, 0 before the first item
     */
    public double perSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : done() * 1e9 / nanos;
    }

    /**
     * The estimated time left, at the rate so far.
     *
     * @return the estimate; empty if the total is unknown or nothing is done yet
     */
    public Optional<Duration> remaining() {
        double rate = perSecond();
        if (total.isEmpty() || rate <= 0) {
            return Optional.empty();
        }
        long left = Math.max(0, total.getAsLong() - done());
        return Optional.of(Duration.ofMillis((long) (left * 1000 / rate)));
    }

    @Override
    public String toString() {
        String of = total.isPresent() ? " of " + total.getAsLong() : "";
        String eta = remaining().map(r -> String.format(", %d:%02d:%02d left", r.toHours(), r.toMinutesPart(), r.toSecondsPart())).orElse("");
        return String.format("%d%s done (%d failed), %.0f/s%s", done(), of, failed, perSecond(), eta);
    }
}
