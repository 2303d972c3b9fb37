package io.github.microcredentials.status;

/**
 * A status list could not be retrieved: the server failed or refused, the connection timed out,
 * the response was too large, or a redirect led to another host. A {@link StatusChecker} reports
 * it as {@code STATUS_RETRIEVAL_ERROR}.
 */
public class StatusRetrievalException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what failed
     */
    public StatusRetrievalException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public StatusRetrievalException(String message, Throwable cause) {
        super(message, cause);
    }
}
