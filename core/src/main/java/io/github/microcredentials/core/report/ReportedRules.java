package io.github.microcredentials.core.report;

import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a CI report describes: those the validator ran, in rule order, then any other rule a
 * finding names (a reader's findings, for example), in the order they first occur.
 */
final class ReportedRules {

    /**
     * One rule as a report describes it.
     *
     * @param id the rule id
     * @param rule the registered rule, when the id is one
     * @param severity the severity the validator gives it, when it ran the rule
     */
    record Entry(String id, Optional<Rule> rule, Optional<Severity> severity) {

        String title() {
            return rule.map(Rule::title).orElse(id);
        }
    }

    private ReportedRules() {
    }

    static List<Entry> of(Map<Rule, Severity> active, List<ValidatedFile> files) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        active.forEach((rule, severity) -> entries.put(rule.id(), new Entry(rule.id(), Optional.of(rule),
                Optional.of(severity))));
        for (ValidatedFile file : files) {
            for (Finding finding : file.report().findings()) {
                entries.computeIfAbsent(finding.ruleId(),
                        id -> new Entry(id, Rule.byId(id), Optional.empty()));
            }
        }
        return List.copyOf(entries.values());
    }
}
