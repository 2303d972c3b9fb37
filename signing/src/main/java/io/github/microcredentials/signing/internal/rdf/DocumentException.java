package io.github.microcredentials.signing.internal.rdf;

/** A JSON-LD document that cannot be turned into canonical RDF safely. */
public final class DocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** A context URL that is neither bundled nor registered by the caller. */
        UNKNOWN_CONTEXT,
        /** A term or type the contexts do not define: safe mode. */
        UNDEFINED_TERM,
        /** A value JSON-LD would drop silently (a null, a relative IRI): safe mode. */
        DROPPED_VALUE,
        /** Invalid JSON-LD (a malformed context, a protected term redefined, …). */
        INVALID_JSON_LD,
        /** Canonicalization exceeded its work bound (a "poison" graph). */
        TOO_COMPLEX,
        /**
         * A signed statement is expressed somewhere other than the plain member a JSON reader reads
         * for it ({@code @nest}, an IRI or alias as key, a value object, a node described twice, …).
         */
        NON_PLAIN_FORM
    }

    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason why
     * @param message the detail
     */
    public DocumentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param reason why
     * @param message the detail
     * @param cause the underlying exception
     */
    public DocumentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * Why the document failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
