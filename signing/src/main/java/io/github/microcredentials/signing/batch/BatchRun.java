package io.github.microcredentials.signing.batch;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SigningException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One run of a {@link BatchSigner}. The calling thread reads items into a queue; each worker takes
 * the consecutive items waiting there, up to a small chunk, signs them and marks the chunk done;
 * a writer thread takes the done chunks in input order and hands their outcomes to the sink, item
 * by item. Output keeps the input order, and when {@code maxInFlight} items are read but not yet
 * written, reading waits (back-pressure), which bounds memory in items.
 *
 * <p>Chunks, because a hand-off between threads costs a wake-up (a futex call and two context
 * switches) and signing an item takes only a few hundred microseconds: with one task per item the
 * reader, the workers and the writer were woken two or three times per item. A worker takes the
 * items that are waiting and never waits for a chunk to fill, so a slow input gives chunks of one
 * item and its results are as prompt as before; a fast input gives full chunks, and the writer and
 * the reader are woken about once per chunk. A chunk is also kept to some milliseconds of signing,
 * from the time items have taken so far: a slow signer (a hardware module, a remote key service)
 * gets chunks of one item, so that no result waits for slower neighbours and the last items are
 * spread over the workers.
 */
final class BatchRun {

    /** An item read from the input; a non-null {@code problem} fails it without signing. */
    record Item(long number, byte @Nullable [] content, @Nullable String problem) {
    }

    /**
     * What became of an item: signed, failed, or {@code crash}, a throwable that is not a failure of
     * the item (an {@link Error} from the signer), which stops the batch when the writer reaches it.
     */
    private record Outcome(long number, byte @Nullable [] signed, @Nullable ItemFailure failure, @Nullable Throwable crash) {
    }

    /** Consecutive items signed by one worker in one go; {@code done} is guarded by the run's lock. */
    private static final class Chunk {
        final Item[] items;
        final @Nullable Outcome[] outcomes;
        boolean done;

        Chunk(Item[] items) {
            this.items = items;
            this.outcomes = new Outcome[items.length];
        }
    }

    /** The most items a worker takes at once; fewer when fewer are waiting. */
    static final int MAX_CHUNK = 16;
    /**
     * About how long signing a chunk should take: long against a wake-up (some microseconds), so
     * that hand-offs cost well under 1 %, and short against what a person or a progress bar notices.
     */
    static final long CHUNK_NANOS = TimeUnit.MILLISECONDS.toNanos(8);
    /**
     * How long the writer waits for the next result before telling the sink that nothing more is
     * ready ({@link BatchSink#idle()}). Long against a chunk (a few milliseconds), so that a busy
     * batch never gets there, and short for a person watching a slow input.
     */
    static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final BatchSigner settings;
    private final BatchSink sink;
    private final int chunkSize;

    private final ReentrantLock lock = new ReentrantLock();
    /** Workers wait here for items. */
    private final Condition itemsWaiting = lock.newCondition();
    /** The reader waits here for the writer to make room. */
    private final Condition roomFree = lock.newCondition();
    /** The writer waits here for the oldest chunk to be done. */
    private final Condition headDone = lock.newCondition();
    // Guarded by the lock.
    private final ArrayDeque<Item> unsigned = new ArrayDeque<>();
    private final ArrayDeque<Chunk> unwritten = new ArrayDeque<>();
    private int inFlight;
    private boolean inputEnded;
    private @Nullable Throwable failure;
    /** Set under the lock; volatile so that the reader can look without it. */
    private volatile boolean stopped;
    /**
     * The recent signing time per item (wall time, a moving average), 0 before the first chunk;
     * updated by the workers without the lock: an update lost to another worker's is harmless.
     */
    private volatile long nanosPerItem;

    // The writer thread's; read by the calling thread after joining it.
    private final List<ItemFailure> kept = new ArrayList<>();
    private long signed;
    private long failed;
    private long start;
    private long lastReport;

