package io.github.microcredentials.status.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.status.StatusBitstring;
import io.github.microcredentials.status.StatusBitstring.EncodedListException;
import io.github.microcredentials.status.StatusListVerifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a status list credential says, read once per document: its types, dates, issuer, purposes,
 * the expanded bitstring (or why it cannot be expanded) and, on first need, whether its proofs
 * verify. Thread-safe.
 */
public final class ListFacts {

    /** Why the document is unusable as a list, if it is. */
    public final @Nullable String malformed;
    /** The parsed document. */
    public final @Nullable JsonNode root;
    /** Its {@code type} includes {@code BitstringStatusListCredential}. */
    public final boolean bitstringType;
    /** Its {@code type} includes {@code StatusList2021Credential}. */
    public final boolean statusList2021Type;
    /** The issuer, if stated as a URI. */
    public final Optional<URI> issuer;
    /** {@code validFrom} (or {@code issuanceDate}). */
    public final Optional<Instant> validFrom;
    /** {@code validUntil} (or {@code expirationDate}). */
    public final Optional<Instant> validUntil;
    /** The subject's status purposes. */
    public final List<String> purposes;
    /** The bitstring, if it could be expanded. */
    public final @Nullable StatusBitstring bitstring;
    /** Why it could not, if it could not. */
    public final @Nullable EncodedListException decodeError;

    private final Supplier<StatusListVerifier.Outcome> proof;
    private StatusListVerifier.@Nullable Outcome proofOutcome;

    private ListFacts(@Nullable String malformed, @Nullable JsonNode root, boolean bitstringType, boolean statusList2021Type,
            Optional<URI> issuer, Optional<Instant> validFrom, Optional<Instant> validUntil, List<String> purposes,
            @Nullable StatusBitstring bitstring, @Nullable EncodedListException decodeError,
            Supplier<StatusListVerifier.Outcome> proof) {
        this.malformed = malformed;
        this.root = root;
        this.bitstringType = bitstringType;
        this.statusList2021Type = statusList2021Type;
        this.issuer = issuer;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.purposes = purposes;
        this.bitstring = bitstring;
        this.decodeError = decodeError;
        this.proof = proof;
    }

    /**
     * Reads a status list credential.
     *
     * @param bytes the document
     * @param verifier the proof verifier, called at most once, when first needed
     * @return the facts
     */
    public static ListFacts read(byte[] bytes, StatusListVerifier verifier) {
        JsonNode root;
        try {
            root = Json.object(bytes);
        } catch (IllegalArgumentException e) {
            return malformed("the status list credential is " + e.getMessage());
        }
        try {
            boolean bitstringType = Json.hasType(root, "BitstringStatusListCredential");
            boolean legacyType = Json.hasType(root, "StatusList2021Credential");
            Optional<URI> issuer = Json.issuer(root).map(ListFacts::uri);
            Optional<Instant> from = date(root, root.has("validFrom") ? "validFrom" : "issuanceDate");
            Optional<Instant> until = date(root, root.has("validUntil") ? "validUntil" : "expirationDate");
            JsonNode subject = root.get("credentialSubject");
            List<String> purposes = new ArrayList<>();
            StatusBitstring bitstring = null;
            EncodedListException error = null;
            if (subject != null && subject.isObject()) {
                JsonNode purpose = subject.get("statusPurpose");
                if (purpose != null && purpose.isTextual()) {
                    purposes.add(purpose.textValue());
                } else if (purpose != null && purpose.isArray()) {
                    purpose.forEach(p -> {
                        if (p.isTextual()) {
                            purposes.add(p.textValue());
                        }
                    });
                }
                JsonNode encoded = subject.get("encodedList");
                if (encoded != null && encoded.isTextual()) {
                    try {
                        bitstring = bitstringType || !legacyType
                                ? StatusBitstring.decode(encoded.textValue())
                                : StatusBitstring.decodeStatusList2021(encoded.textValue());
                    } catch (EncodedListException e) {
                        error = e;
                    }
                }
            }
            JsonNode frozen = root;
            return new ListFacts(bitstring == null && error == null
                    ? "the status list credential has no credentialSubject.encodedList string" : null,
                    frozen, bitstringType, legacyType, issuer, from, until, List.copyOf(purposes), bitstring, error,
                    () -> verifier.verify(bytes));
        } catch (IllegalArgumentException e) {
            return malformed(e.getMessage());
        }
    }

    /**
     * Reads a plain JSON document (a 1EdTech revocation list): no bitstring, no proof.
     *
     * @param bytes the document
     * @return the facts
     */
    public static ListFacts readPlain(byte[] bytes) {
        try {
            JsonNode root = Json.object(bytes);
            return new ListFacts(null, root, false, false, Json.issuer(root).map(ListFacts::uriOrNull).flatMap(Optional::ofNullable),
                    Optional.empty(), Optional.empty(), List.of(), null, null,
                    () -> StatusListVerifier.Outcome.failed("a revocation list has no proof"));
        } catch (IllegalArgumentException e) {
            return malformed("the revocation list is " + e.getMessage());
        }
    }

    /**
     * Whether the proofs verify; verified once.
     *
     * @return the outcome
     */
    public synchronized StatusListVerifier.Outcome proof() {
        if (proofOutcome == null) {
            proofOutcome = proof.get();
        }
        return proofOutcome;
    }

    private static ListFacts malformed(String reason) {
        return new ListFacts(reason, null, false, false, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                null, null, () -> StatusListVerifier.Outcome.failed(reason));
    }

    private static Optional<Instant> date(JsonNode root, String member) {
        Optional<String> text = Json.text(root, member);
        if (root.has(member) && text.isEmpty()) {
            throw new IllegalArgumentException("the status list credential's " + member + " is not a string");
        }
        try {
            return text.map(t -> OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the status list credential's " + member + " is not a date-time: " + text.get());
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the status list credential's issuer is not a URI: " + text);
        }
    }

    private static @Nullable URI uriOrNull(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
