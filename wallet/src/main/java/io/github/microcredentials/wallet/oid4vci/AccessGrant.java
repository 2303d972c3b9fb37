package io.github.microcredentials.wallet.oid4vci;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a valid access token authorizes at the Credential Endpoint, as an {@link AuthorizationServer} reports it.
 *
 * @param issuerState the {@code issuer_state} of the credential offer the wallet started from, or {@code null}
 *     when the wallet started on its own
 * @param subject the authenticated learner, as the authorization server names them, or {@code null}
 * @param scopes the granted scopes
 * @param expiry when the token expires
 */
public record AccessGrant(@Nullable String issuerState, @Nullable String subject, List<String> scopes, Instant expiry) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if the scopes or expiry are null
     */
    public AccessGrant {
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(expiry, "expiry");
    }
}
