package io.github.microcredentials.seals;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document a detached seal signs without carrying it: the content of a JAdES {@code sigD}
 * reference (ETSI TS 119 182-1, 5.2.8), or of a detached JWS payload (RFC 7515, appendix F).
 * The verifier finds it by {@linkplain #name() name}: the URI the seal's {@code sigD/pars} lists
 * (percent-decoded), or any name when the seal references a single document.
 *
 * @param name the name or URI the seal references it by
 * @param content the exact bytes signed
 */
public record DetachedContent(String name, byte[] content) {

    /**
     * Checks and copies the members.
     *
     * @throws NullPointerException if a member is null
     */
    public DetachedContent {
        Objects.requireNonNull(name, "name");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * The bytes signed.
     *
     * @return a copy of the content
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DetachedContent d && d.name.equals(name) && Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "DetachedContent[" + name + ", " + content.length + " bytes]";
    }
}
