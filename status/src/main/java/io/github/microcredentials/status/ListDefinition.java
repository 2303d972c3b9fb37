package io.github.microcredentials.status;

import io.github.microcredentials.core.model.StatusPurpose;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a status list is: the URL its {@code BitstringStatusListCredential} is published at, its
 * purpose, the bits per status, the number of entries, and the secret key of the random order in
 * which its indexes are given out. Created once with the list and kept by the
 * {@link StatusStore}; the key never leaves the store and is not part of {@link #toString()}.
 *
 * @param url the URL of the status list credential (the entries' {@code statusListCredential})
 * @param purpose the list's {@code statusPurpose}
 * @param statusSize bits per status, 1 to {@value io.github.microcredentials.core.model.BitstringStatusListEntry#MAX_STATUS_SIZE}
 * @param capacity the number of entries, at least {@link StatusBitstring#MIN_ENTRIES}, a multiple of 8
 * @param orderKey the 32-byte key of the allocation order
 */
public record ListDefinition(URI url, StatusPurpose purpose, int statusSize, long capacity, byte[] orderKey) {

    /** The size of {@link #orderKey()}. */
    public static final int KEY_BYTES = 32;

    /**
     * Checks the definition.
     *
     * @throws IllegalArgumentException if the URL is not absolute or has a fragment, or the sizes are out of range
     */
    public ListDefinition {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(purpose, "purpose");
        orderKey = orderKey.clone();
        if (!url.isAbsolute() || url.getRawFragment() != null) {
            throw new IllegalArgumentException("a status list URL is absolute and has no fragment: " + url);
        }
        if (url.toString().length() > 2000) {
            throw new IllegalArgumentException("a status list URL is at most 2000 characters");
        }
        if (statusSize < 1 || statusSize > io.github.microcredentials.core.model.BitstringStatusListEntry.MAX_STATUS_SIZE) {
            throw new IllegalArgumentException("statusSize must be between 1 and "
                    + io.github.microcredentials.core.model.BitstringStatusListEntry.MAX_STATUS_SIZE + ": " + statusSize);
        }
        if (capacity < StatusBitstring.MIN_ENTRIES || capacity % 8 != 0
                || capacity * statusSize > StatusBitstring.MAX_DECODED_BYTES * 8L) {
            throw new IllegalArgumentException("a status list has a multiple of 8 entries, at least "
                    + StatusBitstring.MIN_ENTRIES + " (the Recommendation's minimum for herd privacy) and at most "
                    + StatusBitstring.MAX_DECODED_BYTES * 8L / statusSize + ": " + capacity);
        }
        if (orderKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the order key has " + KEY_BYTES + " bytes");
        }
    }

    /**
     * A new list of 131,072 one-bit revocation statuses with a fresh random order.
     *
     * @param url the URL of its status list credential
     * @return the definition
     */
    public static ListDefinition revocation(URI url) {
        return generate(url, StatusPurpose.REVOCATION, 1, StatusBitstring.MIN_ENTRIES, new SecureRandom());
    }

    /**
     * A new list of 131,072 one-bit suspension statuses with a fresh random order.
     *
     * @param url the URL of its status list credential
     * @return the definition
     */
    public static ListDefinition suspension(URI url) {
        return generate(url, StatusPurpose.SUSPENSION, 1, StatusBitstring.MIN_ENTRIES, new SecureRandom());
    }

    /**
     * A new list.
     *
     * @param url the URL of its status list credential
     * @param purpose its purpose
     * @param statusSize bits per status
     * @param capacity the number of entries
     * @param random the source of the order key ({@link SecureRandom} outside tests)
     * @return the definition
     */
    public static ListDefinition generate(URI url, StatusPurpose purpose, int statusSize, long capacity, RandomGenerator random) {
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            key[i] = (byte) random.nextInt(256);
        }
        return new ListDefinition(url, purpose, statusSize, capacity, key);
    }

    /**
     * The key of the allocation order.
     *
     * @return a copy of the key
     */
    @Override
    public byte[] orderKey() {
        return orderKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListDefinition that && url.equals(that.url) && purpose.equals(that.purpose)
                && statusSize == that.statusSize && capacity == that.capacity && Arrays.equals(orderKey, that.orderKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, purpose, statusSize, capacity, Arrays.hashCode(orderKey));
    }

    /** The URL, purpose and sizes; never the key. */
    @Override
    public String toString() {
        return "ListDefinition[" + url + ", " + purpose + ", " + capacity + " × " + statusSize + " bits]";
    }
}
