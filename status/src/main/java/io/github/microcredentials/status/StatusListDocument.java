package io.github.microcredentials.status;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A status list credential as a {@link StatusListResolver} found it: the bytes and where they come
 * from. A resolver that hands out the same instance again (a cache, a local file) lets a
 * {@link StatusChecker} reuse what it verified and decoded the first time; equality is identity.
 */
public final class StatusListDocument {

    private final URI source;
    private final byte[] bytes;
    private final Instant retrieved;

    private StatusListDocument(URI source, byte[] bytes, Instant retrieved) {
        this.source = Objects.requireNonNull(source, "source");
        this.bytes = bytes.clone();
        this.retrieved = Objects.requireNonNull(retrieved, "retrieved");
    }

    /**
     * A document.
     *
     * @param source where it was found: the URL fetched, or a file
     * @param bytes the status list credential, UTF-8 JSON (copied)
     * @param retrieved when it was read
     * @return the document
     */
    public static StatusListDocument of(URI source, byte[] bytes, Instant retrieved) {
        return new StatusListDocument(source, bytes, retrieved);
    }

    /**
     * Where the document was found.
     *
     * @return the URL or file URI
     */
    public URI source() {
        return source;
    }

    /**
     * The bytes.
     *
     * @return a copy
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    byte[] bytesUnsafe() {
        return bytes;
    }

    /**
     * The size in bytes.
     *
     * @return the size
     */
    public int size() {
        return bytes.length;
    }

    /**
     * When the document was read.
     *
     * @return the instant
     */
    public Instant retrieved() {
        return retrieved;
    }

    @Override
    public String toString() {
        return "StatusListDocument[" + source + ", " + bytes.length + " bytes]";
    }
}
