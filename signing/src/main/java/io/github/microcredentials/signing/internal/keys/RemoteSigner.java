package io.github.microcredentials.signing.internal.keys;

import io.github.microcredentials.signing.RemoteSigningService;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningRequest;
import io.github.microcredentials.signing.VerificationKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A signer whose key stays with a remote service: each signature is one request (data to be signed
 * and its digest out, signature value in). The value is verified with the public key before it is
 * used, since it comes from outside the process. Immutable and thread-safe if the service is.
 */
public final class RemoteSigner extends KeyedSigner {

    private final RemoteSigningService service;

    /**
     * Creates the signer.
     *
     * @param service the service
     * @param publicKey the public key of the service's key
     * @param chain the key's certificate chain, possibly empty
     * @param algorithm the algorithm
     * @throws IllegalArgumentException if the algorithm is for verification only or does not fit the key
     */
    public RemoteSigner(RemoteSigningService service, VerificationKey publicKey, List<X509Certificate> chain,
            SignatureAlgorithm algorithm) {
        super(chain, algorithm, publicKey, "the remote key");
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * The same service and key with another algorithm.
     *
     * @param other the algorithm
     * @return the signer
     * @throws IllegalArgumentException if the algorithm does not fit the key
     */
    public RemoteSigner withAlgorithm(SignatureAlgorithm other) {
        return new RemoteSigner(service, publicKey(), certificateChain(), other);
    }

    @Override
    public byte[] sign(byte[] data) throws SigningException {
        byte[] value = service.sign(SigningRequest.of(algorithm(), data));
        if (value == null) {
            throw new SigningException("the remote signing service returned no signature value");
        }
        if (!verifies(data, value)) {
            throw new SigningException("the remote signing service's value does not verify with its key (wrong key, algorithm or data)");
        }
        return value.clone();
    }

    @Override
    public String toString() {
        return algorithm().jwsName() + " remote signer for " + holder();
    }
}
