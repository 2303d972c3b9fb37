package io.github.microcredentials.signing.internal.jsonld;

/**
 * The fast path does not cover a document, or the document is one the full path rejects or
 * converts with losses: the caller must run the full path. Carries no stack trace (it is control
 * flow, and cheap to throw).
 */
public final class Unsupported extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the signal.
     *
     * @param reason what the fast path met, for diagnostics
     */
    public Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
