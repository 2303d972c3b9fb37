package io.github.microcredentials.test.arbitraries;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;

/** The smallest value of an arbitrary that keeps a condition, found by shrinking greedily from a seeded sample. */
final class Smallest {

    private Smallest() {
    }

    private static final java.util.Map<String, Object> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The smallest value of an arbitrary, computed once per key in this test run. */
    @SuppressWarnings("unchecked")
    static <T> T cached(Arbitrary<T> arbitrary, String key, long seed) {
        return (T) CACHE.computeIfAbsent(key + "#" + seed, k -> of(arbitrary, seed));
    }

    static <T> T of(Arbitrary<T> arbitrary, long seed) {
        return shrink(arbitrary, seed, value -> true, value -> { });
    }

    /**
     * Shrinks a seeded sample while the condition holds, handing every candidate jqwik offers on
     * the way to {@code visit}; returns the last value that kept the condition.
     */
    static <T> T shrink(Arbitrary<T> arbitrary, long seed, Predicate<T> keeps, java.util.function.Consumer<T> visit) {
        Shrinkable<T> current = arbitrary.generator(1000).next(new Random(seed));
        for (int step = 0; step < 100_000; step++) {
            Optional<Shrinkable<T>> next = current.shrink().limit(200).peek(s -> visit.accept(s.value()))
                    .filter(s -> keeps.test(s.value())).findFirst();
            if (next.isEmpty()) {
                return current.value();
            }
            current = next.get();
        }
        throw new IllegalStateException("shrinking did not end");
    }
}
