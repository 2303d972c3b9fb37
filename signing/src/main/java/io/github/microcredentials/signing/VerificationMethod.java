package io.github.microcredentials.signing;

import java.net.URI;
import java.util.Objects;

/**
 * A resolved verification method: a key, its id and who controls it. A verifier accepts a proof
 * only if the controller is the credential's issuer.
 *
 * @param id the verification method id, as proofs and {@code kid} headers name it
 * @param controller the DID or URL of the key's controller
 * @param key the public key
 */
public record VerificationMethod(URI id, URI controller, VerificationKey key) {

    /**
     * Validates the members.
     *
     * @throws NullPointerException if a member is null
     */
    public VerificationMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(controller, "controller");
        Objects.requireNonNull(key, "key");
    }

    /**
     * The verification method of a key's {@code did:key} DID: id {@code did:key:z…#z…},
     * controller {@code did:key:z…}.
     *
     * @param key the key
     * @return the method
     */
    public static VerificationMethod didKey(VerificationKey key) {
        return new VerificationMethod(key.didKeyVerificationMethod(), key.did(), key);
    }
}
