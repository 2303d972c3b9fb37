package io.github.microcredentials.edc.internal.write;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.edc.internal.elm.RuleIds;
import java.util.List;

/** What ELM states only approximately of a credential: its kind, where ELM has no equal. */
public final class Approximations {

    private Approximations() {
    }

    /**
     * The findings for what is approximate.
     *
     * @param mc the credential
     * @return an {@code EDC-ACHIEVEMENT-TYPE} warning naming the kind, or nothing
     */
    public static List<Finding> of(MicroCredential mc) {
        CredentialKind kind = mc.kind();
        if (isExact(kind)) {
            return List.of();
        }
        String value = kind.openBadgesTerm().orElse(kind.code());
        String variant = kind.learningOpportunityType().isPresent() ? "programme" : null;
        return ReaderFindings.defaults().create(RuleIds.ACHIEVEMENT_TYPE, variant, Severity.WARNING, "/kind", value,
                value, kind.label()).stream().toList();
    }

    /**
     * Whether ELM states a kind exactly: the generic achievement (a Generic credential with a
     * learning achievement) or a kind with an EU learning-opportunity type of its own.
     *
     * @param kind the kind
     * @return {@code true} when no finding is due
     */
    public static boolean isExact(CredentialKind kind) {
        return kind.code().equals("achievement") || kind.isLearningOpportunityTypeExact();
    }
}
