package io.github.microcredentials.signing.internal.di;

import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.internal.rdf.DocumentException;

/** Maps JSON-LD processing failures to report codes. */
public final class DataIntegrityFailures {

    private DataIntegrityFailures() {
    }

    /**
     * The report code of a document failure.
     *
     * @param e the failure
     * @return the code
     */
    public static FailureCode code(DocumentException e) {
        switch (e.reason()) {
            case UNKNOWN_CONTEXT:
                return FailureCode.UNKNOWN_CONTEXT;
            case UNDEFINED_TERM:
                return FailureCode.UNDEFINED_TERM;
            case DROPPED_VALUE:
                return FailureCode.DROPPED_VALUE;
            case NON_PLAIN_FORM:
                return FailureCode.NON_PLAIN_FORM;
            case TOO_COMPLEX:
                return FailureCode.LIMIT_EXCEEDED;
            default:
                return FailureCode.INVALID_JSON_LD;
        }
    }
}
