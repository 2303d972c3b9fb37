package io.github.microcredentials.status.internal;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.status.StatusListSigner;
import java.util.Objects;

/**
 * The one place where status lists meet the signing module's signer: a Data Integrity proof over
 * the list credential. When signing moves to one Signer SPI, only this class changes.
 */
public final class DataIntegrityListSigner implements StatusListSigner {

    private final DataIntegritySigner signer;

    /**
     * Wraps a signer.
     *
     * @param signer the signer
     */
    public DataIntegrityListSigner(DataIntegritySigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    @Override
    public byte[] sign(byte[] unsignedCredential) throws SigningException {
        try {
            return signer.sign(unsignedCredential);
        } catch (CredentialParseException e) {
            throw new SigningException("the status list credential cannot be signed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Data Integrity status list signer (" + signer.verificationMethod() + ")";
    }
}
