package io.github.microcredentials.signing.internal.codec;

import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet, the {@code z} base of multibase. Converts through 32-bit
 * limbs five base-58 digits at a time (58^5 fits in an int), some twenty times faster than
 * digit-by-digit long division on a 64-byte signature.
 */
public final class Base58 {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];
    /** 58^5, the largest power of 58 below 2^31. */
    private static final long CHUNK = 58L * 58 * 58 * 58 * 58;

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58() {
    }

    /**
     * Encodes bytes.
     *
     * @param input the bytes
     * @return the Base58 text (one {@code 1} per leading zero byte)
     */
    public static String encode(byte[] input) {
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        int[] limbs = limbs(input, zeros);
        char[] out = new char[(input.length - zeros) * 2 + zeros + 5];
        int at = out.length;
        int first = 0;
        while (first < limbs.length) {
            long remainder = 0;
            for (int i = first; i < limbs.length; i++) {
                long current = remainder << 32 | limbs[i] & 0xFFFFFFFFL;
                limbs[i] = (int) (current / CHUNK);
                remainder = current % CHUNK;
            }
            while (first < limbs.length && limbs[first] == 0) {
                first++;
            }
            for (int k = 0; k < 5; k++) {
                out[--at] = ALPHABET[(int) (remainder % 58)];
                remainder /= 58;
            }
        }
        while (at < out.length && out[at] == ALPHABET[0]) {
            at++;
        }
        for (int i = 0; i < zeros; i++) {
            out[--at] = ALPHABET[0];
        }
        return new String(out, at, out.length - at);
    }

    /** Big-endian 32-bit limbs of {@code input[from..]}. */
    private static int[] limbs(byte[] input, int from) {
        int length = input.length - from;
        int[] limbs = new int[(length + 3) / 4];
        for (int i = 0; i < length; i++) {
            limbs[limbs.length - 1 - i / 4] |= (input[input.length - 1 - i] & 0xFF) << 8 * (i % 4);
        }
        return limbs;
    }

    /**
     * Decodes Base58 text.
     *
     * @param input the text
     * @return the bytes
     * @throws IllegalArgumentException for a character outside the alphabet
     */
    public static byte[] decode(String input) {
        int zeros = 0;
        while (zeros < input.length() && input.charAt(zeros) == ALPHABET[0]) {
            zeros++;
        }
        // Little-endian limbs; each five digits multiply the number by 58^5 and add their value.
        int[] limbs = new int[input.length() / 5 + 2];
        int used = 0;
        for (int i = zeros; i < input.length(); i += 5) {
            int end = Math.min(i + 5, input.length());
            long value = 0;
            long multiplier = 1;
            for (int j = i; j < end; j++) {
                value = value * 58 + digit(input, j);
                multiplier *= 58;
            }
            long carry = value;
            for (int l = 0; l < used; l++) {
                long current = (limbs[l] & 0xFFFFFFFFL) * multiplier + carry;
                limbs[l] = (int) current;
                carry = current >>> 32;
            }
            if (carry != 0) {
                limbs[used++] = (int) carry;
            }
        }
        return bytes(limbs, used, zeros);
    }

    private static int digit(String input, int i) {
        char c = input.charAt(i);
        int digit = c < 128 ? INDEXES[c] : -1;
        if (digit < 0) {
            throw new IllegalArgumentException("not a base58 character at " + i);
        }
        return digit;
    }

    /** The big-endian bytes of the little-endian limbs, without leading zeros, after {@code zeros} zero bytes. */
    private static byte[] bytes(int[] limbs, int used, int zeros) {
        byte[] out = new byte[used * 4];
        for (int l = 0; l < used; l++) {
            int limb = limbs[l];
            for (int b = 0; b < 4; b++) {
                out[out.length - 1 - (l * 4 + b)] = (byte) (limb >>> 8 * b);
            }
        }
        int skip = 0;
        while (skip < out.length && out[skip] == 0) {
            skip++;
        }
        byte[] result = new byte[zeros + out.length - skip];
        System.arraycopy(out, skip, result, zeros, out.length - skip);
        return result;
    }
}
