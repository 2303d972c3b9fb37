package io.github.microcredentials.core.report;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the documentation page of a rule is: one Markdown page per rule id under {@code docs/rules/}
 * of the project's repository, with the rule's source, its severity in every shipped profile and a
 * passing and a failing example. SARIF output links every rule to its page, and so do the failure
 * messages of the test-support assertions.
 */
public final class RuleDocumentation {

    /** The folder of the pages, as published in the project's repository. */
    public static final URI BASE =
            URI.create("https://github.com/microcredentials/microcredentials-java/blob/main/docs/rules/");

    /** Rule ids are upper-case words joined by hyphens; nothing else may become part of a path. */
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private RuleDocumentation() {
    }

    /**
     * The file name of a rule's page inside {@code docs/rules/}.
     *
     * @param ruleId a rule id such as {@code "ECTS-MIN"}
     * @return the file name, for example {@code "ECTS-MIN.md"}
     * @throws IllegalArgumentException if the id is not of the form of rule ids
     */
    public static String fileName(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("not a rule id: \"" + ruleId + "\"");
        }
        return ruleId + ".md";
    }

    /**
     * The address of a rule's page.
     *
     * @param ruleId a rule id such as {@code "ECTS-MIN"}
     * @return the page, under {@link #BASE}
     * @throws IllegalArgumentException if the id is not of the form of rule ids
     */
    public static URI uri(String ruleId) {
        return BASE.resolve(fileName(ruleId));
    }
}
