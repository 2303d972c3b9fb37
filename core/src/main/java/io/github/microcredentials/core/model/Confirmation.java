package io.github.microcredentials.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A record of who confirmed one element of a credential (DigiProf §4.2, rule DP-CONFIRM).
 *
 * @param element the element confirmed
 * @param role the role that confirmed it
 * @param confirmedBy the name of the person or body, if recorded
 * @param confirmedAt when, if recorded
 */
public record Confirmation(
        AnnexElement element, ConfirmationRole role, Optional<String> confirmedBy, Optional<OffsetDateTime> confirmedAt) {

    /** Checks the components. */
    public Confirmation {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }

    /**
     * A confirmation by a role.
     *
     * @param element the element
     * @param role the role
     * @return the confirmation
     */
    public static Confirmation of(AnnexElement element, ConfirmationRole role) {
        return new Confirmation(element, role, Optional.empty(), Optional.empty());
    }
}
