package io.github.microcredentials.signing;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.validation.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A signer refused a credential that breaks MUSTs of the W3C VC Data Model: no or an empty
 * {@code credentialSubject}, the base context not first, no {@code VerifiableCredential} type, a
 * malformed {@code validFrom}, a {@code credentialStatus} without {@code type}, a
 * {@code relatedResource} without a usable digest, and so on. Each violation is a {@link Finding} of a
 * {@code VCDM-*} rule (listed by {@link io.github.microcredentials.core.validation.Rule#all()})
 * with the JSON Pointer of the member and the problem in words; the message lists them all.
 *
 * <p>A parse exception of the input, so that callers that handle malformed input handle it too:
 * {@link #problem()} is {@link Problem#INVALID_VALUE} and {@link #location()} the first violation's
 * pointer.
 */
public final class DataModelException extends CredentialParseException {

    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized exception keeps its message, which lists the violations. */
    private final transient List<Finding> violations;

    /**
     * Creates the exception.
     *
     * @param violations the violations, at least one
     * @throws IllegalArgumentException if there is none
     */
    public DataModelException(List<Finding> violations) {
        super(Problem.INVALID_VALUE, first(violations).pointer(), describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * The violations, in the order the rules are checked.
     *
     * @return the findings: rule id, pointer, message, offending value; empty after deserialization
     */
    public List<Finding> violations() {
        return violations == null ? List.of() : violations;
    }

    /**
     * The ids of the violated rules, each once.
     *
     * @return for example {@code [VCDM-SUBJECT, VCDM-TYPE]}
     */
    public List<String> ruleIds() {
        return violations().stream().map(Finding::ruleId).distinct().toList();
    }

    private static Finding first(List<Finding> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a data model exception needs a violation");
        }
        return violations.get(0);
    }

    private static String describe(List<Finding> violations) {
        return "the credential breaks the W3C VC Data Model (" + violations.size()
                + (violations.size() == 1 ? " violation): " : " violations): ")
                + violations.stream().map(f -> f.ruleId() + " at " + (f.pointer().isEmpty() ? "/" : f.pointer()) + ": "
                        + f.message() + f.value().map(v -> " [" + v + "]").orElse(""))
                        .collect(Collectors.joining("; "));
    }
}
