package io.github.microcredentials.test;

import io.github.microcredentials.core.report.RuleDocumentation;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Rule;
import java.util.List;

/** Findings as failure messages print them: one per line, the way AssertJ prints a collection. */
final class FindingList {

    private FindingList() {
    }

    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "  []";
        }
        StringBuilder text = new StringBuilder("  [");
        for (int i = 0; i < findings.size(); i++) {
            if (i > 0) {
                text.append(",\n   ");
            }
            text.append(line(findings.get(i)));
        }
        return text.append(']').toString();
    }

    /** Severity, rule id, location, message, value, and the rule's page where the id is a rule. */
    static String line(Finding finding) {
        String line = finding.toString();
        if (Rule.byId(finding.ruleId()).isPresent()) {
            line += "\n     see " + RuleDocumentation.uri(finding.ruleId());
        }
        return line;
    }
}
