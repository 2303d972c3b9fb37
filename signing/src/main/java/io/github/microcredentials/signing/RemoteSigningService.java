package io.github.microcredentials.signing;

/**
 * A signing service that keeps the private key (a QTSP's remote QSCD, a cloud HSM or KMS, an EU DSS
 * server) and returns signature values: the second half of two-step signing. The library computes
 * the data to be signed and its digest ({@link SigningRequest}); the service signs and returns the
 * value; {@link Signers#remote(RemoteSigningService, java.util.List)} verifies the value with the
 * public key before using it, so a wrong key, algorithm or data fails there and not in a
 * verifier's hands.
 *
 * <p>It has the shape of the Cloud Signature Consortium API {@code signatures/signHash} (send
 * {@link SigningRequest#digest()} with the algorithm; for RS256 the service wraps the hash in its
 * {@code DigestInfo}, for ECDSA it returns {@code r || s}, converting from DER if its API answers
 * DER) and of EU DSS remote signing ({@code signDigest} with the digest, or {@code sign} with
 * {@link SigningRequest#dataToBeSigned()}). Implementations authenticate to the service
 * themselves, must be thread-safe if the signer is shared, and never log credentials or
 * activation data.
 */
@FunctionalInterface
public interface RemoteSigningService {

    /**
     * Signs one request.
     *
     * @param request the algorithm, data to be signed and digest
     * @return the signature value in the format of the request's algorithm (see {@link Signer})
     * @throws SigningException if the service fails or refuses; the message holds no secret
     */
    byte[] sign(SigningRequest request) throws SigningException;
}
