package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.RuleDefinition;
import io.github.microcredentials.core.validation.RuleProvider;
import io.github.microcredentials.core.validation.Severity;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the EDC reader's and writer's findings, contributed to the core registry so that a policy can
 * set them. Found by {@link java.util.ServiceLoader}.
 */
public final class EdcRules implements RuleProvider {

    private static final List<RuleDefinition> RULES = List.of(
            rule(RuleIds.UNMAPPED, "Every member of the EDC is carried into the model", Severity.WARNING),
            rule(RuleIds.ID_REUSE, "A node identifier names nodes of one content only", Severity.WARNING),
            rule(RuleIds.CONCEPT_SCHEME, "A concept is in the scheme its property requires", Severity.WARNING),
            rule(RuleIds.NODE_TYPE, "A node has the class its property expects", Severity.WARNING),
            rule(RuleIds.CONTEXT, "The @context is the VC 1.1 and EDC contexts", Severity.WARNING),
            rule(RuleIds.APPROXIMATE, "A value is held exactly by the model", Severity.INFO),
            new RuleDefinition(new Rule(RuleIds.SHAPE, "A written EDC meets the EU's EDC SHACL shapes",
                    RuleIds.SHAPES_SOURCE), Severity.ERROR),
            rule(RuleIds.ACHIEVEMENT_TYPE, "ELM states the achievement type exactly", Severity.WARNING),
            rule(RuleIds.PRESERVED, "What the model has no element for is kept and written back", Severity.INFO));

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public EdcRules() {
    }

    private static RuleDefinition rule(String id, String title, Severity severity) {
        return new RuleDefinition(new Rule(id, title, RuleIds.SOURCE), severity);
    }

    @Override
    public List<RuleDefinition> rules() {
        return RULES;
    }

    @Override
    public @Nullable InputStream openMessages(String fileName) {
        return EdcRules.class.getResourceAsStream(fileName);
    }
}
