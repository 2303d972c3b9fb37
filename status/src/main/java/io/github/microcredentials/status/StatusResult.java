package io.github.microcredentials.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.status.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a credential: one verdict, the check of each {@code credentialStatus} entry, and
 * the findings. Meant to be carried as the status sub-result of a credential's verification.
 *
 * <ul>
 *   <li>{@link Indication#INVALID}: an entry is proven revoked or suspended (by a list whose proof
 *       verified and whose issuer is trusted, or whatever the policy relaxed);
 *   <li>{@link Indication#INDETERMINATE}: the status of a revocation or suspension entry could not be
 *       established (no list, unreachable, expired, malformed, untrusted …), never VALID;
 *   <li>{@link Indication#VALID}: every revocation and suspension status was read and is not set,
 *       or the credential has no status to check.
 * </ul>
 * {@code refresh} and {@code message} entries are reported but never change the verdict.
 */
public final class StatusResult {

    /** The verdict (the semantics of ETSI EN 319 102-1's main indications). */
    public enum Indication {
        /** Not revoked, not suspended. */
        VALID,
        /** Revoked or suspended. */
        INVALID,
        /** The status could not be established. */
        INDETERMINATE
    }

    private final List<EntryStatus> entries;
    private final List<StatusFinding> credentialFindings;

    StatusResult(List<EntryStatus> entries, List<StatusFinding> credentialFindings) {
        this.entries = List.copyOf(entries);
        this.credentialFindings = List.copyOf(credentialFindings);
    }

    /**
     * The verdict.
     *
     * @return the indication
     */
    public Indication indication() {
        if (credentialFindings.stream().anyMatch(f -> f.level() == StatusPolicy.Level.FAIL)) {
            return Indication.INDETERMINATE;
        }
        if (entries.stream().anyMatch(e -> e.indication() == Indication.INVALID)) {
            return Indication.INVALID;
        }
        if (entries.stream().anyMatch(e -> e.indication() == Indication.INDETERMINATE)) {
            return Indication.INDETERMINATE;
        }
        return Indication.VALID;
    }

    /**
     * Whether the verdict is VALID.
     *
     * @return {@code true} if not revoked, not suspended, and established
     */
    public boolean isValid() {
        return indication() == Indication.VALID;
    }

    /**
     * Whether an entry proves the credential revoked.
     *
     * @return {@code true} if revoked
     */
    public boolean isRevoked() {
        return entries.stream().anyMatch(EntryStatus::isRevoked);
    }

    /**
     * Whether an entry proves the credential suspended.
     *
     * @return {@code true} if suspended
     */
    public boolean isSuspended() {
        return entries.stream().anyMatch(EntryStatus::isSuspended);
    }

    /**
     * The check of each entry, in document order.
     *
     * @return the entries
     */
    public List<EntryStatus> entries() {
        return entries;
    }

    /**
     * Every finding: those about the credential as a whole, then each entry's.
     *
     * @return the findings
     */
    public List<StatusFinding> findings() {
        List<StatusFinding> all = new ArrayList<>(credentialFindings);
        entries.forEach(e -> all.addAll(e.findings()));
        return all;
    }

    /**
     * The first finding with a code, if any.
     *
     * @param code the code
     * @return the finding
     */
    public Optional<StatusFinding> finding(StatusCode code) {
        return findings().stream().filter(f -> f.code() == code).findFirst();
    }

    /**
     * A one-line verdict.
     *
     * @return for example {@code INVALID: revoked (revocation, index 94567 of https://example.edu/status/3)}
     */
    public String summary() {
        Indication indication = indication();
        if (indication == Indication.INVALID) {
            EntryStatus entry = entries.stream().filter(e -> e.indication() == Indication.INVALID).findFirst().orElseThrow();
            return "INVALID: " + (entry.isRevoked() ? "revoked" : entry.isSuspended() ? "suspended" : "status set") + " ("
                    + entry.purpose().orElse("?") + ", index " + entry.index().orElse("?") + " of "
                    + entry.list().map(Object::toString).orElse("?") + ")"
                    + entry.message().filter(m -> !m.equals("set")).map(m -> ": " + m).orElse("");
        }
        if (indication == Indication.INDETERMINATE) {
            StatusFinding first = findings().stream().filter(f -> f.level() == StatusPolicy.Level.FAIL).findFirst().orElseThrow();
            return "INDETERMINATE: " + first;
        }
        if (entries.isEmpty()) {
            return "VALID: no credential status to check";
        }
        return "VALID: " + entries.size() + (entries.size() == 1 ? " status entry" : " status entries") + " checked, "
                + String.join(", ", entries.stream().map(e -> e.purpose().orElse(e.type()) + " "
                        + (e.status().isPresent() ? e.message().orElse(Integer.toString(e.status().getAsInt())) : "not read"))
                        .toList());
    }

    /**
     * The whole result as JSON: indication, entries with their findings (each with its code, the
     * Recommendation's error type where one applies, level, location and message).
     *
     * @return pretty-printed JSON text
     */
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("indication", indication().name());
        findings(root.putArray("findings"), credentialFindings);
        ArrayNode array = root.putArray("entries");
        for (EntryStatus entry : entries) {
            ObjectNode e = array.addObject();
            e.put("location", entry.location());
            e.put("type", entry.type());
            entry.purpose().ifPresent(p -> e.put("statusPurpose", p));
            entry.index().ifPresent(i -> e.put("statusListIndex", i));
            entry.list().ifPresent(l -> e.put("statusListCredential", l.toString()));
            entry.status().ifPresent(s -> e.put("status", s));
            entry.message().ifPresent(m -> e.put("message", m));
            e.put("indication", entry.indication().name());
            findings(e.putArray("findings"), entry.findings());
        }
        return new String(Json.bytes(root), StandardCharsets.UTF_8);
    }

    private static void findings(ArrayNode array, List<StatusFinding> findings) {
        for (StatusFinding f : findings) {
            ObjectNode node = array.addObject();
            node.put("code", f.code().name());
            f.code().specError().ifPresent(s -> node.put("error", s));
            node.put("level", f.level().name());
            node.put("location", f.location());
            node.put("message", f.message());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusResult that && entries.equals(that.entries)
                && credentialFindings.equals(that.credentialFindings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, credentialFindings);
    }

    @Override
    public String toString() {
        return summary();
    }
}
