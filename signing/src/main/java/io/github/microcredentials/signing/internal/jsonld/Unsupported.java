package io.github.microcredentials.signing.internal.jsonld;

/**
 * The fast path does not cover a document, or the document is one the full path rejects or
 * converts with losses, or one whose JSON does not say plainly what its RDF says. The
 * {@link #kind()} tells the caller what to do. Carries no stack trace (it is control flow, and
 * cheap to throw).
 */
public final class Unsupported extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the caller does with the document. */
    public enum Kind {
        /**
         * The fast path does not convert a value of the document, but it checked the whole
         * document's form: run the full path, which produces the output or the error.
         */
        FALLBACK,
        /**
         * The fast path could not check part of the document (a scoped context it cannot apply):
         * run the full path for its error; should the full path convert the document, refuse it.
         */
        UNCERTIFIED,
        /**
         * A signed statement is not expressed as the plain member a JSON reader reads (an
         * {@code @nest} wrapper, an IRI or alias as key, a value object for a plain value, a node
         * described twice differently, …): refuse the document.
         */
        NON_PLAIN,
        /** A member JSON-LD drops without a word (a key of keyword form, a term mapped to null): refuse the document. */
        DROPPED
    }

    private final Kind kind;
    private final String pointer;

    /**
     * Creates the signal to run the full path.
     *
     * @param reason what the fast path met, for diagnostics
     */
    public Unsupported(String reason) {
        this(Kind.FALLBACK, reason);
    }

    /**
     * Creates the signal.
     *
     * @param kind what the caller does
     * @param reason what the fast path met, for diagnostics
     */
    public Unsupported(Kind kind, String reason) {
        this(kind, reason, "");
    }

    /**
     * Creates the signal with the JSON Pointer of the member concerned.
     *
     * @param kind what the caller does
     * @param reason what the fast path met
     * @param pointer the JSON Pointer, {@code ""} for the document
     */
    public Unsupported(Kind kind, String reason, String pointer) {
        super(reason, null, false, false);
        this.kind = kind;
        this.pointer = pointer;
    }

    /**
     * What the caller does with the document.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Where in the document, as a JSON Pointer.
     *
     * @return the pointer, {@code ""} for the document or when unknown
     */
    public String pointer() {
        return pointer;
    }

    /**
     * The same signal located at a member.
     *
     * @param at the JSON Pointer
     * @return a new signal, or this one if it is located already
     */
    Unsupported at(String at) {
        return pointer.isEmpty() ? new Unsupported(kind, getMessage(), at) : this;
    }
}
