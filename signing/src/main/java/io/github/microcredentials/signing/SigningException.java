package io.github.microcredentials.signing;

/**
 * Signing or verification could not be carried out: a key store, HSM or key resolver failed, or a
 * document could not be prepared for signing (an unknown JSON-LD context, an undefined term).
 *
 * <p>An invalid signature is not an exception: verifiers return it as a
 * {@link VerificationReport}.
 */
public class SigningException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     */
    public SigningException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what failed
     * @param cause the underlying exception
     */
    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
