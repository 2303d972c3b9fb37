package io.github.microcredentials.signing.internal.di;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.Optional;

/**
 * A credential's validity dates, each read once by {@link Dates#parse}: a verifier's credential
 * checks and its VC Data Model check both look at them, and parsing them twice cost microseconds
 * on every verification. Each is empty when the member is absent, not a string or malformed; the
 * checks tell these apart from the document.
 *
 * @param validFrom {@code validFrom} (VC 2.0)
 * @param validUntil {@code validUntil} (VC 2.0)
 * @param issuanceDate {@code issuanceDate} (VC 1.1)
 * @param expirationDate {@code expirationDate} (VC 1.1)
 */
public record ValidityDates(Optional<Instant> validFrom, Optional<Instant> validUntil,
        Optional<Instant> issuanceDate, Optional<Instant> expirationDate) {

    /**
     * Reads the dates of a credential.
     *
     * @param credential the credential
     * @return its dates
     */
    public static ValidityDates of(JsonObject credential) {
        return new ValidityDates(parse(credential, "validFrom"), parse(credential, "validUntil"),
                parse(credential, "issuanceDate"), parse(credential, "expirationDate"));
    }

    /** One member's date: empty when absent, not a string or malformed. */
    static Optional<Instant> parse(JsonObject credential, String member) {
        return credential.get(member) instanceof JsonString text ? Dates.parse(text.getString()) : Optional.empty();
    }
}
