package io.github.microcredentials.openbadges.baking;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why an image could not be baked or unbaked: a stable code and a message that names the place
 * (a PNG chunk and its byte offset, an SVG line) and the problem. Messages never repeat the
 * credential.
 *
 * @param code what is wrong
 * @param message the problem in words
 */
public record BakingProblem(Code code, String message) implements Serializable {

    /** What is wrong with the image or the credential. */
    public enum Code {
        /** Neither a PNG datastream nor an SVG document. */
        NOT_AN_IMAGE,
        /** A well-formed image that carries no Open Badges 3.0 credential. */
        NOT_BAKED,
        /** The image already carries a credential (baking refuses to add a second or overwrite it). */
        ALREADY_BAKED,
        /** Two or more credential chunks or elements; Open Badges 3.0 allows exactly one. */
        DUPLICATE_CREDENTIAL,
        /** A PNG chunk runs past the end of the data, or the datastream ends before {@code IEND}. */
        TRUNCATED,
        /** A PNG chunk whose CRC does not match its content. */
        CORRUPT,
        /** A structural error: a malformed PNG chunk or {@code iTXt} header, malformed XML. */
        MALFORMED,
        /** A compressed credential chunk, which Open Badges 3.0 forbids. */
        COMPRESSED,
        /** The credential text is not valid UTF-8, or holds characters XML cannot carry. */
        INVALID_TEXT,
        /** The credential is neither a JSON object nor a compact JWS. */
        NOT_A_CREDENTIAL,
        /** An SVG whose document type declares entities; refused, nothing is expanded or fetched. */
        ENTITY_DECLARATION,
        /** The image or the credential is larger than the limit in bytes. */
        TOO_LARGE,
        /** The image declares more pixels than the limit; refused without decoding it. */
        TOO_MANY_PIXELS,
        /** The SVG nests elements deeper than the limit. */
        TOO_DEEP
    }

    /** Checks the components. */
    public BakingProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** Returns the code and the message. */
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
