package io.github.microcredentials.wallet;

import java.util.Objects;

/**
 * The one exception of this module for input it cannot use (a malformed SD-JWT, a presentation that
 * cannot be made) and for keys that fail. Its message names the part and the problem, never key
 * material.
 */
public final class SdJwtException extends Exception {

    private static final long serialVersionUID = 1L;

    private final SdJwtCode code;

    /**
     * An exception.
     *
     * @param code the problem's code
     * @param message what is wrong and where
     */
    public SdJwtException(SdJwtCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * An exception with a cause.
     *
     * @param code the problem's code
     * @param message what is wrong and where
     * @param cause the cause
     */
    public SdJwtException(SdJwtCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * The problem's stable code.
     *
     * @return the code
     */
    public SdJwtCode code() {
        return code;
    }
}
