package io.github.microcredentials.core.model;

import io.github.microcredentials.core.ects.EctsCredits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning activity or assignment (HEROES D6.1 §5.1), linked to the learning outcomes it serves
 * (DigiProf §5.4).
 *
 * @param id an identifier unique within the credential or opportunity
 * @param title the activity's name
 * @param description what learners do, if stated
 * @param workload the learner workload it takes, if stated
 * @param credits its credits in the dual ECTS calculation, if stated
 * @param outcomes the identifiers of the learning outcomes it serves
 */
public record LearningActivity(
        String id,
        LocalizedString title,
        Optional<LocalizedString> description,
        Optional<Duration> workload,
        Optional<EctsCredits> credits,
        List<String> outcomes) {

    /**
     * Checks the components and copies the list.
     *
     * @throws IllegalArgumentException if an identifier is blank or the workload negative
     */
    public LearningActivity {
        Ids.check(id, "learning activity id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(credits, "credits");
        workload.ifPresent(w -> {
            if (w.isNegative()) {
                throw new IllegalArgumentException("workload must not be negative: " + w);
            }
        });
        outcomes = List.copyOf(outcomes);
        outcomes.forEach(o -> Ids.check(o, "outcome id"));
    }

    /**
     * An activity with a title and the outcomes it serves.
     *
     * @param id the identifier
     * @param title the name
     * @param outcomes the outcome identifiers
     * @return the activity
     */
    public static LearningActivity of(String id, LocalizedString title, List<String> outcomes) {
        return new LearningActivity(id, title, Optional.empty(), Optional.empty(), Optional.empty(), outcomes);
    }
}
