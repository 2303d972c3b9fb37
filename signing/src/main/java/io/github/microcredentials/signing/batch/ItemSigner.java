package io.github.microcredentials.signing.batch;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SigningException;

/**
 * Signs one credential of a batch. Called from several threads at once: implementations must be
 * thread-safe ({@link io.github.microcredentials.signing.DataIntegritySigner} and
 * {@link io.github.microcredentials.signing.VcJwtSigner} are).
 */
@FunctionalInterface
public interface ItemSigner {

    /**
     * Signs.
     *
     * @param credential the credential, as read from the input
     * @return the signed credential, as the sink writes it
     * @throws CredentialParseException if the credential is malformed; reported as a failure of this item
     * @throws SigningException if signing fails; reported as a failure of this item
     */
    byte[] sign(byte[] credential) throws CredentialParseException, SigningException;
}
