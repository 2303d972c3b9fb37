package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Makes the findings of a reader: what it read but the model cannot carry, as findings of reader
 * rules (the core's {@code JSON-UNKNOWN-PROPERTY}, and those a {@link RuleProvider} contributes,
 * such as {@code EDC-UNMAPPED} or {@code OB3-UNMAPPED}). Their severity comes from a
 * {@link Policy}, as for the validation rules, and their words from the message bundles in the
 * reader's locale.
 *
 * <p>Readers of this library take one through their {@code withPolicy} and {@code withLocale}
 * methods; a reader of another format builds its own. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReaderFindings findings = ReaderFindings.of(Policy.builder().severity("EDC-UNMAPPED", Severity.ERROR).build(),
 *         Locale.GERMAN);
 * }</pre>
 */
public final class ReaderFindings {

    private static final ReaderFindings DEFAULTS = new ReaderFindings(Policy.defaults(), Locale.ENGLISH);

    private final Policy policy;
    private final Messages messages;

    private ReaderFindings(Policy policy, Locale locale) {
        this.policy = policy;
        this.messages = RuleRegistry.allMessages(locale);
    }

    /**
     * Findings with default severities, in English.
     *
     * @return the shared instance
     */
    public static ReaderFindings defaults() {
        return DEFAULTS;
    }

    /**
     * Findings under a policy, in a language.
     *
     * @param policy the severities the caller sets
     * @param locale the language of messages; English where no bundle for it is shipped
     * @return the findings maker
     */
    public static ReaderFindings of(Policy policy, Locale locale) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(locale, "locale");
        return policy.equals(Policy.defaults()) && locale.equals(Locale.ENGLISH) ? DEFAULTS
                : new ReaderFindings(policy, locale);
    }

    /**
     * The caller's policy.
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }

    /**
     * The language of messages.
     *
     * @return the requested locale
     */
    public Locale locale() {
        return messages.locale();
    }

    /**
     * This maker with another policy.
     *
     * @param value the policy
     * @return a maker that differs only in its policy
     */
    public ReaderFindings withPolicy(Policy value) {
        return of(value, locale());
    }

    /**
     * This maker in another language.
     *
     * @param value the locale
     * @return a maker that differs only in its locale
     */
    public ReaderFindings withLocale(Locale value) {
        return of(policy, value);
    }

    /**
     * The rules whose findings this makes, with their default severities.
     *
     * @return the core reader rule and every contributed one
     */
    public static List<RuleDefinition> rules() {
        return RuleRegistry.readerRules();
    }

    /**
     * A finding with the rule's main message and default severity.
     *
     * @param ruleId a reader rule id
     * @param pointer the JSON Pointer of the input member
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     * @return the finding, or empty when the policy switches the rule off
     * @throws IllegalArgumentException if no reader rule has that id
     */
    public Optional<Finding> create(String ruleId, String pointer, @Nullable String value, Object... args) {
        return create(ruleId, null, definition(ruleId).defaultSeverity(), pointer, value, args);
    }

    /**
     * A finding with one of the rule's messages.
     *
     * @param ruleId a reader rule id
     * @param variant the message variant (key {@code RULE-ID.variant}), or {@code null} for the main message
     * @param severity the severity when the policy does not set the rule's: its default, or lower for
     *     a finding of less weight
     * @param pointer the JSON Pointer of the input member
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     * @return the finding, or empty when the policy switches the rule off
     * @throws IllegalArgumentException if no reader rule has that id
     */
    public Optional<Finding> create(String ruleId, @Nullable String variant, Severity severity, String pointer,
            @Nullable String value, Object... args) {
        RuleDefinition rule = definition(ruleId);
        Optional<Severity> applied = policy.apply(ruleId, Objects.requireNonNull(severity, "severity"));
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        // A message missing from the bundles shows its key and arguments (the bundle tests of each
        // module catch it); reading never fails over a word.
        String key = variant == null ? ruleId : ruleId + "." + variant;
        return Optional.of(new Finding(ruleId, applied.get(), pointer, messages.format(key, args),
                Optional.ofNullable(value), Optional.of(rule.rule().source())));
    }

    private static RuleDefinition definition(String ruleId) {
        return RuleRegistry.readerRule(Objects.requireNonNull(ruleId, "ruleId")).orElseThrow(
                () -> new IllegalArgumentException("no reader rule has the id \"" + ruleId + "\""));
    }

    @Override
    public String toString() {
        return "ReaderFindings[" + policy + ", " + locale() + "]";
    }
}
