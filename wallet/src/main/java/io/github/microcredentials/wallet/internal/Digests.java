package io.github.microcredentials.wallet.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/** The hash functions of {@code _sd_alg} (IANA Named Information Hash Algorithm names). */
public enum Digests {
    /** {@code sha-256}, the default. */
    SHA_256("sha-256", "SHA-256"),
    /** {@code sha-384}. */
    SHA_384("sha-384", "SHA-384"),
    /** {@code sha-512}. */
    SHA_512("sha-512", "SHA-512");

    private final String name;
    private final String jca;
    /**
     * One digest per thread: a credential hashes every disclosure and decoy, and the provider lookup of
     * {@code MessageDigest.getInstance} showed in issuing profiles; a MessageDigest is not thread-safe, so not shared.
     */
    private final ThreadLocal<MessageDigest> local;

    Digests(String name, String jca) {
        this.name = name;
        this.jca = jca;
        this.local = ThreadLocal.withInitial(() -> {
            try {
                return MessageDigest.getInstance(jca);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no " + jca, e);
            }
        });
    }

    /**
     * The IANA name.
     *
     * @return for example {@code sha-256}
     */
    public String ianaName() {
        return name;
    }

    /**
     * The algorithm of an {@code _sd_alg} value.
     *
     * @param name the value
     * @return the algorithm, or empty if unsupported
     */
    public static Optional<Digests> of(String name) {
        for (Digests d : values()) {
            if (d.name.equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Hashes bytes.
     *
     * @param data the bytes
     * @return the digest
     */
    public byte[] hash(byte[] data) {
        MessageDigest digest = local.get();
        digest.reset(); // digest() resets, but an earlier failure half-way must not leak into this hash
        return digest.digest(data);
    }

    /**
     * The base64url (unpadded) digest of an ASCII string, as SD-JWT computes it for disclosures and
     * {@code sd_hash}.
     *
     * @param ascii the string
     * @return the digest
     */
    public String digest(String ascii) {
        return B64.encode(hash(ascii.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Base64url without padding, strict on decoding. */
    public static final class B64 {
        private B64() {
        }

        /**
         * Encodes.
         *
         * @param data bytes
         * @return base64url without padding
         */
        public static String encode(byte[] data) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
        }

        /**
         * Decodes base64url without padding.
         *
         * @param text the text
         * @return the bytes
         * @throws IllegalArgumentException if it is not unpadded base64url
         */
        public static byte[] decode(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
                if (!ok) {
                    throw new IllegalArgumentException("not unpadded base64url (character " + i + ")");
                }
            }
            return Base64.getUrlDecoder().decode(text);
        }
    }
}
