package io.github.microcredentials.core.validation.jakarta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model validated by Hibernate Validator, the Jakarta Validation reference implementation. */
class ConformsTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    /** A user's bean that holds a credential and cascades into it. */
    record Enrolment(@Valid MicroCredential credential) {
    }

    /** A user's bean that asks for more profiles and an institution. */
    record HeroesEnrolment(@Conforms(profiles = {"default", "heroes"}, institution = "UCN") MicroCredential credential) {
    }

    /** A user's bean that wants warnings too. */
    record Strict(@Conforms(profiles = "all", minimumSeverity = Severity.WARNING) MicroCredential credential) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void completeCredential_hasNoViolations() {
        assertThat(validator.validate(Samples.microCredential())).isEmpty();
        assertThat(validator.validate(Samples.courseDesign())).isEmpty();
        assertThat(validator.validate(Samples.microCredentialPathway())).isEmpty();
    }

    @Test
    void missingOutcomes_isOneViolationWithTheRuleIdAndAPath() {
        MicroCredential mc = Samples.microCredential().toBuilder().learningOutcomes(List.of()).build();

        Set<ConstraintViolation<MicroCredential>> violations = validator.validate(mc);

        assertThat(violations).hasSize(1);
        ConstraintViolation<MicroCredential> v = violations.iterator().next();
        assertThat(v.getMessageTemplate()).isEqualTo("CR-M6: No learning outcomes are stated.");
        assertThat(v.getMessage()).isEqualTo("CR-M6: No learning outcomes are stated.");
        assertThat(v.getPropertyPath()).hasToString("learningOutcomes");
        assertThat(v.getConstraintDescriptor().getAnnotation()).isInstanceOf(Conforms.class);
    }

    @Test
    void indexedPointers_becomeIndexedPaths() {
        MicroCredential mc = Samples.microCredential().toBuilder().assessments(List.of(
                Samples.microCredential().assessments().get(0).toBuilder().type(null).build())).build();

        assertThat(validator.validate(mc)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("assessments[0].type");
    }

    @Test
    void valid_cascadesIntoTheCredential() {
        MicroCredential mc = Samples.microCredential().toBuilder().title(null).build();

        Set<ConstraintViolation<Enrolment>> violations = validator.validate(new Enrolment(mc));

        assertThat(violations).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessageTemplate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credential.title",
                        "CR-M2: The micro-credential has no title."));
    }

    @Test
    void constraintOnAField_choosesProfilesAndInstitution() {
        MicroCredential oneCredit = Samples.microCredential().toBuilder()
                .workload(io.github.microcredentials.core.model.Workload.of(
                        io.github.microcredentials.core.ects.EctsCredits.of(1))).skills(List.of()).build();

        Set<ConstraintViolation<HeroesEnrolment>> violations = validator.validate(new HeroesEnrolment(oneCredit));

        assertThat(violations).extracting(v -> v.getMessageTemplate().substring(0, v.getMessageTemplate().indexOf(':')))
                .containsExactlyInAnyOrder("ECTS-INST", "HE-SKILLS");
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("credential.workload.credits", "credential.skills");
    }

    @Test
    void minimumSeverity_letsWarningsThrough() {
        MicroCredential mc = Samples.microCredential().toBuilder().placeOfIssue(null).build();

        assertThat(validator.validate(new Strict(mc))).extracting(ConstraintViolation::getMessageTemplate)
                .containsExactly("DP-VLE: The credential lacks a field that the learning environment exports: placeOfIssue.");
        assertThat(validator.validate(new Enrolment(mc))).isEmpty();
    }

    @Test
    void messages_areEscapedForInterpolation() {
        assertThat(ConformsValidator.escape("a {b} $c \\d")).isEqualTo("a \\{b\\} \\$c \\\\d");
        assertThat(ConformsValidator.tokens("/items/3.1/a~1b~0c")).containsExactly("items", "3.1", "a/b~c");
    }
}
