package io.github.microcredentials.test.arbitraries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;

/** The documentation page of one rule, generated from the registry, the profiles and the arbitraries. */
final class RulePage {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURES = "../../test-support/src/main/resources/io/github/microcredentials/test/fixtures/";
    private static final int MAX_LINES = 30;

    private RulePage() {
    }

    static String of(Rule rule, long seed) {
        String id = rule.id();
        StringBuilder page = new StringBuilder("# ").append(id).append(": ").append(rule.title()).append("\n\n")
                .append(GeneratedFilesTest.GENERATED)
                .append("**Source:** ").append(rule.source()).append("\n\n")
                .append("## Severity per profile\n\n| profile | severity |\n|---|---|\n");
        for (String profile : Profiles.names()) {
            page.append("| `").append(profile).append("` | ")
                    .append(Profiles.byName(profile).severity(id).map(RulePage::word).orElse("not checked")).append(" |\n");
        }
        if (id.equals("ECTS-INST")) {
            page.append("| an institution (`Profiles.institution(…)`, `--institution`) | error |\n");
        }
        page.append("\nA `Policy` can raise, lower or switch off the rule (`Policy.builder().severity(\"").append(id)
                .append("\", Severity.WARNING)`, or `--severity ").append(id).append("=warning` on the command line).\n");
        if (!Violations.ruleIds().contains(id)) {
            return page.append("\nNo example is generated for this rule yet.\n").toString();
        }
        Document failing = Smallest.cached(Violations.of(id), id, seed);
        Report report = Violations.validator().validateDocument(failing);
        List<Finding> findings = report.findings(id);
        page.append("\n## Failing example\n\nThe smallest ").append(kind(failing)).append(" of `Violations.of(\"").append(id)
                .append("\")` ([fixture](").append(FIXTURES).append("violating/").append(id).append(".json)). Findings of ")
                .append(id).append(":\n\n");
        for (Finding f : findings) {
            page.append("- ").append(word(f.severity())).append(" at `").append(f.pointer().isEmpty() ? "/" : f.pointer())
                    .append("`: ").append(f.message()).append('\n');
        }
        Set<String> entailed = Violations.entailed(id);
        if (!entailed.isEmpty()) {
            page.append("\nBy their definitions, breaking ").append(id).append(" also breaks ")
                    .append(String.join(", ", entailed.stream().sorted().toList())).append(".\n");
        }
        String pointer = findings.get(0).pointer();
        page.append("\nAt `").append(pointer.isEmpty() ? "/" : pointer).append("` (or its nearest existing parent):\n\n")
                .append(excerpt(failing, pointer));
        Document passing = Smallest.cached(valid(failing), "valid " + kind(failing), seed);
        page.append("\n## Passing example\n\nThe same place in the smallest valid ").append(kind(passing))
                .append(" of the arbitraries, on which ").append(id).append(" does not fire:\n\n")
                .append(excerpt(passing, pointer));
        return page.toString();
    }

    private static String word(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String kind(Document document) {
        if (document instanceof MicroCredential mc) {
            return mc.kind().code().equals("micro-credential") ? "micro-credential" : "credential (" + mc.kind().code() + ")";
        }
        if (document instanceof LearningOpportunity) {
            return "learning opportunity";
        }
        if (document instanceof CourseDesign) {
            return "course design";
        }
        return document instanceof LearningPathway ? "learning pathway" : "micro-credential pathway";
    }

    private static Arbitrary<Document> valid(Document failing) {
        if (failing instanceof MicroCredential) {
            return MicroCredentials.valid().map(Document.class::cast);
        }
        if (failing instanceof LearningOpportunity) {
            return LearningOpportunities.valid().map(Document.class::cast);
        }
        if (failing instanceof CourseDesign) {
            return CourseDesigns.valid().map(Document.class::cast);
        }
        return failing instanceof LearningPathway ? Pathways.learningPathways().map(Document.class::cast)
                : Pathways.microCredentialPathways().map(Document.class::cast);
    }

    /** The native JSON at a pointer, or at its nearest existing parent, cut at {@value #MAX_LINES} lines. */
    private static String excerpt(Document document, String pointer) {
        try {
            JsonNode root = JSON.readTree(NativeJson.create().writeBytes(document));
            String at = pointer;
            JsonNode node = root.at(at);
            while (node.isMissingNode() && !at.isEmpty()) {
                at = at.substring(0, at.lastIndexOf('/'));
                node = root.at(at);
            }
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
            List<String> lines = text.lines().toList();
            if (lines.size() > MAX_LINES) {
                text = String.join("\n", lines.subList(0, MAX_LINES)) + "\n…";
            }
            return "`" + (at.isEmpty() ? "/" : at) + "`:\n\n```json\n" + text + "\n```\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
