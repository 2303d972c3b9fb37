package io.github.microcredentials.signing.batch;

import io.github.microcredentials.signing.DataIntegritySigner;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Signs many credentials: in parallel on a pool of worker threads, in constant memory (at most
 * {@link Builder#maxInFlight(int) maxInFlight} credentials are read but not yet written; reading
 * waits for writing), writing them in input order to a {@link BatchSink}. A credential that fails
 * is reported with its number and skipped; the batch goes on. A caller can show
 * {@link Progress} (count, rate, time left).
 *
 * <pre>{@code
 * DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
 * BatchResult result = BatchSigner.builder(signer)
 *         .onFailure(f -> log.warn("{}", f))                       // e.g. "item 17 at /issuer: …"
 *         .build()
 *         .runJsonLines(in, BatchSink.jsonLines(out));             // one credential per line, in order
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@code run} uses its own threads, which end with it.
 */
public final class BatchSigner {

    /** The number of failures a {@link BatchResult} keeps; every failure reaches the failure listener. */
    public static final int MAX_KEPT_FAILURES = 1000;
    /** The longest line {@link #runJsonLines} reads; a longer one fails as an item. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    final ItemSigner signer;
    final int parallelism;
    final int maxInFlight;
    final @Nullable ProgressListener progress;
    final Duration interval;
    final Consumer<ItemFailure> onFailure;
    final OptionalLong total;

    private BatchSigner(Builder builder) {
        this.signer = builder.signer;
        this.parallelism = builder.parallelism;
        this.maxInFlight = builder.maxInFlight == 0 ? 64 * builder.parallelism : builder.maxInFlight;
        this.progress = builder.progress;
        this.interval = builder.interval;
        this.onFailure = builder.onFailure;
        this.total = builder.total;
    }

    /**
     * Starts a batch with any signer.
     *
     * @param signer signs one credential; called from several threads at once
     * @return the builder
     */
    public static Builder builder(ItemSigner signer) {
        return new Builder(signer);
    }

    /**
     * Starts a batch of Data Integrity signatures; each signed credential is compact JSON on one
     * line ({@link DataIntegritySigner#signCompact(byte[])}), ready for JSON Lines.
     *
     * @param signer the signer
     * @return the builder
     */
    public static Builder builder(DataIntegritySigner signer) {
        Objects.requireNonNull(signer, "signer");
        return new Builder(signer::signCompact);
    }

    /**
     * Signs credentials in order; item numbers are positions from 1.
     *
     * @param credentials the credentials (UTF-8 JSON); read from the calling thread, as fast as
     *     the batch consumes them
     * @param sink where signed credentials go
     * @return the outcome
     * @throws IOException if the sink fails; the batch stops
     * @throws InterruptedException if the calling thread is interrupted; the batch stops
     * @throws RuntimeException whatever the iterator or the sink throws unchecked; the batch stops
     */
    public BatchResult run(Iterator<byte[]> credentials, BatchSink sink) throws IOException, InterruptedException {
        Objects.requireNonNull(credentials, "credentials");
        return new BatchRun(this, sink).run(new Iterator<>() {
            private long number;

            @Override
            public boolean hasNext() {
                return credentials.hasNext();
            }

            @Override
            public BatchRun.Item next() {
                return new BatchRun.Item(++number, credentials.next(), null);
            }
        });
    }

    /**
     * Signs the credentials of a stream in its encounter order; item numbers are positions from 1.
     * The stream is closed at the end.
     *
     * @param credentials the credentials (UTF-8 JSON)
     * @param sink where signed credentials go
     * @return the outcome
     * @throws IOException if the sink fails
     * @throws InterruptedException if the calling thread is interrupted
     */
    public BatchResult run(Stream<byte[]> credentials, BatchSink sink) throws IOException, InterruptedException {
        try (credentials) {
            return run(credentials.iterator(), sink);
        }
    }

    /**
     * Signs JSON Lines: one credential per line (UTF-8; a trailing {@code \r} is ignored, blank
     * lines are skipped). Item numbers are line numbers. The stream is read to its end, not closed.
     *
     * @param in the JSON Lines
     * @param sink where signed credentials go
     * @return the outcome
     * @throws IOException if reading the input or writing the sink fails
     * @throws InterruptedException if the calling thread is interrupted
     */
    public BatchResult runJsonLines(InputStream in, BatchSink sink) throws IOException, InterruptedException {
        Objects.requireNonNull(in, "in");
        JsonLines lines = new JsonLines(in, MAX_LINE_BYTES);
        try {
            return new BatchRun(this, sink).run(lines);
        } catch (JsonLines.ReadFailure e) {
            throw e.getCause();
        }
    }

    /** Settings of a {@link BatchSigner}. */
    public static final class Builder {
        private final ItemSigner signer;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private int maxInFlight;
        private @Nullable ProgressListener progress;
        private Duration interval = Duration.ofSeconds(1);
        private Consumer<ItemFailure> onFailure = f -> { };
        private OptionalLong total = OptionalLong.empty();

        private Builder(ItemSigner signer) {
            this.signer = Objects.requireNonNull(signer, "signer");
        }

        /**
         * The number of worker threads; by default the number of processors.
         *
         * @param threads at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is not positive
         */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
            this.parallelism = threads;
            return this;
        }

        /**
         * The most credentials read but not yet written at any time, which bounds memory; by
         * default 64 per worker thread. Reading waits when the bound is reached (back-pressure).
         *
         * @param items at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code items} is not positive
         */
        public Builder maxInFlight(int items) {
            if (items < 1) {
                throw new IllegalArgumentException("maxInFlight must be at least 1");
            }
            this.maxInFlight = items;
            return this;
        }

        /**
         * Reports progress at most once per interval, and once at the end.
         *
         * @param listener the listener, called from the batch's writer thread
         * @param every the interval
         * @return this builder
         * @throws IllegalArgumentException if the interval is negative
         */
        public Builder progress(ProgressListener listener, Duration every) {
            if (every.isNegative()) {
                throw new IllegalArgumentException("the progress interval must not be negative");
            }
            this.progress = Objects.requireNonNull(listener, "listener");
            this.interval = every;
            return this;
        }

        /**
         * Receives every failed item, in input order, from the batch's writer thread.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder onFailure(Consumer<ItemFailure> listener) {
            this.onFailure = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The number of items the caller expects, for the time left in {@link Progress}.
         *
         * @param items the expected count
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder expectedItems(long items) {
            if (items < 0) {
                throw new IllegalArgumentException("the expected count must not be negative");
            }
            this.total = OptionalLong.of(items);
            return this;
        }

        /**
         * Builds the batch signer.
         *
         * @return the batch signer
         */
        public BatchSigner build() {
            return new BatchSigner(this);
        }
    }
}
