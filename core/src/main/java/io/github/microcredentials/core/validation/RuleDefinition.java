package io.github.microcredentials.core.validation;

import java.util.Objects;

/**
 * A rule a {@link RuleProvider} contributes: what a reader reports when the input holds something
 * the model cannot carry, with the severity its findings have unless a {@link Policy} says
 * otherwise.
 *
 * @param rule the rule's id, title and source
 * @param defaultSeverity the severity of its findings under {@link Policy#defaults()}; a reader may
 *     report findings of less weight below it (information for data it can derive again), never above
 */
public record RuleDefinition(Rule rule, Severity defaultSeverity) {

    /** Checks the components. */
    public RuleDefinition {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }
}
