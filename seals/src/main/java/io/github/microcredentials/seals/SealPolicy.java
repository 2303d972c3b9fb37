package io.github.microcredentials.seals;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The level of every seal check: what a {@link SealVerifier} does with each problem it finds (fail
 * the seal, warn, or ignore), like the constraint levels of the EU DSS validation policy. The
 * checks only say which rule a seal breaks; the severity is read here. Only the
 * {@linkplain SealProblem.Kind#POLICY policy} rules can be set: integrity, structure and trust
 * problems always fail, except that a time-stamp authority that is not trusted is a warning (its
 * time is then not used).
 *
 * <p>The {@linkplain #strict() default} is stricter than DSS's default policy where the issue is
 * a seal's future rather than its integrity: a seal with a retired algorithm (SHA-1) or without a
 * signed reference to its signing certificate is reported "intact, not accepted", naming the
 * rule. A caller that must accept such seals (an archive of old ones) relaxes exactly that rule:
 *
 * <pre>{@code
 * SealPolicy archive = SealPolicy.strict().with(SealProblem.Code.LEGACY_ALGORITHM, SealPolicy.Level.WARN);
 * }</pre>
 *
 * Instances are immutable.
 */
public final class SealPolicy {

    /** What a problem does to the verdict. */
    public enum Level {
        /** The seal is not accepted. */
        FAIL,
        /** Reported among the warnings; the seal may still be accepted. */
        WARN,
        /** Not reported. */
        IGNORE
    }

    private static final SealPolicy STRICT = new SealPolicy(defaults());

    private final Map<SealProblem.Code, Level> levels;

    private SealPolicy(Map<SealProblem.Code, Level> levels) {
        this.levels = levels;
    }

    private static Map<SealProblem.Code, Level> defaults() {
        Map<SealProblem.Code, Level> levels = new EnumMap<>(SealProblem.Code.class);
        for (SealProblem.Code code : SealProblem.Code.values()) {
            levels.put(code, Level.FAIL);
        }
        levels.put(SealProblem.Code.TIMESTAMP_UNTRUSTED, Level.WARN);
        levels.put(SealProblem.Code.NOT_BASELINE, Level.WARN);
        levels.put(SealProblem.Code.LEGACY_ELEMENT, Level.WARN);
        levels.put(SealProblem.Code.COUNTER_SIGNATURE_INVALID, Level.WARN);
        levels.put(SealProblem.Code.ETSIU_IN_CRIT, Level.WARN);
        levels.put(SealProblem.Code.CERTIFICATE_UNREADABLE, Level.WARN);
        return levels;
    }

    /**
     * The default policy: every problem fails the seal, except {@code NOT_BASELINE},
     * {@code LEGACY_ELEMENT}, {@code COUNTER_SIGNATURE_INVALID}, {@code ETSIU_IN_CRIT},
     * {@code CERTIFICATE_UNREADABLE} and the trust remark {@code TIMESTAMP_UNTRUSTED}, which are
     * warnings.
     *
     * @return the policy
     */
    public static SealPolicy strict() {
        return STRICT;
    }

    /**
     * A copy of this policy with another level for one code.
     *
     * @param code a code of kind {@link SealProblem.Kind#POLICY}
     * @param level the level
     * @return the new policy
     * @throws IllegalArgumentException if the code is an integrity or trust code: those always fail
     */
    public SealPolicy with(SealProblem.Code code, Level level) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (code.kind() != SealProblem.Kind.POLICY) {
            throw new IllegalArgumentException(code + " is a " + code.kind() + " rule; only POLICY rules have a level");
        }
        Map<SealProblem.Code, Level> copy = new EnumMap<>(levels);
        copy.put(code, level);
        return new SealPolicy(copy);
    }

    /**
     * The level of a code under this policy.
     *
     * @param code the code
     * @return the level
     */
    public Level level(SealProblem.Code code) {
        return levels.get(Objects.requireNonNull(code, "code"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealPolicy p && p.levels.equals(levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return "SealPolicy" + levels;
    }
}
