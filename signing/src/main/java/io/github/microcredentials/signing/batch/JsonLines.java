package io.github.microcredentials.signing.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a JSON Lines stream as numbered items: raw bytes (the signer parses them), a
 * trailing {@code \r} removed, blank lines skipped, a line above the length bound read to its end
 * and turned into a failed item.
 */
final class JsonLines implements Iterator<BatchRun.Item> {

    /** An input error, unchecked so that it passes through the iterator. */
    static final class ReadFailure extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        ReadFailure(IOException cause) {
            super(cause);
        }
    }

    private final InputStream in;
    private final int maxLength;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[4096];
    private int length;
    private long number;
    private BatchRun.@Nullable Item next;
    private boolean ended;

    JsonLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            next = read();
        }
        return next != null;
    }

    @Override
    public BatchRun.Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        BatchRun.Item item = next;
        next = null;
        return item;
    }

    private BatchRun.@Nullable Item read() {
        while (true) {
            length = 0;
            boolean tooLong = false;
            boolean any = false;
            boolean lineFeed = false;
            // A line at a time out of the buffer: search for the line feed, then copy what precedes it.
            while (!lineFeed && (position < limit || fill())) {
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                lineFeed = end < limit;
                any |= end > position;
                tooLong |= !append(position, end);
                position = lineFeed ? end + 1 : end;
            }
            if (!lineFeed && !any) {
                ended = true;
                return null;
            }
            number++;
            if (tooLong) {
                return new BatchRun.Item(number, null, "the line is longer than " + maxLength + " bytes");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (!blank()) {
                return new BatchRun.Item(number, Arrays.copyOf(line, length), null);
            }
            if (!lineFeed) {
                ended = true;
                return null;
            }
        }
    }

    private boolean blank() {
        for (int i = 0; i < length; i++) {
            byte c = line[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Appends buffer bytes to the line up to the length bound; false if some did not fit. */
    private boolean append(int from, int to) {
        int count = Math.min(to - from, maxLength - length);
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLength, Math.max(length + count, line.length * 2)));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
        return count == to - from;
    }

    /** Reads more input into the buffer; false at its end. */
    private boolean fill() {
        try {
            limit = in.read(buffer);
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
