package io.github.microcredentials.core.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Checks on the local identifiers that link parts of a credential together. */
final class Ids {

    private Ids() {
    }

    static String check(String id, String what) {
        Objects.requireNonNull(id, what);
        if (id.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return id;
    }

    /** Rejects two parts with one identifier, which would make links to them ambiguous. */
    static <T> void unique(Collection<T> parts, Function<T, String> id, String what) {
        Set<String> seen = new HashSet<>();
        for (T part : parts) {
            if (!seen.add(id.apply(part))) {
                throw new IllegalArgumentException("two " + what + "s have the id \"" + id.apply(part) + "\"");
            }
        }
    }

    static <T> List<T> copy(List<T> list) {
        return List.copyOf(list);
    }
}
