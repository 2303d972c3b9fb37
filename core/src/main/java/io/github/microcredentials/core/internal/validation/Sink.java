package io.github.microcredentials.core.internal.validation;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a rule reports what it finds: a pointer, the offending value and message arguments. The
 * validator behind it adds the rule id, the severity, the message and the source, and renders
 * messages only for findings it records. One instance per validation; not thread-safe.
 *
 * <p>Rules see only this, so the rules and their helpers depend on nothing of the public
 * validation API that is built on them.
 */
public abstract class Sink {

    private final Context context;

    /**
     * Creates a sink.
     *
     * @param context the settings of the validation
     */
    protected Sink(Context context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The institution whose limits apply, if the profile names one.
     *
     * @return the institution's limits
     */
    public final Optional<InstitutionLimits> institution() {
        return context.institution();
    }

    /**
     * The settings of the validation: institution, hours per credit, outcome verbs.
     *
     * @return the context
     */
    public final Context context() {
        return context;
    }

    /**
     * Reports a finding with the rule's main message.
     *
     * @param pointer a JSON Pointer relative to the document the rule checks
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     */
    public final void report(String pointer, @Nullable Object value, Object... args) {
        add(null, false, pointer, value, args);
    }

    /**
     * Reports a finding with one of the rule's variant messages, key {@code RULE-ID.variant}.
     *
     * @param variant the message variant
     * @param pointer a JSON Pointer relative to the document the rule checks
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     */
    public final void reportVariant(String variant, String pointer, @Nullable Object value, Object... args) {
        add(variant, false, pointer, value, args);
    }

    /**
     * Reports an advisory finding (something recommended, not required) with a variant message:
     * always information, whatever severity the policy gives the rule (switching the rule off
     * still silences it).
     *
     * @param variant the message variant
     * @param pointer a JSON Pointer relative to the document the rule checks
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     */
    public final void advise(String variant, String pointer, @Nullable Object value, Object... args) {
        add(variant, true, pointer, value, args);
    }

    /**
     * Records a finding of the rule that runs.
     *
     * @param variant the message variant, or {@code null} for the main message
     * @param advisory whether the finding is information whatever the rule's severity
     * @param pointer a JSON Pointer relative to the document the rule checks
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     * @throws IllegalStateException if no rule runs
     */
    protected abstract void add(@Nullable String variant, boolean advisory, String pointer, @Nullable Object value,
            Object[] args);
}
