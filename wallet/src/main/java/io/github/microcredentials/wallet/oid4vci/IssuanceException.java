package io.github.microcredentials.wallet.oid4vci;

/** A request the issuer refuses; {@link #error()} is the response to send. */
public final class IssuanceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient IssuanceError error;

    IssuanceException(IssuanceError error) {
        super(error.error() + ": " + error.description());
        this.error = error;
    }

    /**
     * The error response.
     *
     * @return the error
     */
    public IssuanceError error() {
        return error;
    }
}
