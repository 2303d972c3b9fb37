package io.github.microcredentials.seals.internal.seal;

/**
 * A failure that ends the verification of a signature (JAdES or XAdES): its integrity cannot be
 * established, so no later check runs. Thrown inside the verification only, never to a caller of
 * the public API; it carries no stack trace (it is control flow, not a defect).
 */
public final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Rule rule;
    private final String location;

    /**
     * A rejection.
     *
     * @param rule the rule broken
     * @param location where
     * @param message why
     */
    public Rejected(Rule rule, String location, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.location = location;
    }

    /**
     * The rule broken.
     *
     * @return the rule
     */
    public Rule rule() {
        return rule;
    }

    /**
     * Where.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    /**
     * The rejection as a finding.
     *
     * @return the finding
     */
    public Finding finding() {
        return new Finding(rule, location, getMessage());
    }
}
