package io.github.microcredentials.openbadges.model;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An Open Badges 3.0 {@code EndorsementCredential} as read: a third party's statement about an
 * issuer, an achievement or a credential ({@link #subject()}), itself a verifiable credential of
 * its issuer ({@link #endorser()}).
 *
 * <p>Reading does not verify it. A verifier must check, before it relies on an endorsement: its
 * proof (a Data Integrity proof with a key the endorser controls, or the compact JWS of an
 * {@code endorsementJwt}), that {@link #validFrom()} has passed and {@link #validUntil()} has not,
 * its status where it has a {@code credentialStatus}, and, for an endorsement embedded in a
 * credential, that {@link #subject()} is the id of the profile, achievement or credential it is
 * embedded in (the reader reports a mismatch).
 *
 * @param id the endorsement's id
 * @param name its name
 * @param description its description, if any
 * @param endorser the id of the endorsing Profile (the endorsement's issuer)
 * @param endorserName the endorser's name, if given
 * @param subject the id of what is endorsed
 * @param comment the endorsement comment, if any
 * @param validFrom from when it is valid ({@code issuanceDate} for a VC 1.1 endorsement)
 * @param validUntil until when it is valid, if it expires
 * @param signed whether it carries a proof (or is a JWS); not whether that proof verifies
 * @see <a href="https://www.imsglobal.org/spec/ob/v3p0/#endorsementcredential">Open Badges 3.0, EndorsementCredential</a>
 */
public record Endorsement(URI id, String name, Optional<String> description, URI endorser, Optional<String> endorserName,
        URI subject, Optional<String> comment, OffsetDateTime validFrom, Optional<OffsetDateTime> validUntil,
        boolean signed) {

    /** Checks the components. */
    public Endorsement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(endorser, "endorser");
        Objects.requireNonNull(endorserName, "endorserName");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
