package io.github.microcredentials.core.validation.jakarta;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.microcredentials.core.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Jakarta Validation constraint: the annotated {@link io.github.microcredentials.core.model.Document}
 * (micro-credential, learning opportunity, course design or pathway) conforms to validation
 * profiles, checked by the same rules as {@link io.github.microcredentials.core.validation.Validator}.
 * On an element of any other type the provider reports the constraint as unsupported when it
 * first meets it.
 *
 * <p>The model's document classes carry it at class level with the defaults (Council Recommendation
 * 2022 + ECTS), so a {@code jakarta.validation.Validator} (Hibernate Validator, Spring, Jakarta EE)
 * checks them as it checks any bean, and {@code @Valid} cascades into them. Put it on a field,
 * parameter or type argument to choose other profiles:
 *
 * <pre>{@code
 * record Enrolment(@Conforms(profiles = {"default", "heroes"}, institution = "UCN") MicroCredential credential) {}
 * }</pre>
 *
 * <p>Each finding at or above {@link #minimumSeverity()} becomes one {@code ConstraintViolation}
 * whose message template is {@code "RULE-ID: message"} (in the default locale, English where no
 * bundle is shipped) and whose property path follows the finding's JSON Pointer:
 * {@code /learningOutcomes/0/text} becomes {@code learningOutcomes[0].text}. The Jakarta
 * Validation API is an optional dependency of this module: nothing here is loaded unless a Bean
 * Validation provider is.
 */
@SuppressWarnings("exports") // the Jakarta Validation API is optional: users who use this have it
@Documented
@Constraint(validatedBy = ConformsValidator.class)
@Target({TYPE, FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Conforms {

    /**
     * The message of a violation; each finding replaces it with its own.
     *
     * @return the message template
     */
    String message() default "does not conform to the micro-credential validation profiles";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The profiles to check, by their short names (see
     * {@link io.github.microcredentials.core.validation.Profiles#byName(String)}).
     *
     * @return {@code council}, {@code ects}, {@code heroes}, {@code digiprof}, {@code default} or {@code all}
     */
    String[] profiles() default {"default"};

    /**
     * A bundled institution whose limits apply (rule ECTS-INST), for example {@code "UCN"}.
     *
     * @return the institution's name, or {@code ""} for none
     */
    String institution() default "";

    /**
     * The least severe findings that become violations.
     *
     * @return {@code ERROR} (the default) reports only what breaks conformance
     */
    Severity minimumSeverity() default Severity.ERROR;
}
