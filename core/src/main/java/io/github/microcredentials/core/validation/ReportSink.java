package io.github.microcredentials.core.validation;

import io.github.microcredentials.core.internal.validation.Context;
import io.github.microcredentials.core.internal.validation.Messages;
import io.github.microcredentials.core.internal.validation.Sink;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sink of one validation: the engine tells it which rule runs, with which severity, and where
 * in a nested document; it turns what the rules report into {@link Finding}s. Messages are only
 * rendered for findings that are recorded. Not thread-safe.
 */
final class ReportSink extends Sink {

    private final Report.Builder report;
    private final Messages messages;
    private String prefix = "";
    private Engine.@Nullable Active current;

    ReportSink(int maxFindings, Messages messages, Context context) {
        super(context);
        this.report = Report.builder(maxFindings);
        this.messages = messages;
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

    @Override
    protected void add(@Nullable String variant, boolean advisory, String pointer, @Nullable Object value,
            Object[] args) {
        Engine.Active rule = current;
        if (rule == null) {
            throw new IllegalStateException("a finding outside a rule");
        }
        String id = rule.check().id();
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
