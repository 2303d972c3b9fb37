package io.github.microcredentials.status.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed pseudo-random permutation of {@code [0, size)}: a balanced Feistel network over the
 * smallest even number of bits that covers the size, with HMAC-SHA-256 as round function, and
 * cycle walking to stay inside the range. The n-th allocation of a list gets index
 * {@code apply(n)}: every counter value gives a distinct index (a permutation), and without the
 * key the order of allocation cannot be read from the indexes (Bitstring Status List §2.1 asks for
 * random assignment). Thread-safe.
 */
public final class Permutation {

    private static final int ROUNDS = 6;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final Mac mac;

    /**
     * Creates the permutation.
     *
     * @param size the number of indexes, at least 2
     * @param key the secret key, 32 bytes
     */
    public Permutation(long size, byte[] key) {
        if (size < 2) {
            throw new IllegalArgumentException("a permutation needs at least 2 elements");
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1L << halfBits) - 1;
        try {
            this.mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable permutation key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * The image of a value.
     *
     * @param value in {@code [0, size)}
     * @return its image, in {@code [0, size)}
     */
    public long apply(long value) {
        check(value);
        long x = value;
        do {
            x = encrypt(x);
        } while (x >= size);
        return x;
    }

    /**
     * The value whose image is given.
     *
     * @param image in {@code [0, size)}
     * @return the value, in {@code [0, size)}
     */
    public long invert(long image) {
        check(image);
        long x = image;
        do {
            x = decrypt(x);
        } while (x >= size);
        return x;
    }

    private void check(long value) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException("outside [0, " + size + "): " + value);
        }
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            long next = left ^ round(round, right);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private long decrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = right ^ round(round, left);
            right = left;
            left = previous;
        }
        return (left << halfBits) | right;
    }

    private long round(int round, long half) {
        byte[] digest;
        synchronized (mac) {
            mac.update((byte) round);
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(half).array());
            digest = mac.doFinal();
        }
        return ByteBuffer.wrap(digest).getLong() & halfMask;
    }
}
