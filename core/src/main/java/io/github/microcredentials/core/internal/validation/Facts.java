package io.github.microcredentials.core.internal.validation;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Assessment;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.OpportunityKind;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.vocab.CredentialKind;
import java.time.Duration;
import java.util.Optional;

/** Questions several rules ask of the model. */
public final class Facts {

    private Facts() {
    }

    /**
     * Whether a credential is a micro-credential rather than a non-credit badge. A kind the library
     * does not know counts as a micro-credential, so that the stricter rules apply.
     *
     * @param credential the credential
     * @return {@code false} only for a known non-credit kind
     */
    public static boolean isMicroCredential(MicroCredential credential) {
        CredentialKind kind = credential.kind();
        return !kind.isKnown() || kind.isCreditBearing();
    }

    /**
     * Whether an opportunity leads to a micro-credential rather than being a standalone course.
     *
     * @param opportunity the opportunity
     * @return {@code true} for a micro-credential specification
     */
    public static boolean isMicroCredential(LearningOpportunity opportunity) {
        return opportunity.kind() == OpportunityKind.MICRO_CREDENTIAL;
    }

    /**
     * The ECTS credits of a workload.
     *
     * @param workload the workload, if any
     * @return the credits, if stated
     */
    public static Optional<EctsCredits> credits(Optional<Workload> workload) {
        return workload.isPresent() ? workload.get().credits() : Optional.empty();
    }

    /**
     * The hours of a workload.
     *
     * @param workload the workload, if any
     * @return the hours, if stated
     */
    public static Optional<Duration> hours(Optional<Workload> workload) {
        return workload.isPresent() ? workload.get().hours() : Optional.empty();
    }

    /**
     * Whether a credential states a grade, overall or for an assessment.
     *
     * @param credential the credential
     * @return {@code true} when some grade is present
     */
    public static boolean hasGrade(MicroCredential credential) {
        if (credential.grade().isPresent()) {
            return true;
        }
        for (Assessment assessment : credential.assessments()) {
            if (assessment.grade().isPresent()) {
                return true;
            }
        }
        return false;
    }
}
