package io.github.microcredentials.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The purpose of a credential status entry ({@code statusPurpose} of W3C Bitstring Status List
 * v1.0, §2.1). The Recommendation allows any string but fixes the meaning of four values, which
 * are constants here: {@link #REVOCATION} and {@link #SUSPENSION} invalidate a credential while
 * their bit is set, {@link #REFRESH} and {@link #MESSAGE} never do.
 *
 * @param value the purpose as written, not blank and without white space
 */
public record StatusPurpose(String value) {

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    /** The credential is withdrawn; not reversible. */
    public static final StatusPurpose REVOCATION = new StatusPurpose("revocation");
    /** The credential is temporarily not to be accepted; reversible. */
    public static final StatusPurpose SUSPENSION = new StatusPurpose("suspension");
    /** An updated credential is available through the credential's refresh service; never invalidates. */
    public static final StatusPurpose REFRESH = new StatusPurpose("refresh");
    /** The status value selects one of the entry's status messages; never invalidates by itself. */
    public static final StatusPurpose MESSAGE = new StatusPurpose("message");

    /**
     * Checks the value.
     *
     * @throws IllegalArgumentException if the value is blank or contains white space
     */
    public StatusPurpose {
        Objects.requireNonNull(value, "value");
        if (!TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("a status purpose is one word without spaces, not \"" + value + "\"");
        }
    }

    /**
     * The purpose with this name.
     *
     * @param value for example {@code revocation}
     * @return the purpose
     * @throws IllegalArgumentException if the value is blank or contains white space
     */
    public static StatusPurpose of(String value) {
        return new StatusPurpose(value);
    }

    /**
     * Whether a set status of this purpose makes the credential not acceptable: true for
     * {@code revocation} and {@code suspension} only.
     *
     * @return {@code true} if a non-zero status invalidates the credential
     */
    public boolean invalidates() {
        return equals(REVOCATION) || equals(SUSPENSION);
    }

    @Override
    public String toString() {
        return value;
    }
}
