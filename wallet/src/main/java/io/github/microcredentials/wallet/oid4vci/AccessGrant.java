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
 * @param credentialIdentifiers the {@code credential_identifiers} the token response named for authorization details of
 *     type {@code openid_credential} (RFC 9396, OpenID4VCI 1.0 §6.2); the wallet must then request by
 *     {@code credential_identifier}; empty when the wallet asked by scope
 */
public record AccessGrant(@Nullable String issuerState, @Nullable String subject, List<String> scopes, Instant expiry,
        List<String> credentialIdentifiers) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if the scopes, expiry or credential identifiers are null
     */
    public AccessGrant {
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(expiry, "expiry");
        credentialIdentifiers = List.copyOf(credentialIdentifiers);
    }

    /**
     * A grant by scope, without authorization details.
     *
     * @param issuerState the offer's {@code issuer_state}, or {@code null}
     * @param subject the authenticated learner, or {@code null}
     * @param scopes the granted scopes
     * @param expiry when the token expires
     */
    public AccessGrant(@Nullable String issuerState, @Nullable String subject, List<String> scopes, Instant expiry) {
        this(issuerState, subject, scopes, expiry, List.of());
    }
}
