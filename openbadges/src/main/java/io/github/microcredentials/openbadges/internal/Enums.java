package io.github.microcredentials.openbadges.internal;

import java.util.Locale;
import java.util.Optional;

/** Enumeration constants as lower-case codes with hyphens, as the native format writes them. */
final class Enums {

    private Enums() {
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        for (E constant : type.getEnumConstants()) {
            if (code(constant).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
