package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.InstitutionPolicy;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects the findings of one validation. The engine tells it which rule runs, with which
 * severity; rules report a pointer, the offending value and message arguments. Messages are only
 * rendered for findings that are recorded. One instance per validation; not thread-safe.
 */
public final class Sink {

    private final Report.Builder report;
    private final Messages messages;
    private final Context context;
    private String prefix = "";
    private Engine.@Nullable Active current;

    Sink(int maxFindings, Messages messages, Context context) {
        this.report = Report.builder(maxFindings);
        this.messages = messages;
        this.context = context;
    }

    void begin(Engine.Active active) {
        current = active;
    }

    /** Moves the pointer prefix down into a nested document; returns the prefix to restore. */
    String enter(String segment) {
        String saved = prefix;
        prefix = saved + segment;
        return saved;
    }

    void leave(String saved) {
        prefix = saved;
    }

    /**
     * The institution whose limits apply, if the profile names one.
     *
     * @return the institution policy
     */
    public Optional<InstitutionPolicy> institution() {
        return context.institution();
    }

    /**
     * The settings of the validation: institution, hours per credit, outcome verbs.
     *
     * @return the context
     */
    public Context context() {
        return context;
    }

    /**
     * Reports a finding with the rule's main message.
     *
     * @param pointer a JSON Pointer relative to the document the rule checks
     * @param value the offending value, or {@code null}
     * @param args the message arguments
     */
    public void report(String pointer, @Nullable Object value, Object... args) {
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
    public void reportVariant(String variant, String pointer, @Nullable Object value, Object... args) {
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
    public void advise(String variant, String pointer, @Nullable Object value, Object... args) {
        add(variant, true, pointer, value, args);
    }

    private void add(@Nullable String variant, boolean advisory, String pointer, @Nullable Object value,
            Object... args) {
        Engine.Active rule = current;
        if (rule == null) {
            throw new IllegalStateException("a finding outside a rule");
        }
        String id = rule.check().rule().id();
        Severity severity = advisory ? Severity.INFO : rule.severity();
        String where = prefix + pointer;
        if (report.isFull()) {
            // Only marks the report as truncated; the message is not worth rendering.
            report.add(new Finding(id, severity, where, "", Optional.empty(), Optional.empty()));
            return;
        }
        String message = messages.format(variant == null ? id : id + "." + variant, args);
        report.add(new Finding(id, severity, where, message,
                value == null ? Optional.empty() : Optional.of(String.valueOf(value)), rule.source()));
    }

    Report build() {
        return report.build();
    }
}
