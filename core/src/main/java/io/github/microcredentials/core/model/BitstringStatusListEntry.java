package io.github.microcredentials.core.model;

import java.math.BigInteger;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the status of an issued credential is published: one {@code credentialStatus} entry of
 * type {@code BitstringStatusListEntry} (W3C Bitstring Status List v1.0, Recommendation of
 * 15 May 2025, §2.1). The entry names a status list credential and a position in its bitstring;
 * the issuer sets the bits there to revoke or suspend the credential.
 *
 * <p>The Recommendation's rules are checked here: the index is not negative (it is written as a
 * base-10 string), {@code statusSize} is at least 1 (1 when absent), and a {@code statusSize}
 * above 1 requires one status message for each of the 2<sup>statusSize</sup> values.
 *
 * <pre>{@code
 * BitstringStatusListEntry entry = BitstringStatusListEntry.revocation(
 *         URI.create("https://example.edu/status/3"), 94567);
 * }</pre>
 *
 * @param id the entry's own URL, if given; it must not be the list's URL
 * @param statusPurpose what a set status means
 * @param statusListIndex the position of the credential's status in the list, from 0
 * @param statusListCredential the URL of the {@code BitstringStatusListCredential}
 * @param statusSize the number of bits of each status, from 1 to {@value #MAX_STATUS_SIZE}
 * @param statusMessage the messages of the status values; empty, or one per possible value
 * @param statusReference URLs of material that explains the status values
 */
public record BitstringStatusListEntry(Optional<URI> id, StatusPurpose statusPurpose, long statusListIndex,
        URI statusListCredential, int statusSize, List<StatusMessage> statusMessage, List<URI> statusReference) {

    /**
     * The largest {@code statusSize} this library accepts: larger sizes would need more than 65,536
     * status messages per entry.
     */
    public static final int MAX_STATUS_SIZE = 16;

    /**
     * Checks the entry against the Recommendation.
     *
     * @throws IllegalArgumentException if the index is negative, the size out of range, the
     *     messages do not match the size, or the id is the list's URL
     */
    public BitstringStatusListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusPurpose, "statusPurpose");
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        statusMessage = List.copyOf(statusMessage);
        statusReference = List.copyOf(statusReference);
        if (statusListIndex < 0) {
            throw new IllegalArgumentException("statusListIndex must not be negative: " + statusListIndex);
        }
        if (statusSize < 1 || statusSize > MAX_STATUS_SIZE) {
            throw new IllegalArgumentException("statusSize must be between 1 and " + MAX_STATUS_SIZE + ": " + statusSize);
        }
        if (statusSize > 1 && statusMessage.isEmpty()) {
            throw new IllegalArgumentException("a statusSize of " + statusSize + " requires statusMessage with "
                    + (1 << statusSize) + " entries");
        }
        if (!statusMessage.isEmpty()) {
            checkMessages(statusSize, statusMessage);
        }
        if (id.isPresent() && id.get().equals(statusListCredential)) {
            throw new IllegalArgumentException("the entry's id must not be the URL of the status list");
        }
    }

    /**
     * An entry of one bit without messages.
     *
     * @param purpose what a set bit means
     * @param statusListCredential the URL of the status list credential
     * @param index the position, from 0
     * @return the entry
     */
    public static BitstringStatusListEntry of(StatusPurpose purpose, URI statusListCredential, long index) {
        return new BitstringStatusListEntry(Optional.empty(), purpose, index, statusListCredential, 1, List.of(), List.of());
    }

    /**
     * A revocation entry of one bit.
     *
     * @param statusListCredential the URL of the status list credential
     * @param index the position, from 0
     * @return the entry
     */
    public static BitstringStatusListEntry revocation(URI statusListCredential, long index) {
        return of(StatusPurpose.REVOCATION, statusListCredential, index);
    }

    /**
     * A suspension entry of one bit.
     *
     * @param statusListCredential the URL of the status list credential
     * @param index the position, from 0
     * @return the entry
     */
    public static BitstringStatusListEntry suspension(URI statusListCredential, long index) {
        return of(StatusPurpose.SUSPENSION, statusListCredential, index);
    }

    /**
     * This entry with an id.
     *
     * @param entryId the entry's URL, or {@code null} for none
     * @return the changed entry
     */
    public BitstringStatusListEntry withId(URI entryId) {
        return new BitstringStatusListEntry(Optional.ofNullable(entryId), statusPurpose, statusListIndex,
                statusListCredential, statusSize, statusMessage, statusReference);
    }

    /**
     * This entry with a status size and the message of each status value.
     *
     * @param size the bits per status
     * @param messages one message per possible value (2<sup>size</sup>)
     * @return the changed entry
     * @throws IllegalArgumentException if the messages do not match the size
     */
    public BitstringStatusListEntry withStatusMessages(int size, List<StatusMessage> messages) {
        return new BitstringStatusListEntry(id, statusPurpose, statusListIndex, statusListCredential, size, messages,
                statusReference);
    }

    /**
     * This entry with references to material that explains the status.
     *
     * @param references the URLs
     * @return the changed entry
     */
    public BitstringStatusListEntry withStatusReference(List<URI> references) {
        return new BitstringStatusListEntry(id, statusPurpose, statusListIndex, statusListCredential, statusSize,
                statusMessage, references);
    }

    /**
     * The entry's id, or else the list's URL with the index as fragment
     * ({@code https://example.edu/status/3#94567}), the form of the Recommendation's examples and
     * of the EDC's {@code credentialStatus} literal.
     *
     * @return the URL
     */
    public URI idOrListFragment() {
        return id.orElseGet(() -> URI.create(withoutFragment(statusListCredential) + "#" + statusListIndex));
    }

    /**
     * The message of a status value, from {@link #statusMessage()}; without messages, the
     * Recommendation's defaults {@code "unset"} (0) and {@code "set"} (1).
     *
     * @param value the status value
     * @return the message, or empty if none is defined for the value
     */
    public Optional<String> messageOf(int value) {
        if (statusMessage.isEmpty()) {
            return value == 0 ? Optional.of("unset") : value == 1 ? Optional.of("set") : Optional.empty();
        }
        return statusMessage.stream().filter(m -> m.value() == value).map(StatusMessage::message).findFirst();
    }

    private static String withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static void checkMessages(int size, List<StatusMessage> messages) {
        int expected = 1 << size;
        if (messages.size() != expected) {
            throw new IllegalArgumentException("a statusSize of " + size + " needs " + expected
                    + " status messages, not " + messages.size());
        }
        Set<Integer> seen = new HashSet<>();
        for (StatusMessage message : messages) {
            if (message.value() >= expected) {
                throw new IllegalArgumentException("status " + message.status() + " does not fit in " + size + " bits");
            }
            if (!seen.add(message.value())) {
                throw new IllegalArgumentException("status " + message.status() + " has two messages");
            }
        }
    }

    /**
     * The message of one status value.
     *
     * @param status the value as a hexadecimal string prefixed with {@code 0x}, such as {@code 0x2}
     * @param message a message for developers (not meant to be shown to end users)
     */
    public record StatusMessage(String status, String message) {

        private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]{1,8}");

        /**
         * Checks the status value.
         *
         * @throws IllegalArgumentException if the status is not {@code 0x} and hexadecimal digits
         */
        public StatusMessage {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
            if (!HEX.matcher(status).matches() || new BigInteger(status.substring(2), 16).bitLength() > 31) {
                throw new IllegalArgumentException("a status is 0x and hexadecimal digits, such as 0x1, not \"" + status + "\"");
            }
        }

        /**
         * The message of a value.
         *
         * @param value the status value, not negative
         * @param message the message
         * @return the status message, with the value written as {@code 0x} and lower-case hexadecimal digits
         */
        public static StatusMessage of(int value, String message) {
            if (value < 0) {
                throw new IllegalArgumentException("a status value is not negative: " + value);
            }
            return new StatusMessage("0x" + Integer.toHexString(value), message);
        }

        /**
         * The status value.
         *
         * @return the value of {@link #status()}
         */
        public int value() {
            return Integer.parseInt(status.substring(2), 16);
        }
    }
}
