package io.github.microcredentials.status;

import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.status.internal.DataIntegrityListSigner;

/**
 * Secures a status list credential. Bitstring Status List §3.6 recommends securing the list the
 * same way, with the same parameters, as the credentials it covers: pass the signer the
 * credentials are signed with.
 */
@FunctionalInterface
public interface StatusListSigner {

    /**
     * Signs an unsigned {@code BitstringStatusListCredential}.
     *
     * @param unsignedCredential the credential, UTF-8 JSON
     * @return the secured credential, UTF-8 JSON
     * @throws SigningException if signing fails
     */
    byte[] sign(byte[] unsignedCredential) throws SigningException;

    /**
     * Adds a W3C Data Integrity proof with the given signer.
     *
     * @param signer the signer of the issuer's credentials
     * @return the status list signer
     */
    static StatusListSigner dataIntegrity(DataIntegritySigner signer) {
        return new DataIntegrityListSigner(signer);
    }
}
