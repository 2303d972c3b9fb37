package io.github.microcredentials.edc.internal.write;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.edc.EdcFindings;
import java.util.List;
import java.util.Optional;

/** What ELM states only approximately of a credential: its kind, where ELM has no equal. */
public final class Approximations {

    private Approximations() {
    }

    /**
     * The findings for what is approximate.
     *
     * @param mc the credential
     * @return an {@link EdcFindings#ACHIEVEMENT_TYPE} warning naming the kind, or nothing
     */
    public static List<Finding> of(MicroCredential mc) {
        CredentialKind kind = mc.kind();
        if (isExact(kind)) {
            return List.of();
        }
        String value = kind.openBadgesTerm().orElse(kind.code());
        String broader = kind.learningOpportunityType().isPresent()
                ? "a Generic credential awarded for an educational programme" : "a Generic credential";
        return List.of(new Finding(EdcFindings.ACHIEVEMENT_TYPE, Severity.WARNING, "/kind",
                "ELM has no equal of the achievement type " + value + " (" + kind.label() + "): the EDC states " + broader
                        + ", and a note of this library names the type (EDC viewers show it as text)",
                Optional.of(value), Optional.of(EdcFindings.SOURCE)));
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
