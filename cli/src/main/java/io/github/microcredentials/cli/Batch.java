package io.github.microcredentials.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.signing.batch.BatchResult;
import io.github.microcredentials.signing.batch.BatchSigner;
import io.github.microcredentials.signing.batch.BatchSink;
import io.github.microcredentials.signing.batch.ItemFailure;
import io.github.microcredentials.signing.batch.Progress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * A batch run of sign, verify or convert over a folder (one item per file, in file name order) or
 * a JSON Lines file (one item per line), on every core through {@link BatchSigner}: results in
 * input order, a failed item reported (standard error, and the failures report) while the batch
 * goes on, a progress bar on a terminal, and a journal that makes the batch resumable.
 *
 * <p>Results and failure lines are collected in buffers and written in large pieces (up to
 * {@value #OUTPUT_PIECE} bytes of output), at least every {@value #COMMIT_MILLIS} ms while results
 * come and as soon as the batch pauses. Each time, once the write calls returned, the journal
 * ({@code OUT.journal}) gets one line: the last item handled, the counts so far, and the lengths of
 * the output and the failures report after what was written. {@code --resume} cuts both files
 * back to the lengths of the last journal line whose lengths they reach, skips the items up to its
 * number and goes on: no finished and journalled item is done twice, no result is written twice,
 * whatever moment the process was killed at; items whose results were still in a buffer, or
 * written but not yet journalled, are simply done again. The journal is deleted when the batch
 * completes.
 */
final class Batch {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The output is written in pieces of up to this many bytes: one write call for about a hundred
     * 8.5 KB credentials instead of one each (and one journal line instead of one per item).
     */
    static final int OUTPUT_PIECE = 1 << 20;
    /** The failures report's buffer: failures are few, their lines short. */
    private static final int FAILURES_PIECE = 1 << 16;
    /**
     * While results come, what is buffered is written and journalled at least this often, so that
     * the journal (what {@code --resume} keeps) and the output stay recent.
     */
    static final long COMMIT_MILLIS = 150;

    private final PrintWriter out;
    private final PrintWriter err;
    private final BatchOptions options;
    private final String verb;
    private final ProgressBar bar;

    /**
     * A batch for a command.
     *
     * @param commandLine the command (its output streams)
     * @param options the batch options
     * @param verb what the command does to an item, for the summary: {@code signed}, {@code verified}, …
     */
    Batch(CommandLine commandLine, BatchOptions options, String verb) {
        this.out = commandLine.getOut();
        this.err = commandLine.getErr();
        this.options = options;
        this.verb = verb;
        this.bar = new ProgressBar(err, options.progress || Terminals.stderrIsTerminal());
    }

    /**
     * Runs the batch.
     *
     * @param input a folder, a JSON Lines file, or {@code -} for JSON Lines on standard input
     * @param output for a folder: a folder that gets one file per item, named as the input file
     *     (sign, convert) or a JSON Lines file (verify, {@code folderOutput} false); for JSON Lines: a
     *     JSON Lines file; {@code null} for standard output
     * @param task what to do with each item
     * @param folderOutput whether a folder input gives a folder output
     * @param printResults whether results go to standard output when there is no {@code --out}
     * @return the exit code: 0 when every item succeeded, 1 when one failed
     * @throws IOException if the input cannot be read or the output written; the batch stops
     * @throws InterruptedException if interrupted
     */
    int run(Path input, @Nullable Path output, ItemTask task, boolean folderOutput, boolean printResults)
            throws IOException, InterruptedException {
        boolean stdin = input.toString().equals("-");
        boolean folder = !stdin && Files.isDirectory(input);
        if (!stdin && !folder && !Files.isRegularFile(input)) {
            throw new CliException(Main.USAGE, "no such file or folder: " + input);
        }
        if ((options.resume || options.overwrite) && output == null) {
            throw new CliException(Main.USAGE, "--resume and --overwrite need --out: the journal lives beside the output");
        }
        boolean directoryOutput = folder && folderOutput && output != null;
        Path failures = options.failures != null ? options.failures : output == null ? null : sibling(output, ".failures.jsonl");
        Journal journal = output == null ? null : new Journal(sibling(output, ".journal"));
        Journal.Record start = journal == null ? Journal.Record.START : prepare(journal, output, failures, directoryOutput);
        List<Path> files = folder ? files(input) : List.of();
        if (directoryOutput) {
            Files.createDirectories(output);
        }
        BatchResult result;
        try (Writer writer = new Writer(directoryOutput ? null : output, directoryOutput ? output : null, failures, journal, start,
                files, folder, printResults)) {
            BatchSigner.Builder builder = BatchSigner.builder(item -> task.apply(folder ? Inputs.read(Path.of(
                            new String(item, StandardCharsets.UTF_8))) : item))
                    .onFailure(writer::failure).progress(bar::show, Duration.ofMillis(250));
            if (bar.enabled() && !stdin) {
                builder.expectedItems(Math.max(0, (folder ? files.size() : countLines(input)) - start.item()));
            }
            if (start.item() > 0) {
                err.println("resuming after item " + start.item() + " (" + start.ok() + " " + verb + ", " + start.failed()
                        + " failed before)");
            }
            if (folder) {
                result = builder.build().run(remaining(files, start.item()), writer);
            } else {
                try (InputStream in = stdin ? System.in : new BufferedInputStream(open(input), 1 << 16)) {
                    skipLines(in, start.item());
                    result = builder.build().runJsonLines(in, writer);
                }
            }
            bar.finish();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (journal != null) {
            journal.delete();
        }
        long ok = start.ok() + result.signed();
            long failed = start.failed() + result.failed();
        err.printf(Locale.ROOT, "%s %d credential%s, %d failed%s, in %.1f s (%.0f/s)%s%n", verb, ok, ok == 1 ? "" : "s", failed,
                failed > 0 && failures != null ? " (listed in " + failures + ")" : "", result.elapsed().toNanos() / 1e9,
                result.perSecond(), start.item() > 0 ? "; " + result.signed() + " " + verb + " and " + result.failed()
                            + " failed in this run" : "");
        err.flush();
        return failed == 0 ? Main.OK : Main.FINDINGS;
    }

    /** Checks what an earlier batch left, and returns where to start. */
    private Journal.Record prepare(Journal journal, Path output, @Nullable Path failures, boolean directoryOutput) throws IOException {
        boolean outputExists = directoryOutput ? Files.isDirectory(output) && !isEmpty(output) : Files.exists(output);
        if (options.overwrite) {
            journal.delete();
            if (!directoryOutput) {
                Files.deleteIfExists(output);
            }
            if (failures != null) {
                Files.deleteIfExists(failures);
            }
            return Journal.Record.START;
        }
        if (journal.exists()) {
            if (!options.resume) {
                throw new CliException(Main.USAGE, output + " is the output of an unfinished batch (journal " + journal.file()
                        + "): add --resume to continue it, or --overwrite to start again");
            }
            return journal.resume(directoryOutput ? null : output, failures);
        }
        if (outputExists) {
            throw new CliException(Main.USAGE, output + " exists" + (options.resume ? " and has no journal: its batch finished, "
                    + "there is nothing to resume" : "") + "; --overwrite replaces it");
        }
        if (failures != null) {
            Files.deleteIfExists(failures);
        }
        return Journal.Record.START;
    }

    private static Path sibling(Path file, String suffix) {
        Path absolute = file.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The regular, not hidden files of a folder, in name order. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static Iterator<byte[]> remaining(List<Path> files, long skip) {
        return files.subList((int) Math.min(skip, files.size()), files.size()).stream()
                .map(p -> p.toString().getBytes(StandardCharsets.UTF_8)).iterator();
    }

    private static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new CliException(Main.USAGE, "no such file: " + file, e);
        }
    }

    /** Skips the lines that an earlier run finished, so that item numbers stay line numbers. */
    private static void skipLines(InputStream in, long lines) throws IOException {
        long skipped = 0;
        while (skipped < lines) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            if (b == '\n') {
                skipped++;
            }
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        boolean open = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = open(file)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        open = false;
                    } else {
                        open = true;
                    }
                }
            }
        }
        return open ? lines + 1 : lines;
    }

    /**
     * Where results, failures and journal lines go; called by the batch from one thread, in input
     * order. Results and failure lines are buffered; a commit writes both buffers, then (only once
     * the write calls returned) one journal line for everything handled so far.
     */
    private final class Writer implements BatchSink, AutoCloseable {
        private final @Nullable Spool output;
        private final @Nullable Path directory;
        private final @Nullable Spool failures;
        private final @Nullable Journal journal;
        private final long offset;
        private final List<Path> files;
        private final boolean folder;
        /** Results go to standard output (no {@code --out}). */
        private final boolean stdout;
        private long ok;
        private long failed;
        /** The last item handled (its number in the whole input), and whether the journal lacks it. */
        private long handled;
        private boolean uncommitted;
        private long lastCommit = System.nanoTime();

        Writer(@Nullable Path outputFile, @Nullable Path directory, @Nullable Path failuresFile, @Nullable Journal journal,
                Journal.Record start, List<Path> files, boolean folder, boolean printResults) throws IOException {
            this.output = outputFile == null ? null : new Spool(outputFile, start.outputLength(), OUTPUT_PIECE);
            this.directory = directory;
            this.failures = failuresFile == null ? null : new Spool(failuresFile, start.failuresLength(), FAILURES_PIECE);
            this.journal = journal;
            this.offset = start.item();
            this.ok = start.ok();
            this.failed = start.failed();
            this.handled = start.item();
            this.files = files;
            this.folder = folder;
            this.stdout = outputFile == null && directory == null && printResults;
            if (journal != null) {
                journal.open();
            }
        }

        @Override
        public void accept(long item, byte[] result) throws IOException {
            long number = offset + item;
            if (directory != null) {
                Path target = directory.resolve(files.get((int) number - 1).getFileName());
                Path temporary = directory.resolve("." + target.getFileName() + ".partial");
                Files.write(temporary, result);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else if (output != null) {
                if (!output.fits(result.length)) {
                    commit();   // a full piece: written, and journalled up to the item before this one
                }
                output.line(result);
            } else if (stdout) {
                out.write(new String(result, StandardCharsets.UTF_8));
                out.write('\n');
            }
            ok++;
            handled(number);
        }

        void failure(ItemFailure failure) {
            long number = offset + failure.item();
            String where = folder ? files.get((int) number - 1).getFileName().toString() : "line " + number;
            bar.print(where + (failure.location().isEmpty() ? "" : " at " + failure.location()) + ": " + failure.message());
            try {
                if (failures != null) {
                    ObjectNode line = JSON.createObjectNode().put("item", number);
                    if (folder) {
                        line.put("file", files.get((int) number - 1).toString());
                    } else {
                        line.put("line", number);
                    }
                    line.put("location", failure.location()).put("message", failure.message());
                    byte[] bytes = JSON.writeValueAsBytes(line);
                    if (!failures.fits(bytes.length)) {
                        commit();
                    }
                    failures.line(bytes);
                }
                failed++;
                handled(number);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void handled(long number) throws IOException {
            handled = number;
            uncommitted = true;
            if (System.nanoTime() - lastCommit >= COMMIT_MILLIS * 1_000_000) {
                commit();
            }
        }

        /**
         * Writes what is buffered, then journals the items handled so far: the journal line comes
         * after the output and failures bytes it counts were written, so that it never claims a
         * result a kill could lose.
         */
        private void commit() throws IOException {
            lastCommit = System.nanoTime();
            if (output != null) {
                output.drain();
            }
            if (failures != null) {
                failures.drain();
            }
            if (stdout) {
                out.flush();
            }
            if (journal != null && uncommitted) {
                journal.append(new Journal.Record(handled, ok, failed, output == null ? 0 : output.length(),
                        failures == null ? 0 : failures.length()));
            }
            uncommitted = false;
        }

        /** The batch paused (a slow input): what was handled reaches the files and the journal now. */
        @Override
        public void idle() throws IOException {
            commit();
        }

        @Override
        public void finish() throws IOException {
            commit();
            out.flush();
        }

        /** Closes the files without writing what is buffered: after a failure those items are done again on resume. */
        @Override
        public void close() throws IOException {
            for (Spool spool : new Spool[] {output, failures}) {
                if (spool != null) {
                    spool.close();
                }
            }
            if (journal != null) {
                journal.close();
            }
        }
    }

    /**
     * A file that lines are appended to through a reused direct buffer (a heap buffer would be
     * copied into a temporary direct one by every write). {@link #length()} counts the bytes written
     * to the file, not those still buffered: what a journal line may claim.
     */
    static final class Spool implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer buffer;
        private long length;

        /**
         * Opens a file for appending.
         *
         * @param file the file; created with its folders if missing
         * @param length its length now (as the journal knows it)
         * @param capacity the buffer's size in bytes
         * @throws IOException if it cannot be opened
         */
        Spool(Path file, long length, int capacity) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            this.buffer = ByteBuffer.allocateDirect(capacity);
            this.length = length;
        }

        /** Whether a line of this many bytes, and its line feed, can be added without writing first. */
        boolean fits(int bytes) {
            return bytes < buffer.remaining();
        }

        /** Adds bytes and a line feed; writes the buffer first if they do not fit, and a line longer than it directly. */
        void line(byte[] bytes) throws IOException {
            if (!fits(bytes.length)) {
                drain();
            }
            if (fits(bytes.length)) {
                buffer.put(bytes).put((byte) '\n');
            } else {
                ByteBuffer[] pieces = {ByteBuffer.wrap(bytes), ByteBuffer.wrap(new byte[] {'\n'})};
                while (pieces[1].hasRemaining()) {
                    length += channel.write(pieces);
                }
            }
        }

        /** Writes what is buffered; returns once the write calls returned. */
        void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                length += channel.write(buffer);
            }
            buffer.clear();
        }

        /** The bytes written to the file so far (those still buffered not included). */
        long length() {
            return length;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** A one-line progress bar on standard error, redrawn in place; failure lines are printed above it. */
    private static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final boolean enabled;
        private String shown = "";

        ProgressBar(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        boolean enabled() {
            return enabled;
        }

        synchronized void show(Progress progress) {
            if (!enabled) {
                return;
            }
            StringBuilder line = new StringBuilder("\r[");
            long total = progress.total().orElse(0);
            int filled = total > 0 ? (int) Math.min(WIDTH, progress.done() * WIDTH / total) : 0;
            line.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ").append(progress);
            shown = line.toString();
            err.print(shown + "\u001B[K");
            err.flush();
        }

        synchronized void print(String message) {
            if (enabled && !shown.isEmpty()) {
                err.print("\r\u001B[K");
            }
            err.println(message);
            if (enabled && !shown.isEmpty()) {
                err.print(shown);
            }
            err.flush();
        }

        synchronized void finish() {
            if (enabled && !shown.isEmpty()) {
                err.println();
            }
        }
    }
}
