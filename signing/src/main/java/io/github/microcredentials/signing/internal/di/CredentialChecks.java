package io.github.microcredentials.signing.internal.di;

import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.internal.jsonld.Iris;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks of the credential itself, common to Data Integrity and VC-JWT: the issuer id and the
 * validity period (VC 2.0 {@code validFrom}/{@code validUntil}, VC 1.1
 * {@code issuanceDate}/{@code expirationDate}).
 */
public final class CredentialChecks {

    private CredentialChecks() {
    }

    /**
     * The issuer id: {@code issuer} as a string, or {@code issuer.id}.
     *
     * @param credential the credential
     * @return the id, or empty if absent or not a URI
     */
    public static Optional<URI> issuer(JsonObject credential) {
        JsonValue issuer = credential.get("issuer");
        if (issuer instanceof JsonObject object) {
            issuer = object.get("id");
        }
        return issuer instanceof JsonString text ? uri(text.getString()) : Optional.empty();
    }

    /**
     * A string member as a date-time.
     *
     * @param object the object
     * @param member the member name
     * @param pointer the object's JSON Pointer, for failures
     * @param failures where a malformed date is reported
     * @return the instant, or empty if absent or malformed
     */
    public static Optional<Instant> date(JsonObject object, String member, String pointer, List<Failure> failures) {
        return reported(object, member, pointer, ValidityDates.parse(object, member), failures);
    }

    /**
     * The start of validity: {@code validFrom} (VC 2.0) or {@code issuanceDate} (VC 1.1), the later
     * of the two if both are present.
     *
     * @param credential the credential
     * @param dates its dates, read by {@link ValidityDates#of}
     * @param failures where a malformed date is reported
     * @return the instant, if stated
     */
    public static Optional<Instant> validFrom(JsonObject credential, ValidityDates dates, List<Failure> failures) {
        // Both names may be present (a VC 2.0 credential may carry the legacy one as an extension): the later start counts.
        Optional<Instant> from = reported(credential, "validFrom", "", dates.validFrom(), failures);
        Optional<Instant> legacy = reported(credential, "issuanceDate", "", dates.issuanceDate(), failures);
        return from.isEmpty() ? legacy : legacy.filter(l -> l.isAfter(from.get())).or(() -> from);
    }

    /**
     * The end of validity: {@code validUntil} (VC 2.0) or {@code expirationDate} (VC 1.1), the
     * earlier of the two if both are present.
     *
     * @param credential the credential
     * @param dates its dates, read by {@link ValidityDates#of}
     * @param failures where a malformed date is reported
     * @return the instant, if stated
     */
    public static Optional<Instant> validUntil(JsonObject credential, ValidityDates dates, List<Failure> failures) {
        // Both names may be present: the earlier end counts.
        Optional<Instant> until = reported(credential, "validUntil", "", dates.validUntil(), failures);
        Optional<Instant> legacy = reported(credential, "expirationDate", "", dates.expirationDate(), failures);
        return until.isEmpty() ? legacy : legacy.filter(l -> l.isBefore(until.get())).or(() -> until);
    }

    /** A date as parsed; MALFORMED_DATE when the member is there but is no date-time with time zone. */
    private static Optional<Instant> reported(JsonObject object, String member, String pointer, Optional<Instant> parsed,
            List<Failure> failures) {
        JsonValue value = object.get(member);
        if (value != null && parsed.isEmpty()) {
            failures.add(new Failure(FailureCode.MALFORMED_DATE, pointer + "/" + member,
                    "not a date-time with time zone: " + value));
        }
        return parsed;
    }

    /**
     * Checks the validity period against a clock.
     *
     * @param from the start of validity
     * @param until the end of validity
     * @param now the current time
     * @param skew the tolerated clock difference
     * @param failures where failures go
     */
    public static void checkPeriod(Optional<Instant> from, Optional<Instant> until, Instant now, Duration skew, List<Failure> failures) {
        from.filter(f -> f.isAfter(now.plus(skew))).ifPresent(f -> failures.add(new Failure(
                FailureCode.CREDENTIAL_NOT_YET_VALID, "", "the credential is valid only from " + f + " (now " + now + ")")));
        until.filter(u -> u.isBefore(now.minus(skew))).ifPresent(u -> failures.add(new Failure(
                FailureCode.CREDENTIAL_EXPIRED, "", "the credential expired at " + u + " (now " + now + ")")));
    }

    /**
     * Whether a text is an absolute URI, as {@link #uri(String)} would find it: the VC Data Model
     * check asks this of every id and context of every credential it signs or verifies.
     *
     * @param text the text
     * @return {@code true} if {@link #uri(String)} gives a URI
     */
    public static boolean isAbsoluteUri(String text) {
        // Most ids are plain URLs, URNs and DIDs, which the JSON-LD walk's conservative IRI test
        // knows good without building a URI; whatever it is unsure of is parsed in full.
        return Iris.isAbsolute(text) || uri(text).isPresent();
    }

    /**
     * Parses an absolute URI.
     *
     * @param text the text
     * @return the URI, or empty if the text is not an absolute URI
     */
    public static Optional<URI> uri(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
