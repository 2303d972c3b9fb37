package io.github.microcredentials.test.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;

/**
 * Shrinking keeps the property: every candidate jqwik offers while shrinking a valid credential is
 * still valid, and every candidate of a violating one still violates its rule; a failing case
 * shrinks to a small credential.
 */
class ShrinkingTest {

    private static final Validator VALIDATOR = Violations.validator();

    @Example
    void everyShrinkCandidate_ofAValidCredential_isValid_andAFailingCaseEndsSmall() {
        List<MicroCredential> visited = new ArrayList<>();
        // A "property" that fails for every credential with at least one outcome: the smallest case is wanted.
        MicroCredential smallest = Smallest.shrink(MicroCredentials.valid(), 4711L,
                mc -> !mc.learningOutcomes().isEmpty(), visited::add);

        assertThat(visited).isNotEmpty();
        for (MicroCredential candidate : visited) {
            assertThat(VALIDATOR.validate(candidate).findings()).as("a shrink candidate").isEmpty();
        }
        assertThat(smallest.learningOutcomes()).hasSize(1);
        assertThat(smallest.assessments()).hasSize(1);
        assertThat(smallest.skills()).hasSize(1);
        assertThat(smallest.qualityAssurance()).hasSize(1);
        assertThat(smallest.languages()).hasSize(1);
    }

    @Example
    void everyShrinkCandidate_ofAViolation_stillViolatesItsRule() {
        for (String id : List.of("CR-M9", "ECTS-HALF", "HE-LO-VERB", "DP-LEARNER", "HE-FREE")) {
            List<Document> visited = new ArrayList<>();
            Smallest.shrink(Violations.of(id), 99L, document -> true, visited::add);
            for (Document candidate : visited) {
                assertThat(VALIDATOR.validateDocument(candidate).findings(id)).as("a shrink candidate of %s", id)
                        .isNotEmpty();
            }
        }
    }
}
