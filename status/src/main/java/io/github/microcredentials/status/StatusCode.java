package io.github.microcredentials.status;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The stable codes of status check findings. Each names the Recommendation's own error type
 * (Bitstring Status List v1.0 §3.2, §3.5) where one applies ({@link #specError()}); the names of
 * these constants are documented and kept.
 */
public enum StatusCode {
    /** A revocation status is set: the credential is revoked. */
    REVOKED(null),
    /** A suspension status is set: the credential is suspended. */
    SUSPENDED(null),
    /** A {@code message} status: the status value and its message, which never invalidate. */
    STATUS_MESSAGE(null),
    /** A {@code refresh} status is set: a newer credential is available; never invalidates. */
    REFRESH_AVAILABLE(null),
    /** A status of a purpose the Recommendation does not define; reported, never invalidates. */
    OTHER_PURPOSE(null),
    /** The credential itself cannot be read (not strict JSON, {@code credentialStatus} not an object or array). */
    MALFORMED_CREDENTIAL("MALFORMED_VALUE_ERROR"),
    /** A status entry breaks a MUST of §2.1 (index not a base-10 string, missing list URL, messages not matching the size). */
    MALFORMED_ENTRY("MALFORMED_VALUE_ERROR"),
    /** A {@code credentialStatus} type this library does not check. */
    UNSUPPORTED_STATUS_TYPE(null),
    /** No status list for the URL: no resolver knows it. */
    LIST_NOT_FOUND("STATUS_RETRIEVAL_ERROR"),
    /** Retrieving the status list failed (network, timeout, size, redirect, unreadable file). */
    LIST_RETRIEVAL_FAILED("STATUS_RETRIEVAL_ERROR"),
    /** The status list is not a JSON credential of the expected shape, or its {@code encodedList} cannot be expanded. */
    MALFORMED_LIST("MALFORMED_VALUE_ERROR"),
    /** The status list expands beyond 16 MB. */
    LIST_TOO_LARGE("MALFORMED_VALUE_ERROR"),
    /** The bitstring's length is not a multiple of the entry's {@code statusSize}. */
    STATUS_SIZE_MISMATCH("MALFORMED_VALUE_ERROR"),
    /** The document is not a {@code BitstringStatusListCredential} (or {@code StatusList2021Credential} for a legacy entry). */
    LIST_TYPE_MISMATCH("STATUS_VERIFICATION_ERROR"),
    /** The status list credential's proof did not verify. */
    LIST_PROOF_INVALID("STATUS_VERIFICATION_ERROR"),
    /** The status list credential is not valid yet ({@code validFrom}). */
    LIST_NOT_YET_VALID("STATUS_VERIFICATION_ERROR"),
    /** The status list credential has expired ({@code validUntil}). */
    LIST_EXPIRED("STATUS_VERIFICATION_ERROR"),
    /** The issuer of the status list is not trusted for this credential (a policy decision, §2.2, §3.2). */
    LIST_ISSUER_UNTRUSTED("STATUS_VERIFICATION_ERROR"),
    /** The entry's {@code statusPurpose} is not one of the list's. */
    PURPOSE_MISMATCH("STATUS_VERIFICATION_ERROR"),
    /** The list has fewer entries than the minimum for herd privacy (131,072 by default). */
    LIST_TOO_SHORT("STATUS_LIST_LENGTH_ERROR"),
    /** The index lies beyond the bitstring. */
    INDEX_OUT_OF_RANGE("RANGE_ERROR"),
    /** The list carries no proof (a 1EdTech revocation list is plain JSON): it is as trustworthy as its source. */
    LIST_UNSIGNED(null);

    private final @Nullable String specError;

    StatusCode(@Nullable String specError) {
        this.specError = specError;
    }

    /**
     * The Recommendation's error type for this finding, such as {@code STATUS_RETRIEVAL_ERROR}.
     *
     * @return the error name, or empty when the Recommendation has none (outcomes, policy findings)
     */
    public Optional<String> specError() {
        return Optional.ofNullable(specError);
    }

    /**
     * The Recommendation's error type as a URL ({@code https://www.w3.org/ns/credentials/status-list#…}), for
     * RFC 9457 problem details.
     *
     * @return the URL, or empty
     */
    public Optional<String> specErrorUrl() {
        return specError().map(e -> "https://www.w3.org/ns/credentials/status-list#" + e);
    }
}
