package io.github.microcredentials.signing.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where signed credentials go. A batch calls {@link #accept} from a single thread, in input
 * order, for every credential it signed (failed items are skipped), {@link #idle()} when no
 * further credential has been ready for a while, then {@link #finish()} once. An
 * {@link IOException} stops the batch.
 */
public interface BatchSink {

    /**
     * Takes a signed credential.
     *
     * @param item the item's number (its line for JSON Lines input, else its position, from 1)
     * @param signed the signed credential
     * @throws IOException if it cannot be written; the batch stops
     */
    void accept(long item, byte[] signed) throws IOException;

    /**
     * Called once after the last item (not after a failure of the sink): flush buffers here.
     *
     * @throws IOException if flushing fails
     */
    default void finish() throws IOException {
    }

    /**
     * Called, from the thread that calls {@link #accept}, when no further credential has been
     * ready for a moment (some tens of milliseconds: the input is slow, or a large credential is
     * still being signed). A sink that collects credentials to write them in large pieces writes
     * what it holds here, so that a credential never waits for the next one to be seen. Not called
     * while credentials come steadily. Does nothing by default.
     *
     * @throws IOException if writing fails; the batch stops
     */
    default void idle() throws IOException {
    }

    /**
     * JSON Lines: each signed credential followed by a line feed. The credentials must not contain
     * line breaks ({@code DataIntegritySigner#signCompact} and VC-JWTs do not). The stream is
     * buffered, flushed when the batch pauses ({@link #idle()}) and at the end, not closed.
     *
     * @param out the stream
     * @return the sink
     */
    static BatchSink jsonLines(OutputStream out) {
        Objects.requireNonNull(out, "out");
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        return new BatchSink() {
            @Override
            public void accept(long item, byte[] signed) throws IOException {
                buffered.write(signed);
                buffered.write('\n');
            }

            @Override
            public void idle() throws IOException {
                buffered.flush();
            }

            @Override
            public void finish() throws IOException {
                buffered.flush();
            }
        };
    }

    /**
     * One file per credential in a directory, named after the item number
     * ({@code credential-000000042.json}); an existing file of that name is replaced.
     *
     * @param directory an existing directory
     * @return the sink
     */
    static BatchSink directory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return (item, signed) -> Files.write(directory.resolve(String.format("credential-%09d.json", item)), signed);
    }

    /**
     * Hands each signed credential to the caller, for example to store it in a database.
     *
     * @param consumer called in input order from one thread
     * @return the sink
     */
    static BatchSink callback(ItemConsumer consumer) {
        Objects.requireNonNull(consumer, "consumer");
        return consumer::accept;
    }

    /** The caller's code for {@link #callback(ItemConsumer)}. */
    @FunctionalInterface
    interface ItemConsumer {
        /**
         * Takes a signed credential.
         *
         * @param item the item's number
         * @param signed the signed credential
         * @throws IOException to stop the batch
         */
        void accept(long item, byte[] signed) throws IOException;
    }
}
