package io.github.microcredentials.status.internal;

import io.github.microcredentials.status.StatusBitstring;

/**
 * The statuses of one list as a packed bitstring in memory, most significant bit first. Not
 * thread-safe: the stores guard it.
 */
public final class PackedStatuses {

    private final byte[] bits;
    private final int statusSize;
    private final long capacity;

    /**
     * An all-zero list.
     *
     * @param capacity the entries
     * @param statusSize bits per entry
     */
    public PackedStatuses(long capacity, int statusSize) {
        this.capacity = capacity;
        this.statusSize = statusSize;
        this.bits = new byte[(int) ((capacity * statusSize + 7) / 8)];
    }

    /**
     * The status at an index.
     *
     * @param index the index
     * @return the value
     */
    public int get(long index) {
        check(index);
        long first = index * statusSize;
        int value = 0;
        for (int i = 0; i < statusSize; i++) {
            long position = first + i;
            value = (value << 1) | ((bits[(int) (position >>> 3)] >>> (7 - (int) (position & 7))) & 1);
        }
        return value;
    }

    /**
     * Sets the status at an index.
     *
     * @param index the index
     * @param value the value
     */
    public void set(long index, int value) {
        check(index);
        if (value < 0 || value >= (1L << statusSize)) {
            throw new IllegalArgumentException("status " + value + " does not fit in " + statusSize + " bits");
        }
        long first = index * statusSize;
        for (int i = 0; i < statusSize; i++) {
            long position = first + i;
            int mask = 1 << (7 - (int) (position & 7));
            int at = (int) (position >>> 3);
            bits[at] = (byte) (((value >>> (statusSize - 1 - i)) & 1) == 1 ? bits[at] | mask : bits[at] & ~mask);
        }
    }

    /**
     * The raw bytes, for snapshots.
     *
     * @return the array itself (callers hold the store's lock)
     */
    public byte[] raw() {
        return bits;
    }

    /**
     * A copy as a bitstring.
     *
     * @return the bitstring
     */
    public StatusBitstring toBitstring() {
        return StatusBitstring.of(bits);
    }

    private void check(long index) {
        if (index < 0 || index >= capacity) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, " + capacity + ")");
        }
    }
}
