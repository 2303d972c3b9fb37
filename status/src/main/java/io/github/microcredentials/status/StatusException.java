package io.github.microcredentials.status;

/**
 * A status operation could not be carried out: the store failed (I/O, database), a list is full
 * or unknown, or a change is not allowed (clearing a revocation). The message says which list and
 * what happened; it never contains key material.
 */
public class StatusException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public StatusException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public StatusException(String message, Throwable cause) {
        super(message, cause);
    }
}
