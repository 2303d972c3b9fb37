package io.github.microcredentials.core.model;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.validation.jakarta.Conforms;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A micro-credential pathway (HEROES D6.1, Figure 3): several micro-credentials stacked towards a
 * larger credential or qualification. Validation checks the total credits, the consistency of the
 * levels and that each micro-credential has a single issuer.
 *
 * @param id the pathway's identifier
 * @param title the pathway's name
 * @param microCredentials the stacked micro-credential specifications, in order
 * @param target the credential or qualification it leads to, if stated
 * @param targetCredits the credits the pathway should add up to, if stated
 * @param targetLevel the level of the target, if stated
 */
@Conforms
public record MicroCredentialPathway(
        URI id,
        LocalizedString title,
        List<LearningOpportunity> microCredentials,
        Optional<LocalizedString> target,
        Optional<EctsCredits> targetCredits,
        Optional<Level> targetLevel) implements Document {

    /** Checks the components and copies the list. */
    public MicroCredentialPathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        microCredentials = List.copyOf(microCredentials);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(targetCredits, "targetCredits");
        Objects.requireNonNull(targetLevel, "targetLevel");
    }

    /**
     * The sum of the stacked micro-credentials' credits, counting those that state credits.
     *
     * @return the total credits
     */
    public EctsCredits totalCredits() {
        return EctsCredits.sum(microCredentials.stream()
                .flatMap(mc -> mc.workload().flatMap(Workload::credits).stream()).toList());
    }
}
