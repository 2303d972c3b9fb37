package io.github.microcredentials.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each {@link StatusCode} counts. By default every problem is {@link Level#FAIL}: a status
 * that cannot be established makes the credential INDETERMINATE, never VALID (fail closed). A
 * verifier may relax a code, for example {@code LIST_TOO_SHORT} to {@link Level#WARN} for an
 * ecosystem with smaller lists, or {@code LIST_UNSIGNED} to {@link Level#FAIL}. Outcomes
 * ({@code REVOKED}, {@code SUSPENDED}) fail by default too; {@code STATUS_MESSAGE},
 * {@code REFRESH_AVAILABLE}, {@code OTHER_PURPOSE} and {@code LIST_UNSIGNED} inform. Immutable.
 */
public final class StatusPolicy {

    /** How a finding counts. */
    public enum Level {
        /** Decides the result: INVALID for an outcome, INDETERMINATE for a problem; the entry is not read further. */
        FAIL,
        /** Reported as a warning; checking goes on. */
        WARN,
        /** Reported for information. */
        INFORM,
        /** Not reported. */
        IGNORE
    }

    private static final StatusPolicy DEFAULTS = defaults0();

    private final Map<StatusCode, Level> levels;

    private StatusPolicy(Map<StatusCode, Level> levels) {
        this.levels = levels;
    }

    private static StatusPolicy defaults0() {
        Map<StatusCode, Level> levels = new EnumMap<>(StatusCode.class);
        for (StatusCode code : StatusCode.values()) {
            levels.put(code, Level.FAIL);
        }
        levels.put(StatusCode.STATUS_MESSAGE, Level.INFORM);
        levels.put(StatusCode.REFRESH_AVAILABLE, Level.INFORM);
        levels.put(StatusCode.OTHER_PURPOSE, Level.INFORM);
        levels.put(StatusCode.LIST_UNSIGNED, Level.INFORM);
        return new StatusPolicy(levels);
    }

    /**
     * The default policy.
     *
     * @return the policy
     */
    public static StatusPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * This policy with one code's level changed.
     *
     * @param code the code
     * @param level its level
     * @return the new policy
     */
    public StatusPolicy with(StatusCode code, Level level) {
        Map<StatusCode, Level> changed = new EnumMap<>(levels);
        changed.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(level, "level"));
        return new StatusPolicy(changed);
    }

    /**
     * The level of a code.
     *
     * @param code the code
     * @return its level
     */
    public Level level(StatusCode code) {
        return levels.get(code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusPolicy that && levels.equals(that.levels);
    }

    @Override
    public int hashCode() {
        return levels.hashCode();
    }

    @Override
    public String toString() {
        return "StatusPolicy" + levels;
    }
}