    BatchRun(BatchSigner settings, BatchSink sink) {
        this.settings = settings;
        this.sink = Objects.requireNonNull(sink, "sink");
        // Enough chunks in flight that every worker has one and the next is waiting for it.
        this.chunkSize = Math.max(1, Math.min(MAX_CHUNK, settings.maxInFlight / (2 * settings.parallelism)));
    }

    BatchResult run(Iterator<Item> items) throws IOException, InterruptedException {
        String prefix = "microcredentials-batch-" + RUNS.incrementAndGet() + "-";
        List<Thread> workers = new ArrayList<>();
        for (int i = 1; i <= settings.parallelism; i++) {
            workers.add(thread(prefix + i, this::work));
        }
        Thread writer = thread(prefix + "writer", this::write);
        start = System.nanoTime();
        lastReport = start;
        workers.forEach(Thread::start);
        writer.start();
        boolean finished = false;
        try {
            read(items);
            writer.join();
            finished = true;
        } finally {
            if (!finished) {
                stop(null);
                writer.interrupt();
                workers.forEach(Thread::interrupt);
            }
        }
        rethrow(failure);
        return new BatchResult(signed, failed, Duration.ofNanos(System.nanoTime() - start), kept);
    }

    /** The calling thread: reads items while there is room, then marks the end of the input. */
    private void read(Iterator<Item> items) throws InterruptedException {
        int room = 0;   // items that may be added without looking at inFlight again: it only goes down meanwhile
        while (!stopped && items.hasNext()) {
            if (room == 0) {
                room = awaitRoom();
                if (room == 0) {
                    break;
                }
            }
            Item item = items.next();
            lock.lock();
            try {
                unsigned.add(item);
                inFlight++;
                itemsWaiting.signal();
            } finally {
                lock.unlock();
            }
            room--;
        }
        lock.lock();
        try {
            inputEnded = true;
            itemsWaiting.signalAll();
            headDone.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until fewer than {@code maxInFlight} items are in flight; returns how many more fit, 0 if stopped. */
    private int awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            while (inFlight >= settings.maxInFlight && !stopped) {
                roomFree.await();
            }
            return stopped ? 0 : settings.maxInFlight - inFlight;
        } finally {
            lock.unlock();
        }
    }

