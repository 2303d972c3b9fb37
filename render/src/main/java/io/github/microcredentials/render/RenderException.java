package io.github.microcredentials.render;

/**
 * Thrown when a certificate cannot be rendered or sealed: an unusable template, a language with
 * neither labels nor texts, a QR content that does not fit, a layout or signing failure. The
 * message names the cause; it never holds key material.
 */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public RenderException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong
     * @param cause the cause
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
