package io.github.microcredentials.signing.batch;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SigningException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link BatchSigner}. The calling thread reads items and hands each to the worker
 * pool; the futures enter a bounded queue in input order, and a writer thread takes them from the
 * head, waits for each, and writes it: output keeps the input order, and when the queue is full
 * reading waits (back-pressure), which bounds memory to the queue's capacity in items.
 */
final class BatchRun {

    /** An item read from the input; a non-null {@code problem} fails it without signing. */
    record Item(long number, byte @Nullable [] content, @Nullable String problem) {
    }

    private record Outcome(long number, byte @Nullable [] signed, @Nullable ItemFailure failure) {
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final BatchSigner settings;
    private final BatchSink sink;
    private final BlockingQueue<CompletableFuture<@Nullable Outcome>> queue;
    private final CompletableFuture<@Nullable Outcome> end = CompletableFuture.completedFuture(null);
    private final List<ItemFailure> kept = new ArrayList<>();
    private volatile @Nullable Throwable writerFailure;
    private long signed;
    private long failed;
    private long start;
    private long lastReport;

    BatchRun(BatchSigner settings, BatchSink sink) {
        this.settings = settings;
        this.sink = java.util.Objects.requireNonNull(sink, "sink");
        this.queue = new ArrayBlockingQueue<>(settings.maxInFlight);
    }

    BatchResult run(Iterator<Item> items) throws IOException, InterruptedException {
        int run = RUNS.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(settings.parallelism, threads("microcredentials-batch-" + run + "-"));
        Thread writer = threads("microcredentials-batch-" + run + "-writer").newThread(this::write);
        start = System.nanoTime();
        lastReport = start;
        writer.start();
        boolean finished = false;
        try {
            while (writerFailure == null && items.hasNext()) {
                Item item = items.next();
                queue.put(CompletableFuture.supplyAsync(() -> sign(item), workers));
            }
            queue.put(end);
            writer.join();
            finished = true;
        } finally {
            if (!finished) {
                writer.interrupt();
                workers.shutdownNow();
            } else {
                workers.shutdown();
            }
        }
        rethrow(writerFailure);
        return new BatchResult(signed, failed, Duration.ofNanos(System.nanoTime() - start), kept);
    }

    /** Runs on a worker: signs one item, turning every exception into a failure of the item. */
    private Outcome sign(Item item) {
        if (item.problem() != null || item.content() == null) {
            return failure(item.number(), "", item.problem() == null ? "no content" : item.problem());
        }
        try {
            return new Outcome(item.number(), settings.signer.sign(item.content()), null);
        } catch (CredentialParseException e) {
            String prefix = e.location().isEmpty() ? "at document root: " : "at " + e.location() + ": ";
            String message = String.valueOf(e.getMessage());
            return failure(item.number(), e.location(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        } catch (SigningException | RuntimeException e) {
            return failure(item.number(), "", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Outcome failure(long number, String location, String message) {
        return new Outcome(number, null, new ItemFailure(number, location, message));
    }

    /** The writer thread: takes outcomes in input order; after a failure it only drains the queue. */
    private void write() {
        try {
            while (true) {
                CompletableFuture<@Nullable Outcome> next = queue.take();
                if (next == end) {
                    break;
                }
                if (writerFailure != null) {
                    next.cancel(false);
                    continue;
                }
                try {
                    handle(next.get());
                } catch (ExecutionException e) {
                    writerFailure = e.getCause() == null ? e : e.getCause();
                } catch (IOException | RuntimeException | Error e) {
                    writerFailure = e;
                }
            }
            if (writerFailure == null) {
                sink.finish();
                report(true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            writerFailure = e;
        }
    }

    private void handle(@Nullable Outcome outcome) throws IOException {
        if (outcome == null) {
            return;
        }
        ItemFailure failure = outcome.failure();
        if (failure != null) {
            failed++;
            if (kept.size() < BatchSigner.MAX_KEPT_FAILURES) {
                kept.add(failure);
            }
            settings.onFailure.accept(failure);
        } else {
            sink.accept(outcome.number(), outcome.signed());
            signed++;
        }
        report(false);
    }

    private void report(boolean last) {
        ProgressListener listener = settings.progress;
        long now = System.nanoTime();
        if (listener != null && (last || now - lastReport >= settings.interval.toNanos())) {
            lastReport = now;
            listener.progress(new Progress(signed, failed, settings.total, Duration.ofNanos(now - start)));
        }
    }

    private static void rethrow(@Nullable Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(failure));
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }
}
