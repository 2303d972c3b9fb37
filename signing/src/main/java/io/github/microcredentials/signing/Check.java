package io.github.microcredentials.signing;

import java.util.Objects;

/**
 * One finding of a verification, with a stable code, in the same shape for every format (Data
 * Integrity, VC-JWT, presentations, JAdES and XAdES seals). Only the checks that did not pass
 * silently are listed: failures, and remarks that leave the verdict as it is.
 *
 * @param code the constraint, stable, to log and match on (for example {@code SIGNATURE_INVALID},
 *     {@code LEGACY_ALGORITHM}); the enum names of the format's own codes
 * @param severity whether it makes the verification fail
 * @param location where: a JSON Pointer, a JOSE part, an XPath-like path, or {@code ""}
 * @param message the reason in words
 */
public record Check(String code, Severity severity, String location, String message) {

    /** What a finding does to the verdict. */
    public enum Severity {
        /** The verification fails: the indication is not {@link Indication#VALID}. */
        FAIL,
        /** Reported only; the verification may still be valid. */
        WARN
    }

    /**
     * Validates the members.
     *
     * @throws NullPointerException if a member is null
     * @throws IllegalArgumentException if the code is blank
     */
    public Check {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
    }

    /**
     * Whether this finding makes the verification fail.
     *
     * @return {@code true} for {@link Severity#FAIL}
     */
    public boolean failed() {
        return severity == Severity.FAIL;
    }

    @Override
    public String toString() {
        return severity + " " + code + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
