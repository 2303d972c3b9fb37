package io.github.microcredentials.test.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Rule;
import io.github.microcredentials.core.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * For every rule id, {@code Violations.of(id)} makes exactly that rule fire: 100 tries per rule.
 * One try draws one violating document for every rule, so each rule gets exactly 100.
 */
class ViolationsPropertiesTest {

    private static final List<String> RULES = Rule.validationRules().stream().map(Rule::id).toList();
    private static final Validator ALL = Violations.validator();

    @Test
    void everyRuleOfTheRegistry_hasAViolation() {
        assertThat(Violations.ruleIds()).containsExactlyElementsOf(RULES);
    }

    @Property(tries = 100)
    void violatingEachRule_makesExactlyThatRuleFire(@ForAll("oneViolationPerRule") List<Document> documents) {
        for (int i = 0; i < RULES.size(); i++) {
            String id = RULES.get(i);
            Document document = documents.get(i);
            Report report = ALL.validateDocument(document);
            Set<String> expected = new TreeSet<>(Violations.entailed(id));
            expected.add(id);
            assertThat(fired(report)).as("rules fired by Violations.of(%s)%n%s", id, report).isEqualTo(expected);
            Report exact = Violations.validatorFor(id).validateDocument(document);
            assertThat(fired(exact)).as("with %s off: %s", Violations.entailed(id), exact).containsExactly(id);
        }
    }

    @Provide
    Arbitrary<List<Document>> oneViolationPerRule() {
        List<Arbitrary<Document>> each = new ArrayList<>();
        for (String id : RULES) {
            each.add(Violations.of(id));
        }
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Set<String> fired(Report report) {
        Set<String> ids = new TreeSet<>();
        for (Finding f : report.findings()) {
            ids.add(f.ruleId());
        }
        return ids;
    }

    @Property(tries = 200)
    void validCredentials_haveNoFinding(@ForAll("credentials") Document credential) {
        assertThat(ALL.validateDocument(credential).findings()).isEmpty();
    }

    @Provide
    Arbitrary<Document> credentials() {
        return MicroCredentials.valid().map(Document.class::cast);
    }

    @Property(tries = 50)
    void validOpportunitiesCoursesDesignsAndPathways_haveNoFinding(@ForAll("otherDocuments") List<Document> documents) {
        for (Document document : documents) {
            assertThat(ALL.validateDocument(document).findings()).as("%s", document).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Document>> otherDocuments() {
        return Combinators.combine(LearningOpportunities.valid(), LearningOpportunities.standaloneCourses(),
                CourseDesigns.valid(), Pathways.learningPathways(), Pathways.microCredentialPathways())
                .as((o, c, d, l, p) -> List.of(o, c, d, l, p));
    }

    @Test
    void anUnknownRule_isRejectedWithTheRulesThatAreCovered() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Violations.of("NO-SUCH-RULE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CR-M1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MicroCredentials.violating("HE-FREE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Violations.of");
        assertThat(new LinkedHashSet<>(Violations.ruleIds())).hasSize(RULES.size());
    }
}
