package io.github.microcredentials.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The bitstring of a status list and its encoded form ({@code encodedList}): GZIP (RFC 1952),
 * then base64url without padding (RFC 4648 §5), with the multibase prefix {@code u}. Index 0 is
 * the left-most bit, the most significant bit of the first byte (Bitstring Status List v1.0
 * §2.2, §3.3, §3.4). A status of {@code statusSize} bits at index {@code i} occupies bits
 * {@code i × statusSize} to {@code i × statusSize + statusSize − 1}, read as an unsigned number
 * whose first bit is the most significant.
 *
 * <p>Immutable. Decoding refuses an expansion above {@value #MAX_DECODED_BYTES} bytes.
 */
public final class StatusBitstring {

    /** The Recommendation's default {@code minimumNumberOfEntries} (§3.2): 131,072, that is 16 KB of one-bit statuses. */
    public static final int MIN_ENTRIES = 131_072;

    /** The largest decoded bitstring this library expands: 16 MB (134,217,728 bits). */
    public static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private final byte[] bits;

    private StatusBitstring(byte[] bits) {
        this.bits = bits;
    }

    /**
     * A bitstring of the given bytes.
     *
     * @param bytes the bits, the first bit being the most significant bit of {@code bytes[0]}
     * @return the bitstring (the bytes are copied)
     */
    public static StatusBitstring of(byte[] bytes) {
        if (bytes.length > MAX_DECODED_BYTES) {
            throw new IllegalArgumentException("a status bitstring is at most " + MAX_DECODED_BYTES + " bytes");
        }
        return new StatusBitstring(bytes.clone());
    }

    /**
     * Expands an {@code encodedList} of a {@code BitstringStatusList}: multibase {@code u}, base64url
     * without padding, GZIP.
     *
     * @param encodedList the value as published
     * @return the bitstring
     * @throws EncodedListException if the value is not in that form or expands beyond the limit
     */
    public static StatusBitstring decode(String encodedList) throws EncodedListException {
        Objects.requireNonNull(encodedList, "encodedList");
        if (!encodedList.startsWith("u")) {
            throw new EncodedListException(EncodedListException.Reason.NOT_MULTIBASE,
                    "encodedList must start with the multibase prefix 'u' (base64url)");
        }
        String base64 = encodedList.substring(1);
        if (base64.indexOf('=') >= 0) {
            throw new EncodedListException(EncodedListException.Reason.NOT_BASE64URL, "encodedList must be base64url without padding");
        }
        return expand(base64);
    }

    /**
     * Expands the {@code encodedList} of a legacy {@code StatusList2021}: base64url (the multibase
     * prefix and padding tolerated), GZIP.
     *
     * @param encodedList the value as published
     * @return the bitstring
     * @throws EncodedListException if the value is not in that form or expands beyond the limit
     */
    public static StatusBitstring decodeStatusList2021(String encodedList) throws EncodedListException {
        Objects.requireNonNull(encodedList, "encodedList");
        String base64 = encodedList.startsWith("uH4sI") ? encodedList.substring(1) : encodedList;
        return expand(base64.replace('+', '-').replace('/', '_'));
    }

    private static StatusBitstring expand(String base64) throws EncodedListException {
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new EncodedListException(EncodedListException.Reason.NOT_BASE64URL, "encodedList is not base64url: " + e.getMessage());
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] out = in.readNBytes(MAX_DECODED_BYTES + 1);
            if (out.length > MAX_DECODED_BYTES) {
                throw new EncodedListException(EncodedListException.Reason.TOO_LARGE,
                        "the status bitstring expands to more than " + MAX_DECODED_BYTES + " bytes");
            }
            if (out.length == 0) {
                throw new EncodedListException(EncodedListException.Reason.NOT_GZIP, "the status bitstring is empty");
            }
            return new StatusBitstring(out);
        } catch (ZipException | java.io.EOFException e) {
            throw new EncodedListException(EncodedListException.Reason.NOT_GZIP, "encodedList is not GZIP data: " + e.getMessage());
        } catch (IOException e) {
            throw new EncodedListException(EncodedListException.Reason.NOT_GZIP, "encodedList could not be expanded: " + e.getMessage());
        }
    }

    /**
     * Encodes the bitstring as an {@code encodedList}: GZIP, base64url without padding, prefix {@code u}.
     *
     * @return the encoded list
     */
    public String encode() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bits.length / 64 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer, 8192)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.toByteArray());
    }

    /**
     * The number of bits.
     *
     * @return the length in bits
     */
    public long length() {
        return (long) bits.length * 8;
    }

    /**
     * The number of statuses of a size the bitstring holds, rounded down.
     *
     * @param statusSize bits per status
     * @return the number of entries
     */
    public long entries(int statusSize) {
        return length() / statusSize;
    }

    /**
     * The status at an index.
     *
     * @param index the status list index
     * @param statusSize bits per status, 1 to 31
     * @return the status value
     * @throws IndexOutOfBoundsException if the status lies beyond the bitstring
     */
    public int status(long index, int statusSize) {
        if (statusSize < 1 || statusSize > 31) {
            throw new IllegalArgumentException("statusSize must be between 1 and 31: " + statusSize);
        }
        if (index < 0 || index > (length() - statusSize) / statusSize) {
            throw new IndexOutOfBoundsException("index " + index + " with statusSize " + statusSize
                    + " lies beyond a bitstring of " + length() + " bits");
        }
        long first = index * statusSize;
        int value = 0;
        for (int i = 0; i < statusSize; i++) {
            long position = first + i;
            int bit = (bits[(int) (position >>> 3)] >>> (7 - (int) (position & 7))) & 1;
            value = (value << 1) | bit;
        }
        return value;
    }

    /**
     * The bits as bytes.
     *
     * @return a copy of the bytes
     */
    public byte[] toByteArray() {
        return bits.clone();
    }

    /**
     * Starts a bitstring of a number of statuses, all 0.
     *
     * @param entries the number of statuses
     * @param statusSize bits per status
     * @return the builder
     */
    public static Builder builder(long entries, int statusSize) {
        return new Builder(entries, statusSize);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusBitstring that && Arrays.equals(bits, that.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "StatusBitstring[" + length() + " bits]";
    }

    /** Sets statuses, then {@link #build()}s the bitstring. Not thread-safe. */
    public static final class Builder {
        private final byte[] bits;
        private final int statusSize;
        private final long entries;

        private Builder(long entries, int statusSize) {
            if (statusSize < 1 || statusSize > 31) {
                throw new IllegalArgumentException("statusSize must be between 1 and 31: " + statusSize);
            }
            long bitCount = entries * statusSize;
            if (entries < 1 || bitCount > (long) MAX_DECODED_BYTES * 8) {
                throw new IllegalArgumentException("a status list holds 1 to " + (MAX_DECODED_BYTES * 8L / statusSize)
                        + " entries of " + statusSize + " bits: " + entries);
            }
            this.entries = entries;
            this.statusSize = statusSize;
            this.bits = new byte[(int) ((bitCount + 7) / 8)];
        }

        /**
         * Sets a status.
         *
         * @param index the index
         * @param value the status, fitting in the status size
         * @return this builder
         */
        public Builder set(long index, int value) {
            if (index < 0 || index >= entries) {
                throw new IndexOutOfBoundsException("index " + index + " outside [0, " + entries + ")");
            }
            if (value < 0 || value >= (1L << statusSize)) {
                throw new IllegalArgumentException("status " + value + " does not fit in " + statusSize + " bits");
            }
            long first = index * statusSize;
            for (int i = 0; i < statusSize; i++) {
                long position = first + i;
                int mask = 1 << (7 - (int) (position & 7));
                int bit = (value >>> (statusSize - 1 - i)) & 1;
                int at = (int) (position >>> 3);
                bits[at] = (byte) (bit == 1 ? bits[at] | mask : bits[at] & ~mask);
            }
            return this;
        }

        /**
         * Builds the bitstring.
         *
         * @return the bitstring
         */
        public StatusBitstring build() {
            return new StatusBitstring(bits.clone());
        }
    }

    /** An {@code encodedList} that cannot be expanded. */
    public static final class EncodedListException extends Exception {

        private static final long serialVersionUID = 1L;

        /** What is wrong. */
        public enum Reason {
            /** No multibase prefix {@code u}. */
            NOT_MULTIBASE,
            /** Not base64url without padding. */
            NOT_BASE64URL,
            /** Not GZIP data, or truncated. */
            NOT_GZIP,
            /** Expands beyond {@link StatusBitstring#MAX_DECODED_BYTES}. */
            TOO_LARGE
        }

        private final Reason reason;

        EncodedListException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        /**
         * What is wrong.
         *
         * @return the reason
         */
        public Reason reason() {
            return reason;
        }
    }
}
