package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.internal.rdf.DocumentException;

/** JSON-LD failures met while signing, as parse exceptions of the input. */
final class DocumentProblems {

    private DocumentProblems() {
    }

    static CredentialParseException toParseException(DocumentException e) {
        Problem problem;
        switch (e.reason()) {
            case UNKNOWN_CONTEXT:
                problem = Problem.UNSUPPORTED;
                break;
            case UNDEFINED_TERM:
                problem = Problem.UNKNOWN_PROPERTY;
                break;
            case TOO_COMPLEX:
                problem = Problem.TOO_LARGE;
                break;
            default:
                problem = Problem.INVALID_VALUE;
        }
        return new CredentialParseException(problem, "", "cannot sign safely: " + e.getMessage(), e);
    }
}
