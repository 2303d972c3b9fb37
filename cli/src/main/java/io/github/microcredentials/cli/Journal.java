package io.github.microcredentials.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The journal of a batch: one text line each time the batch wrote a piece of results,
 * {@code ITEM OK FAILED OUTPUT FAILURES}: the last item handled, the counts so far and the lengths
 * of the output and the failures report once the results and failures up to that item were
 * written to them. Each line is written by one write call, after those of the output and the
 * failures report returned, so that a killed process leaves every line it wrote and no line counts
 * bytes that were not written; a torn last line is ignored.
 */
final class Journal {

    /**
     * One journal line.
     *
     * @param item the last item handled (line number or position in the folder); every item up
     *     to it is finished
     * @param ok items that succeeded so far
     * @param failed items that failed so far
     * @param outputLength the length of the output file with the results up to this item
     * @param failuresLength the length of the failures report with the failures up to this item
     */
    record Record(long item, long ok, long failed, long outputLength, long failuresLength) {
        /** Nothing done yet. */
        static final Record START = new Record(0, 0, 0, 0, 0);

        String line() {
            return item + " " + ok + " " + failed + " " + outputLength + " " + failuresLength + "\n";
        }

        static @Nullable Record parse(String line) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 5) {
                return null;
            }
            try {
                return new Record(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                        Long.parseLong(parts[3]), Long.parseLong(parts[4]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Room for the longest line: five numbers of up to 19 digits, spaces and the line feed. */
    private static final int MAX_LINE = 5 * 20;

    private final Path file;
    /** Reused for every line: a direct buffer is written as it is, without a copy per write. */
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_LINE);
    private @Nullable FileChannel channel;

    Journal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /**
     * Where to resume: the last journal line whose lengths the output and the failures report
     * reach (after a power cut the journal may be ahead of the data). Both files and the journal
     * are cut back to that line.
     *
     * @param output the output file, or {@code null} for a folder output
     * @param failures the failures report, or {@code null}
     * @return the record to resume from
     * @throws IOException if a file cannot be read or cut
     */
    Record resume(@Nullable Path output, @Nullable Path failures) throws IOException {
        long outputSize = output != null && Files.exists(output) ? Files.size(output) : 0;
        long failuresSize = failures != null && Files.exists(failures) ? Files.size(failures) : 0;
        String text = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        List<String> lines = text.lines().toList();
        int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
        Record chosen = Record.START;
        long keep = 0;
        long position = 0;
        for (int i = 0; i < complete; i++) {
            position += lines.get(i).length() + 1;
            Record record = Record.parse(lines.get(i));
            if (record != null && (output == null || record.outputLength() <= outputSize)
                    && (failures == null || record.failuresLength() <= failuresSize)) {
                chosen = record;
                keep = position;
            }
        }
        truncate(file, keep);
        if (output != null && Files.exists(output)) {
            truncate(output, chosen.outputLength());
        }
        if (failures != null && Files.exists(failures)) {
            truncate(failures, chosen.failuresLength());
        }
        return chosen;
    }

    private static void truncate(Path path, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    void open() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    void append(Record record) throws IOException {
        if (channel == null) {
            throw new IllegalStateException("journal not open");
        }
        buffer.clear();
        buffer.put(record.line().getBytes(StandardCharsets.US_ASCII)).flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    void close() throws IOException {
        if (channel != null && channel.isOpen()) {
            channel.close();
        }
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
    }
}
