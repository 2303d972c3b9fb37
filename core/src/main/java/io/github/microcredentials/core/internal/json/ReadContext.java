package io.github.microcredentials.core.internal.json;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read: whether unknown properties are errors or findings, and the pointers of
 * those found so far (the public API turns them into findings of the rule
 * {@value #UNKNOWN_PROPERTY_RULE}). Not thread-safe; one per read.
 */
public final class ReadContext {

    /** The rule id of findings for properties the format does not define. */
    public static final String UNKNOWN_PROPERTY_RULE = "JSON-UNKNOWN-PROPERTY";

    private final boolean rejectUnknown;
    private final List<String> unknown = new ArrayList<>();

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
        unknown.add(pointer);
    }

    /**
     * The properties the format does not define, in the order they were met.
     *
     * @return a copy of their JSON Pointers
     */
    public List<String> unknownProperties() {
        return List.copyOf(unknown);
    }
}
