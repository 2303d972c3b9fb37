package io.github.microcredentials.core.internal.json;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one read: whether unknown properties are errors or findings, and the findings so
 * far. Not thread-safe; one per read.
 */
public final class ReadContext {

    /** The rule id of findings for properties the format does not define. */
    public static final String UNKNOWN_PROPERTY_RULE = "JSON-UNKNOWN-PROPERTY";

    private final boolean rejectUnknown;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Starts a read.
     *
     * @param rejectUnknown whether an unknown property makes the read fail (else it is a finding)
     */
    public ReadContext(boolean rejectUnknown) {
        this.rejectUnknown = rejectUnknown;
    }

    /**
     * Handles a property the format does not define.
     *
     * @param pointer the property's JSON Pointer
     * @throws CredentialParseException when unknown properties are rejected
     */
    public void unknownProperty(String pointer) throws CredentialParseException {
        if (rejectUnknown) {
            throw new CredentialParseException(Problem.UNKNOWN_PROPERTY, pointer, "unknown property");
        }
        findings.add(new Finding(UNKNOWN_PROPERTY_RULE, Severity.WARNING, pointer,
                "unknown property, not read", Optional.empty(), Optional.of("microcredentials native JSON format")));
    }

    /**
     * The findings of the read.
     *
     * @return a copy of the findings
     */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
