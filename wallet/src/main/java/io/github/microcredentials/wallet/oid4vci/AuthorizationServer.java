package io.github.microcredentials.wallet.oid4vci;

import java.util.Map;

/**
 * The authorization server behind a {@link CredentialIssuer} for the authorization code flow: an
 * institution plugs in its own (its single sign-on's OAuth server) or uses the built-in
 * {@link AuthorizationCodeServer}. The credential issuer only asks it to check the access token of a
 * credential request; how the learner logs in and how tokens are issued is the server's business.
 */
public interface AuthorizationServer {

    /**
     * The server's issuer identifier, listed in the credential issuer metadata's {@code authorization_servers}
     * when it is not the credential issuer itself.
     *
     * @return the identifier (an HTTPS URL)
     */
    String issuer();

    /**
     * The server's OAuth Authorization Server Metadata (RFC 8414).
     *
     * @return the metadata
     */
    Map<String, Object> metadata();

    /**
     * Checks the access token of a request to the Credential Endpoint: the token, and for a DPoP-bound
     * token the DPoP proof (RFC 9449 §7) with its {@code ath} and key binding.
     *
     * @param request the HTTP request
     * @return what the token authorizes
     * @throws IssuanceException {@code invalid_token} (401), {@code invalid_dpop_proof} or {@code use_dpop_nonce} (401,
     *     with a {@code WWW-Authenticate} header and, for the latter, {@code DPoP-Nonce})
     */
    AccessGrant authorize(ResourceRequest request) throws IssuanceException;
}
