package io.github.microcredentials.signing.internal.jose;

import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.internal.di.CredentialChecks;
import io.github.microcredentials.signing.internal.di.ValidityDates;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import io.github.microcredentials.signing.internal.json.StrictJson;

/**
 * The JWT claims Open Badges 3.0 derives from a credential: {@code iss} = issuer id, {@code jti} =
 * id, {@code sub} = {@code credentialSubject.id}, {@code nbf} = {@code validFrom}, {@code exp} =
 * {@code validUntil} (NumericDate seconds).
 */
public final class JwtClaims {

    /** The registered claims a VC-JWT payload may carry beside the credential. */
    public static final Set<String> REGISTERED = Set.of("iss", "jti", "sub", "nbf", "exp", "iat", "aud");

    private JwtClaims() {
    }

    /**
     * The claims of a credential.
     *
     * @param credential the credential
     * @return the claims, in the order iss, jti, sub, nbf, exp (absent ones left out)
     */
    public static JsonObject derive(JsonObject credential) {
        JsonObjectBuilder claims = StrictJson.PROVIDER.createObjectBuilder();
        List<Failure> ignored = new ArrayList<>();
        CredentialChecks.issuer(credential).ifPresent(iss -> claims.add("iss", iss.toString()));
        text(credential, "id").ifPresent(id -> claims.add("jti", id));
        subject(credential).ifPresent(sub -> claims.add("sub", sub));
        ValidityDates dates = ValidityDates.of(credential);
        CredentialChecks.validFrom(credential, dates, ignored).ifPresent(t -> claims.add("nbf", t.getEpochSecond()));
        CredentialChecks.validUntil(credential, dates, ignored).ifPresent(t -> claims.add("exp", t.getEpochSecond()));
        return claims.build();
    }

    /**
     * The credential subject's id, if there is exactly one subject with an id.
     *
     * @param credential the credential
     * @return the id
     */
    public static Optional<String> subject(JsonObject credential) {
        JsonValue subject = credential.get("credentialSubject");
        return subject instanceof JsonObject object ? text(object, "id") : Optional.empty();
    }

    /**
     * A string member.
     *
     * @param object the object
     * @param member the member
     * @return the string, if the member is one
     */
    public static Optional<String> text(JsonObject object, String member) {
        return object.get(member) instanceof JsonString s ? Optional.of(s.getString()) : Optional.empty();
    }

    /**
     * Seconds since the epoch, from a NumericDate claim value (truncated, as RFC 7519 allows fractions).
     *
     * @param value the claim value
     * @return the instant, if the value is a number within the range of {@link Instant}
     */
    public static Optional<Instant> numericDate(JsonValue value) {
        if (!(value instanceof jakarta.json.JsonNumber n)) {
            return Optional.empty();
        }
        // A number beyond Instant's range is no date at all (and would overflow long or Instant).
        java.math.BigDecimal seconds = n.bigDecimalValue();
        if (seconds.compareTo(EARLIEST) < 0 || seconds.compareTo(LATEST) > 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
    }

    private static final java.math.BigDecimal EARLIEST = java.math.BigDecimal.valueOf(Instant.MIN.getEpochSecond());
    private static final java.math.BigDecimal LATEST = java.math.BigDecimal.valueOf(Instant.MAX.getEpochSecond());

    /**
     * Parses a URI claim.
     *
     * @param text the text
     * @return the URI, if absolute
     */
    public static Optional<URI> uri(String text) {
        return CredentialChecks.uri(text);
    }
}
