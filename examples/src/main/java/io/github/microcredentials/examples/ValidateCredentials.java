package io.github.microcredentials.examples;

import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.ects.HoursPerCredit;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.InstitutionPolicy;
import io.github.microcredentials.core.validation.Policy;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validating micro-credentials: profiles, reports, severity policies, institutions, Bean Validation. */
public final class ValidateCredentials {

    private ValidateCredentials() {
    }

    /**
     * Validates a credential against the Council Recommendation, ECTS and UCN's limits.
     *
     * @param credential the credential
     * @return one line per finding, then whether it conforms
     */
    public static List<String> validate(MicroCredential credential) {
        List<String> lines = new ArrayList<>();
        // tag::validate[]
        Validator validator = Validator.builder()             // build once and share: immutable, thread-safe
                .profile(Profiles.council2022())
                .profile(Profiles.ects())
                .profile(Profiles.institution("UCN"))         // HEROES D6.1 Table 1: 1.5 to 5 ECTS
                .build();
        Report report = validator.validate(credential);       // every finding, in one pass
        for (Finding f : report.findings()) {
            lines.add(f.severity() + " " + f.ruleId() + " at " + f.pointer() + ": " + f.message());
        }
        boolean conforms = report.conforms();                 // true when no finding is an error
        // end::validate[]
        lines.add("conforms: " + conforms);
        return lines;
    }

    /**
     * A validator with a caller's own severities, in German.
     *
     * @return the validator
     */
    public static Validator withPolicy() {
        // tag::policy[]
        Policy policy = Policy.builder()
                .severity("HE-LO-VERB", Severity.ERROR)       // vague outcomes fail our quality assurance
                .severity("ECTS-BAND", Severity.INFO)         // our 2 ECTS offers are deliberate
                .disable("DP-DESC")                           // we publish course descriptions elsewhere
                .build();
        Validator validator = Validator.builder()
                .profile(Profiles.all())                      // Council + ECTS + HEROES + DigiProf
                .policy(policy)
                .locale(Locale.GERMAN)                        // messages in German (English by default)
                .maxFindings(100)
                .build();
        // end::policy[]
        return validator;
    }

    /**
     * A validator with an institution's own limits.
     *
     * @return the validator
     */
    public static Validator withOwnInstitution() {
        // tag::institution[]
        InstitutionPolicy limits = InstitutionPolicy.builder("Example University")
                .minimumCredits(EctsCredits.of(2))
                .maximumCredits(EctsCredits.of(15))
                .hoursPerCredit(HoursPerCredit.of(27))
                .source("Senate decision 2026/4")               // cited by ECTS-INST findings
                .build();
        Validator validator = Validator.of(Profiles.defaults().and(Profiles.institution(limits)));
        // end::institution[]
        return validator;
    }

    /**
     * A user's bean holding a credential; {@code @Valid} cascades into it.
     *
     * @param credential the credential
     */
    public record Enrolment(@Valid MicroCredential credential) {
    }

    /**
     * Validates with Jakarta Validation (Bean Validation), as Spring or Jakarta EE do.
     *
     * @param beanValidator the application's validator
     * @param credential the credential
     * @return "RULE-ID: message at path" for each violation
     */
    public static List<String> withBeanValidation(jakarta.validation.Validator beanValidator, MicroCredential credential) {
        List<String> lines = new ArrayList<>();
        // tag::jakarta[]
        // The model classes carry @Conforms (Council Recommendation + ECTS), so any Bean Validation provider checks them.
        Set<ConstraintViolation<Enrolment>> violations = beanValidator.validate(new Enrolment(credential));
        for (ConstraintViolation<Enrolment> v : violations) {
            lines.add(v.getMessage() + " at " + v.getPropertyPath()); // "CR-M6: No learning … at credential.learningOutcomes"
        }
        // end::jakarta[]
        return lines;
    }
}
