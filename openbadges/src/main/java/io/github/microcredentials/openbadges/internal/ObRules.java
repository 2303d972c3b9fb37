package io.github.microcredentials.openbadges.internal;

import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.RuleDefinition;
import io.github.microcredentials.core.validation.RuleProvider;
import io.github.microcredentials.core.validation.Severity;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the Open Badges 3.0 reader's findings, contributed to the core registry so that a
 * policy can set them. Found by {@link java.util.ServiceLoader}.
 */
public final class ObRules implements RuleProvider {

    /** The source every finding cites. */
    static final String SOURCE = "Open Badges 3.0 reader";

    private static final List<RuleDefinition> RULES = List.of(
            rule(Rules.UNMAPPED, "Every member of the credential is carried into the model", Severity.WARNING),
            rule(Rules.INVALID_VALUE, "Every value is one the model accepts", Severity.WARNING),
            rule(Rules.CREDIT_UNIT, "Credits state their unit", Severity.WARNING),
            rule(Rules.LEGACY_VC11, "The credential follows the VC Data Model 2.0", Severity.WARNING),
            rule(Rules.HASHED_IDENTITY, "An identity is given in the clear", Severity.INFO),
            rule(Rules.UNKNOWN_CONTEXT, "Every context is one the library bundles", Severity.INFO),
            rule(Rules.PROOF, "A proof is verified separately: reading neither checks nor carries it", Severity.INFO),
            rule(Rules.ACHIEVEMENT_MISSING, "A credential subject holds the achievement Open Badges 3.0 requires",
                    Severity.WARNING),
            rule(Rules.ENDORSEMENT_UNSIGNED, "An endorsement has a proof", Severity.WARNING),
            rule(Rules.ENDORSEMENT_INVALID, "An embedded endorsement is a valid EndorsementCredential", Severity.WARNING),
            rule(Rules.ENDORSEMENT_SUBJECT, "An embedded endorsement is about what it is embedded in", Severity.WARNING),
            rule(Rules.PRESERVED, "What the model does not carry is preserved and written back", Severity.INFO));

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ObRules() {
    }

    private static RuleDefinition rule(String id, String title, Severity severity) {
        return new RuleDefinition(new Rule(id, title, SOURCE), severity);
    }

    /** The severity of a rule's findings when no policy sets it. */
    static Severity defaultSeverity(String rule) {
        for (RuleDefinition definition : RULES) {
            if (definition.rule().id().equals(rule)) {
                return definition.defaultSeverity();
            }
        }
        throw new IllegalArgumentException("not an Open Badges reader rule: " + rule);
    }

    @Override
    public List<RuleDefinition> rules() {
        return RULES;
    }

    @Override
    public @Nullable InputStream openMessages(String fileName) {
        return ObRules.class.getResourceAsStream(fileName);
    }
}
