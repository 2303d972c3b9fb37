package io.github.microcredentials.core.model;

import io.github.microcredentials.core.validation.jakarta.Conforms;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A HEROES learning pathway (D6.1 §1.3.3): one or more standalone courses that prepare for the
 * assessment of one micro-credential. Learners may skip it and go straight to the assessment,
 * unless a fixed pathway is justified; then the courses' progression badges gate the assessment.
 *
 * @param id the pathway's identifier
 * @param title the pathway's name
 * @param courses the standalone courses, in order
 * @param microCredential the micro-credential whose assessment it prepares for, if stated
 * @param fixed whether the pathway is mandatory before the assessment
 * @param fixedJustification why a fixed pathway is needed, when it is fixed
 */
@Conforms
public record LearningPathway(
        URI id,
        LocalizedString title,
        List<LearningOpportunity> courses,
        Optional<URI> microCredential,
        boolean fixed,
        Optional<LocalizedString> fixedJustification) implements Document {

    /** Checks the components and copies the list. */
    public LearningPathway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        courses = List.copyOf(courses);
        Objects.requireNonNull(microCredential, "microCredential");
        Objects.requireNonNull(fixedJustification, "fixedJustification");
    }

    /**
     * An open pathway (learners may skip it) towards a micro-credential.
     *
     * @param id the identifier
     * @param title the name
     * @param courses the standalone courses
     * @param microCredential the micro-credential it prepares for
     * @return the pathway
     */
    public static LearningPathway open(URI id, LocalizedString title, List<LearningOpportunity> courses,
            URI microCredential) {
        return new LearningPathway(id, title, courses, Optional.of(microCredential), false, Optional.empty());
    }
}
