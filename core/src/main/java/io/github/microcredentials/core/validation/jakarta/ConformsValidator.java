package io.github.microcredentials.core.validation.jakarta;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.Profiles;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.validation.Validator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Conforms}: validates the value with a {@link Validator} of the annotation's
 * profiles and turns each finding into a constraint violation. Validators are built once per
 * combination of profiles and institution and shared. Instantiated by the Bean Validation provider.
 */
@SuppressWarnings("exports") // the Jakarta Validation API is optional: users who use this have it
public final class ConformsValidator implements ConstraintValidator<Conforms, Document> {

    private static final Map<String, Validator> VALIDATORS = new ConcurrentHashMap<>();

    private @Nullable Validator validator;
    private Severity threshold = Severity.ERROR;

    /** Creates the validator; the provider calls {@link #initialize(Conforms)} next. */
    public ConformsValidator() {
    }

    @Override
    public void initialize(Conforms annotation) {
        String key = String.join(",", annotation.profiles()) + "|" + annotation.institution();
        validator = VALIDATORS.computeIfAbsent(key, k -> build(annotation));
        threshold = annotation.minimumSeverity();
    }

    private static Validator build(Conforms annotation) {
        Validator.Builder builder = Validator.builder();
        for (String name : annotation.profiles()) {
            builder.profile(Profiles.byName(name));
        }
        if (!annotation.institution().isBlank()) {
            builder.profile(Profiles.institution(annotation.institution()));
        }
        return builder.build();
    }

    @Override
    public boolean isValid(@Nullable Document value, ConstraintValidatorContext context) {
        if (value == null || validator == null) {
            return true; // null is @NotNull's concern, as everywhere in Bean Validation
        }
        Report report = validator.withLocale(Locale.getDefault()).validateDocument(value);
        List<Finding> violations = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (finding.severity().compareTo(threshold) <= 0) {
                violations.add(finding);
            }
        }
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Finding finding : violations) {
            violation(context, escape(finding.ruleId() + ": " + finding.message()), finding.pointer());
        }
        return false;
    }

    /** Escapes what Bean Validation would interpolate: message parameters and expressions. */
    static String escape(String message) {
        StringBuilder out = new StringBuilder(message.length() + 8);
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Adds a violation whose property path follows a JSON Pointer: /a/0/b becomes a[0].b. */
    private static void violation(ConstraintValidatorContext context, String template, String pointer) {
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(template);
        List<String> tokens = tokens(pointer);
        Object node = builder;
        Integer index = null;
        for (String token : tokens) {
            if (isIndex(token)) {
                index = Integer.valueOf(token);
                continue;
            }
            NodeBuilderCustomizableContext property = property(node, token);
            node = index == null ? property : property.inIterable().atIndex(index);
            index = null;
        }
        if (index != null) {
            leafAt(node, index);
        } else if (node instanceof ConstraintViolationBuilder b) {
            b.addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext n) {
            n.addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addConstraintViolation();
        }
    }

    private static NodeBuilderCustomizableContext property(Object node, String name) {
        if (node instanceof ConstraintViolationBuilder b) {
            return b.addPropertyNode(name);
        } else if (node instanceof NodeBuilderCustomizableContext n) {
            return n.addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
    }

    /** A pointer that ends with an index names an element of a list: skills[2]. */
    private static void leafAt(Object node, int index) {
        if (node instanceof ConstraintViolationBuilder b) {
            b.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else if (node instanceof NodeBuilderCustomizableContext n) {
            n.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) node).addBeanNode().inIterable().atIndex(index).addConstraintViolation();
        }
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The reference tokens of a JSON Pointer (RFC 6901), unescaped. */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
