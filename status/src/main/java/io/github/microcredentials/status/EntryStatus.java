package io.github.microcredentials.status;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The status check of one {@code credentialStatus} entry.
 *
 * @param location the entry's JSON Pointer in the credential, such as {@code /credentialStatus/0}
 * @param type the entry's type ({@code BitstringStatusListEntry}, {@code StatusList2021Entry},
 *     {@code 1EdTechRevocationList}, or what the entry says)
 * @param purpose the entry's {@code statusPurpose}, if readable
 * @param index the entry's {@code statusListIndex} as written, if readable
 * @param list the status list's URL, if readable
 * @param status the status value read from the list, if it could be read
 * @param message the message of that value ({@code statusMessage}, the revocation reason of a
 *     1EdTech list, or the Recommendation's defaults {@code set}/{@code unset})
 * @param indication this entry's verdict
 * @param findings what was found, in the order of the Recommendation's algorithm
 */
public record EntryStatus(String location, String type, Optional<String> purpose, Optional<String> index,
        Optional<URI> list, OptionalInt status, Optional<String> message, StatusResult.Indication indication,
        List<StatusFinding> findings) {

    /**
     * Checks the parts.
     */
    public EntryStatus {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(indication, "indication");
        findings = List.copyOf(findings);
    }

    /**
     * Whether the entry proves the credential revoked.
     *
     * @return {@code true} for a set revocation status that the policy lets count
     */
    public boolean isRevoked() {
        return indication == StatusResult.Indication.INVALID
                && findings.stream().anyMatch(f -> f.code() == StatusCode.REVOKED);
    }

    /**
     * Whether the entry proves the credential suspended.
     *
     * @return {@code true} for a set suspension status that the policy lets count
     */
    public boolean isSuspended() {
        return indication == StatusResult.Indication.INVALID
                && findings.stream().anyMatch(f -> f.code() == StatusCode.SUSPENDED);
    }
}
