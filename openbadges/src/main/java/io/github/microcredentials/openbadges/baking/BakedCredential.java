package io.github.microcredentials.openbadges.baking;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A credential carried in a badge image: exactly the text that was baked, in one of the two forms
 * Open Badges 3.0 defines. It is not verified; hand {@link #text()} to a verifier (Data Integrity
 * for {@link Form#JSON}, VC-JWT for {@link Form#COMPACT_JWS}).
 *
 * <p>Immutable; equal when form, image format and bytes are equal. {@link #toString()} does not
 * reveal the credential.
 */
public final class BakedCredential {

    /** How the credential is written. */
    public enum Form {
        /** The JSON of a credential with an embedded proof (Data Integrity). */
        JSON,
        /** A VC-JWT: the compact serialization of a JWS whose payload is the credential. */
        COMPACT_JWS
    }

    /** The image formats that carry baked credentials. */
    public enum ImageFormat {
        /** PNG: an uncompressed {@code iTXt} chunk with keyword {@code openbadgecredential}. */
        PNG,
        /** SVG: an {@code openbadges:credential} element in namespace {@code https://purl.imsglobal.org/ob/v3p0}. */
        SVG
    }

    private final Form form;
    private final ImageFormat imageFormat;
    private final byte[] bytes;

    BakedCredential(Form form, ImageFormat imageFormat, byte[] bytes) {
        this.form = Objects.requireNonNull(form, "form");
        this.imageFormat = Objects.requireNonNull(imageFormat, "imageFormat");
        this.bytes = bytes.clone();
    }

    /**
     * How the credential is written.
     *
     * @return JSON or compact JWS
     */
    public Form form() {
        return form;
    }

    /**
     * The format of the image it came from.
     *
     * @return PNG or SVG
     */
    public ImageFormat imageFormat() {
        return imageFormat;
    }

    /**
     * The credential as baked: UTF-8, byte for byte.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The credential as text.
     *
     * @return the UTF-8 text
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Equal when form, image format and bytes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BakedCredential that && form == that.form && imageFormat == that.imageFormat
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, imageFormat, Arrays.hashCode(bytes));
    }

    /** The form, the image format and the size; not the credential. */
    @Override
    public String toString() {
        return "BakedCredential[" + form + " in " + imageFormat + ", " + bytes.length + " bytes]";
    }
}
