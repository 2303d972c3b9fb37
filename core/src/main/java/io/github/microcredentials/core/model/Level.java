package io.github.microcredentials.core.model;

import io.github.microcredentials.core.vocab.EqfLevel;
import io.github.microcredentials.core.vocab.QfEheaCycle;
import java.util.Objects;
import java.util.Optional;

/**
 * The level (and cycle, if applicable) of the learning experience (Annex I, element 8): an EQF
 * level, a QF-EHEA cycle, and optionally a national qualifications framework level.
 *
 * @param eqf the EQF level, if stated
 * @param cycle the QF-EHEA cycle, if applicable
 * @param nqf the national qualifications framework level, if stated
 */
public record Level(Optional<EqfLevel> eqf, Optional<QfEheaCycle> cycle, Optional<Concept> nqf) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if nothing is stated
     */
    public Level {
        Objects.requireNonNull(eqf, "eqf");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(nqf, "nqf");
        if (eqf.isEmpty() && cycle.isEmpty() && nqf.isEmpty()) {
            throw new IllegalArgumentException("a level states an EQF level, a QF-EHEA cycle or an NQF level");
        }
    }

    /**
     * An EQF level.
     *
     * @param level the EQF level
     * @return the level
     */
    public static Level of(EqfLevel level) {
        return new Level(Optional.of(level), Optional.empty(), Optional.empty());
    }

    /**
     * An EQF level with its QF-EHEA cycle.
     *
     * @param level the EQF level
     * @param cycle the cycle
     * @return the level
     */
    public static Level of(EqfLevel level, QfEheaCycle cycle) {
        return new Level(Optional.of(level), Optional.of(cycle), Optional.empty());
    }
}
