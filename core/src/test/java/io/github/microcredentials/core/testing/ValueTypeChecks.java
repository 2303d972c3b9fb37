package io.github.microcredentials.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.testing.EqualsTester;
import io.github.microcredentials.core.model.LocalizedString;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Checks that a hand-written value type behaves as a record would: a copy is equal and has the
 * same hash code, and changing any one field, including one added later, makes it unequal.
 *
 * <p>The second part is what a fixed list of examples cannot do: it walks the declared fields, so
 * a field that {@code equals} (or {@code toBuilder}) forgets fails the test. It needs a sample in
 * which every optional element is present and every list is non-empty, and says so when it is not.
 */
public final class ValueTypeChecks {

    private ValueTypeChecks() {
    }

    /**
     * Runs the checks.
     *
     * @param full a value with every element set
     * @param copy makes an equal copy through the public API, typically {@code v -> v.toBuilder().build()}
     * @param <T> the value type
     */
    public static <T> void behavesAsAValue(T full, UnaryOperator<T> copy) {
        T same = copy.apply(full);
        assertThat(same).as("the copy of a full value").isNotSameAs(full);
        List<Object> variants = new ArrayList<>();
        for (Field field : full.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            T variant = copy.apply(full);
            set(variant, field, otherValue(field, get(full, field)));
            assertThat(variant).as("a value whose %s differs", field.getName()).isNotEqualTo(full);
            variants.add(variant);
        }
        assertThat(variants).as("fields of %s", full.getClass()).isNotEmpty();
        EqualsTester tester = new EqualsTester().addEqualityGroup(full, same);
        variants.forEach(v -> tester.addEqualityGroup(v));
        tester.testEquals();
    }

    /** A value of the field's type that differs from the given one. */
    private static Object otherValue(Field field, Object value) {
        String name = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                fail("the full sample has no " + name + ": set it, so that the check covers it");
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                fail("the full sample has an empty " + name + ": fill it, so that the check covers it");
            }
            return List.of();
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Enum<?> constant) {
            Object[] constants = constant.getDeclaringClass().getEnumConstants();
            return constants[(constant.ordinal() + 1) % constants.length];
        }
        if (value instanceof URI uri) {
            return URI.create(uri + "-other");
        }
        if (value instanceof String text) {
            return text + "-other";
        }
        if (value instanceof LocalizedString text) {
            return text.with("eo", "alia");
        }
        return parsed(value.getClass(), "other-value-of-" + field.getName())
                .orElseGet(() -> fail("no other value known for " + name + " of " + value.getClass()));
    }

    /** An extensible constant (a vocabulary term) that keeps unknown codes: {@code parse(code)}. */
    private static Optional<Object> parsed(Class<?> type, String code) {
        try {
            Method parse = type.getMethod("parse", String.class);
            return Modifier.isStatic(parse.getModifiers()) && parse.getReturnType() == type
                    ? Optional.of(parse.invoke(null, code)) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Object get(Object target, Field field) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
