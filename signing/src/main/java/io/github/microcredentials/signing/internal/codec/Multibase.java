package io.github.microcredentials.signing.internal.codec;

import java.util.Arrays;
import java.util.Base64;

/**
 * Multibase ({@code z} = base58btc, {@code u} = base64url) and the multicodec key prefixes used by
 * Multikey and {@code did:key}.
 */
public final class Multibase {

    /** Multicodec {@code ed25519-pub} (0xed) as an unsigned varint. */
    public static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    /** Multicodec {@code ed25519-priv} (0x1300). */
    public static final byte[] ED25519_PRIV = {(byte) 0x80, 0x26};
    /** Multicodec {@code p256-pub} (0x1200), compressed point. */
    public static final byte[] P256_PUB = {(byte) 0x80, 0x24};
    /** Multicodec {@code p256-priv} (0x1306). */
    public static final byte[] P256_PRIV = {(byte) 0x86, 0x26};
    /** Multicodec {@code p384-pub} (0x1201), compressed point. */
    public static final byte[] P384_PUB = {(byte) 0x81, 0x24};
    /** Multicodec {@code p384-priv} (0x1307). */
    public static final byte[] P384_PRIV = {(byte) 0x87, 0x26};
    /** Multicodec {@code rsa-pub} (0x1205), PKCS#1 {@code RSAPublicKey} DER. */
    public static final byte[] RSA_PUB = {(byte) 0x85, 0x24};

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Multibase() {
    }

    /**
     * Encodes bytes as base58btc multibase.
     *
     * @param bytes the bytes
     * @return {@code z} followed by the Base58 text
     */
    public static String base58btc(byte[] bytes) {
        return "z" + Base58.encode(bytes);
    }

    /**
     * Decodes base58btc multibase text.
     *
     * @param text the text, starting with {@code z}
     * @return the bytes
     * @throws IllegalArgumentException if the text is not base58btc multibase
     */
    public static byte[] decodeBase58btc(String text) {
        if (text.isEmpty() || text.charAt(0) != 'z') {
            throw new IllegalArgumentException("not base58btc multibase (must start with 'z')");
        }
        return Base58.decode(text.substring(1));
    }

    /**
     * Prefixes key bytes with a multicodec header and encodes them as base58btc.
     *
     * @param codec the varint header
     * @param key the key bytes
     * @return the multibase text
     */
    public static String encodeKey(byte[] codec, byte[] key) {
        byte[] all = Arrays.copyOf(codec, codec.length + key.length);
        System.arraycopy(key, 0, all, codec.length, key.length);
        return base58btc(all);
    }

    /**
     * Whether decoded multikey bytes start with a multicodec header.
     *
     * @param decoded the decoded bytes
     * @param codec the header
     * @return {@code true} on a match
     */
    public static boolean hasCodec(byte[] decoded, byte[] codec) {
        return decoded.length > codec.length && Arrays.equals(decoded, 0, codec.length, codec, 0, codec.length);
    }

    /**
     * Encodes bytes as unpadded base64url (RFC 4648 §5), as JOSE does.
     *
     * @param bytes the bytes
     * @return the text
     */
    public static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Decodes unpadded base64url, strictly: padding, other alphabets, whitespace and non-zero
     * unused bits in the last character (a second spelling of the same bytes) are rejected.
     *
     * @param text the text
     * @return the bytes
     * @throws IllegalArgumentException if the text is not unpadded base64url
     */
    public static byte[] decodeBase64url(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("not unpadded base64url at " + i);
            }
        }
        if (text.length() % 4 == 1) {
            throw new IllegalArgumentException("base64url text of impossible length");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        // The last character may carry bits no byte uses; they must be zero, or one signature would
        // have several encodings (RFC 4648 §3.5: decoders may reject them; JOSE encodes canonically).
        int unused = text.length() % 4 == 2 ? 0x0F : text.length() % 4 == 3 ? 0x03 : 0;
        if (unused != 0 && (BASE64URL.indexOf(text.charAt(text.length() - 1)) & unused) != 0) {
            throw new IllegalArgumentException("base64url text whose last character has non-zero unused bits");
        }
        return bytes;
    }
}
