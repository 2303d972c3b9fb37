package io.github.microcredentials.status;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a verifier relies on a status list published by a given issuer for a given credential.
 * The list's issuer may differ from the credential's (Bitstring Status List §2.2); whom to trust is
 * the verifier's decision (§3.2). By default only the credential's own issuer is trusted.
 */
@FunctionalInterface
public interface ListIssuerTrust {

    /**
     * Decides.
     *
     * @param listIssuer the issuer of the status list credential
     * @param credentialIssuer the issuer of the credential, if it states one
     * @return {@code true} if the list is relied upon
     */
    boolean trusts(URI listIssuer, Optional<URI> credentialIssuer);

    /**
     * Trusts a list only from the credential's own issuer (the default).
     *
     * @return the trust
     */
    static ListIssuerTrust sameIssuer() {
        return (list, credential) -> credential.isPresent() && credential.get().equals(list);
    }

    /**
     * Trusts lists from the credential's issuer and from the given issuers (status services that
     * publish on behalf of issuers).
     *
     * @param issuers the further trusted list issuers
     * @return the trust
     */
    static ListIssuerTrust sameIssuerOr(Set<URI> issuers) {
        Set<URI> trusted = Set.copyOf(issuers);
        return (list, credential) -> trusted.contains(list) || credential.isPresent() && credential.get().equals(list);
    }
}
