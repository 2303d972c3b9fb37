package io.github.microcredentials.signing.identity;

import io.github.microcredentials.signing.VerificationKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import io.github.microcredentials.signing.internal.codec.Multibase;

/**
 * The {@code did:jwk} method: a DID that is the base64url encoding of a public JWK, resolved
 * offline; its one verification method is {@code <did>#0}.
 *
 * @see <a href="https://github.com/quartzjer/did-jwk/blob/main/spec.md">did:jwk Method Specification</a>
 */
public final class DidJwk {

    private DidJwk() {
    }

    /**
     * The {@code did:jwk} DID of a key.
     *
     * @param key the public key
     * @return {@code did:jwk:eyJ…}
     */
    public static URI of(VerificationKey key) {
        return URI.create("did:jwk:" + Multibase.base64url(key.jwk().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The verification method id of a key in its {@code did:jwk} document.
     *
     * @param key the public key
     * @return {@code did:jwk:eyJ…#0}
     */
    public static URI verificationMethod(VerificationKey key) {
        return URI.create(of(key) + "#0");
    }
}
