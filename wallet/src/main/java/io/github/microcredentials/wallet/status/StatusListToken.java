package io.github.microcredentials.wallet.status;

import io.github.microcredentials.status.StatusException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The content of a Status List Token (draft-ietf-oauth-status-list-14 §5): the list's URI
 * ({@code sub}), when it was issued and until when it may be used, and the statuses. The signature
 * is checked by whoever reads the token (the SD-JWT verifier); this class reads the claims, decodes
 * the compressed list with a size bound and answers for an index. Immutable.
 */
public final class StatusListToken {

    /** The {@code typ} of a Status List Token in JWT form. */
    public static final String TYPE = "statuslist+jwt";

    /** The largest decompressed list read, in bytes (16 MiB). */
    public static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private final URI subject;
    private final Instant issuedAt;
    private final Optional<Instant> expiry;
    private final Optional<Long> ttl;
    private final int bits;
    private final byte[] list;

    private StatusListToken(URI subject, Instant issuedAt, Optional<Instant> expiry, Optional<Long> ttl, int bits, byte[] list) {
        this.subject = subject;
        this.issuedAt = issuedAt;
        this.expiry = expiry;
        this.ttl = ttl;
        this.bits = bits;
        this.list = list;
    }

    /**
     * Reads a Status List Token's claims.
     *
     * @param claims the verified JWT payload
     * @return the token
     * @throws StatusException if a claim is missing or malformed, or the list does not decompress within the bound
     */
    public static StatusListToken fromClaims(Map<String, Object> claims) throws StatusException {
        if (!(claims.get("sub") instanceof String sub)) {
            throw new StatusException("the Status List Token has no sub (the list's URI)");
        }
        if (!(claims.get("iat") instanceof Long iat) || !representable(iat)) {
            throw new StatusException("the Status List Token has no numeric iat");
        }
        Optional<Instant> exp = Optional.empty();
        if (claims.containsKey("exp")) {
            if (!(claims.get("exp") instanceof Long e) || !representable(e)) {
                throw new StatusException("the Status List Token's exp is not a number");
            }
            exp = Optional.of(Instant.ofEpochSecond(e));
        }
        Optional<Long> ttl = Optional.empty();
        if (claims.containsKey("ttl")) {
            if (!(claims.get("ttl") instanceof Long t) || t < 0) {
                throw new StatusException("the Status List Token's ttl is not a positive number");
            }
            ttl = Optional.of(t);
        }
        if (!(claims.get("status_list") instanceof Map<?, ?> statusList)) {
            throw new StatusException("the Status List Token has no status_list object");
        }
        if (!(statusList.get("bits") instanceof Long b) || b != 1 && b != 2 && b != 4 && b != 8) {
            throw new StatusException("status_list.bits is not 1, 2, 4 or 8");
        }
        if (!(statusList.get("lst") instanceof String lst)) {
            throw new StatusException("status_list.lst is not a string");
        }
        URI uri;
        try {
            uri = new URI(sub);
        } catch (java.net.URISyntaxException e) {
            throw new StatusException("the Status List Token's sub is not a URI");
        }
        return new StatusListToken(uri, Instant.ofEpochSecond(iat), exp, ttl, b.intValue(), inflate(lst));
    }

    /**
     * The {@code status_list} claim of a list of statuses: {@code bits} and {@code lst}, the
     * statuses packed least significant bits first and ZLIB-compressed.
     *
     * @param statuses the status of each index
     * @param bits bits per status: 1, 2, 4 or 8
     * @return {@code {"bits": ..., "lst": ...}}
     * @throws IllegalArgumentException if a status does not fit
     */
    public static Map<String, Object> encode(int[] statuses, int bits) {
        if (bits != 1 && bits != 2 && bits != 4 && bits != 8) {
            throw new IllegalArgumentException("bits is 1, 2, 4 or 8");
        }
        int perByte = 8 / bits;
        byte[] packed = new byte[(statuses.length + perByte - 1) / perByte];
        for (int i = 0; i < statuses.length; i++) {
            int v = statuses[i];
            if (v < 0 || v >= 1 << bits) {
                throw new IllegalArgumentException("status " + v + " at " + i + " does not fit in " + bits + " bits");
            }
            packed[i / perByte] |= (byte) (v << (i % perByte) * bits);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(packed);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return Map.of("bits", (long) bits, "lst", Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray()));
    }

    private static byte[] inflate(String lst) throws StatusException {
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(lst);
        } catch (IllegalArgumentException e) {
            throw new StatusException("status_list.lst is not base64url");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new StatusException("status_list.lst is truncated ZLIB data");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_DECODED_BYTES) {
                    throw new StatusException("status_list.lst decompresses to more than " + MAX_DECODED_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new StatusException("status_list.lst is not ZLIB data");
        } finally {
            inflater.end();
        }
    }

    /**
     * The status at an index.
     *
     * @param index the index
     * @return the value
     * @throws StatusException if the index is beyond the list
     */
    public int status(long index) throws StatusException {
        int perByte = 8 / bits;
        if (index < 0 || index / perByte >= list.length) {
            throw new StatusException("index " + index + " is beyond the status list of " + (long) list.length * perByte + " entries");
        }
        int b = list[(int) (index / perByte)] & 0xff;
        return b >>> (int) (index % perByte) * bits & (1 << bits) - 1;
    }

    /**
     * The list's URI ({@code sub}).
     *
     * @return the URI
     */
    public URI subject() {
        return subject;
    }

    /**
     * When the token was issued.
     *
     * @return {@code iat}
     */
    public Instant issuedAt() {
        return issuedAt;
    }

    /**
     * Until when the token may be used.
     *
     * @return {@code exp}, if present
     */
    public Optional<Instant> expiry() {
        return expiry;
    }

    /**
     * How long, in seconds, the token may be cached.
     *
     * @return {@code ttl}, if present
     */
    public Optional<Long> ttl() {
        return ttl;
    }

    /**
     * Bits per status.
     *
     * @return 1, 2, 4 or 8
     */
    public int bits() {
        return bits;
    }

    @Override
    public String toString() {
        return "StatusListToken[" + subject + ", " + bits + " bits, " + (long) list.length * (8 / bits) + " entries]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusListToken t && t.subject.equals(subject) && t.bits == bits
                && java.util.Arrays.equals(t.list, list) && t.issuedAt.equals(issuedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, bits, issuedAt);
    }

    /** Hostile NumericDates can lie beyond what {@link Instant} holds. */
    private static boolean representable(long epochSecond) {
        return epochSecond >= Instant.MIN.getEpochSecond() && epochSecond <= Instant.MAX.getEpochSecond();
    }
}
