package io.github.microcredentials.wallet.oid4vci;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.wallet.status.StatusReference;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The institution's answer to a wallet that asks for a micro-credential without an offer (OpenID4VCI 1.0 §5.1:
 * a wallet-initiated authorization request with {@code scope} or {@code authorization_details} and no
 * {@code issuer_state}). The {@link AuthorizationServer} has authenticated the learner; this says which
 * credential, if any, that learner is entitled to. Without it, a {@link CredentialIssuer} only serves
 * authorizations that started from its own offers.
 */
@FunctionalInterface
public interface LearnerCredentials {

    /**
     * The credential to issue to the learner an access token was granted for.
     *
     * @param grant what the token authorizes: its {@link AccessGrant#subject() subject} is the learner as the
     *     authorization server names them (never {@code null} here), its scopes or credential configurations what
     *     the wallet asked for
     * @return the credential to issue, or empty when the learner has none (the wallet gets
     *     {@code credential_request_denied})
     */
    Optional<Entitlement> credentialFor(AccessGrant grant);

    /**
     * A credential a learner is entitled to.
     *
     * @param credential the micro-credential to issue
     * @param status its Token Status List entry, or {@code null}
     */
    record Entitlement(MicroCredential credential, @Nullable StatusReference status) {

        /**
         * Checks the credential.
         *
         * @throws NullPointerException if the credential is null
         */
        public Entitlement {
            Objects.requireNonNull(credential, "credential");
        }
    }
}