    /** A worker thread: signs chunks until the input ends or the batch stops. */
    private void work() {
        try {
            for (Chunk chunk; (chunk = take()) != null;) {
                long begin = System.nanoTime();
                for (int i = 0; i < chunk.items.length; i++) {
                    Item item = chunk.items[i];
                    try {
                        chunk.outcomes[i] = sign(item);
                    } catch (Throwable e) {
                        // Not a failure of the item (sign turns those into outcomes): the batch stops there.
                        chunk.outcomes[i] = new Outcome(item.number(), null, null, e);
                        break;
                    }
                }
                long per = (System.nanoTime() - begin) / chunk.items.length;
                long before = nanosPerItem;
                nanosPerItem = before == 0 ? per : (3 * before + per) / 4;
                complete(chunk);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The consecutive items waiting, up to a chunk, queued for writing in input order; null at the end. */
    private @Nullable Chunk take() throws InterruptedException {
        lock.lock();
        try {
            while (unsigned.isEmpty() && !inputEnded && !stopped) {
                itemsWaiting.await();
            }
            if (stopped || unsigned.isEmpty()) {
                return null;
            }
            // One item until the signing time is known (the first ones, before just-in-time compilation, are slow).
            long per = nanosPerItem;
            int size = per == 0 ? 1 : (int) Math.max(1, Math.min(chunkSize, CHUNK_NANOS / per));
            Item[] items = new Item[Math.min(size, unsigned.size())];
            for (int i = 0; i < items.length; i++) {
                items[i] = unsigned.poll();
            }
            Chunk chunk = new Chunk(items);
            unwritten.add(chunk);
            return chunk;
        } finally {
            lock.unlock();
        }
    }

    private void complete(Chunk chunk) {
        lock.lock();
        try {
            chunk.done = true;
            if (unwritten.peekFirst() == chunk) {
                headDone.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Signs one item, turning every exception into a failure of the item. */
    private Outcome sign(Item item) {
        if (item.problem() != null || item.content() == null) {
            return failure(item.number(), "", item.problem() == null ? "no content" : item.problem());
        }
        try {
            return new Outcome(item.number(), settings.signer.sign(item.content()), null, null);
        } catch (CredentialParseException e) {
            String prefix = e.location().isEmpty() ? "at document root: " : "at " + e.location() + ": ";
            String message = String.valueOf(e.getMessage());
            return failure(item.number(), e.location(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        } catch (SigningException | RuntimeException e) {
            return failure(item.number(), "", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Outcome failure(long number, String location, String message) {
        return new Outcome(number, null, new ItemFailure(number, location, message), null);
    }

    /**
     * The writer thread: hands outcomes to the sink in input order, and tells the sink when no
     * result has come for a while. After a failure of the sink (or a crash of the signer) the batch
     * stops.
     */
    private void write() {
        try {
            boolean told = true;    // nothing handed to the sink since it was last told of a pause
            while (true) {
                List<Chunk> ready = ready(told ? 0 : IDLE_NANOS);
                if (ready == null) {
                    break;
                }
                if (ready.isEmpty()) {
                    sink.idle();
                    told = true;
                    continue;
                }
                int items = 0;
                for (Chunk chunk : ready) {
                    for (Outcome outcome : chunk.outcomes) {
                        if (outcome == null) {
                            break;  // after a crash: the batch stops at the crash
                        }
                        Throwable crash = outcome.crash();
                        if (crash != null) {
                            stop(crash);
                            return;
                        }
                        handle(outcome);
                    }
                    items += chunk.items.length;
                }
                release(items);
                told = false;
            }
            if (!stopped) {
                sink.finish();
                report(true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            stop(e);
        }
    }

    /**
     * The done chunks at the head, in input order; waits for one, at most {@code patience}
     * nanoseconds unless it is 0. Empty when the patience ran out, null when the batch ended or stopped.
     */
    private @Nullable List<Chunk> ready(long patience) throws InterruptedException {
        lock.lock();
        try {
            long left = patience;
            while (!stopped && !headIsDone()) {
                if (inputEnded && unsigned.isEmpty() && unwritten.isEmpty()) {
                    return null;
                }
                if (patience == 0) {
                    headDone.await();
                } else if (left <= 0) {
                    return List.of();
                } else {
                    left = headDone.awaitNanos(left);
                }
            }
            if (stopped) {
                return null;
            }
            List<Chunk> done = new ArrayList<>();
            while (headIsDone()) {
                done.add(unwritten.poll());
            }
            return done;
        } finally {
            lock.unlock();
        }
    }

    private boolean headIsDone() {
        Chunk head = unwritten.peekFirst();
        return head != null && head.done;
    }

    /** The writer wrote {@code items} items: the reader may read as many more. */
    private void release(int items) {
        lock.lock();
        try {
            inFlight -= items;
            roomFree.signal();
        } finally {
            lock.unlock();
        }
    }

    private void handle(Outcome outcome) throws IOException {
        ItemFailure itemFailure = outcome.failure();
        if (itemFailure != null) {
            failed++;
            if (kept.size() < BatchSigner.MAX_KEPT_FAILURES) {
                kept.add(itemFailure);
            }
            settings.onFailure.accept(itemFailure);
        } else {
            sink.accept(outcome.number(), Objects.requireNonNull(outcome.signed()));
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

    /** Stops every thread of the run; the first cause given is the one {@code run} throws. */
    private void stop(@Nullable Throwable cause) {
        lock.lock();
        try {
            if (failure == null) {
                failure = cause;
            }
            stopped = true;
            itemsWaiting.signalAll();
            roomFree.signalAll();
            headDone.signalAll();
        } finally {
            lock.unlock();
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

    private static Thread thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
