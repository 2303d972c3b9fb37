package io.github.microcredentials.core.validation;

/**
 * How serious a finding is. The severity of a rule's findings comes from the validation policy,
 * not from the rule, so that an institution can raise, lower or switch off a rule.
 */
public enum Severity {
    /** A violation: the validated object does not conform. */
    ERROR,
    /** A problem worth fixing that does not make the object non-conforming. */
    WARNING,
    /** Information, for example an optional element that is absent. */
    INFO
}
