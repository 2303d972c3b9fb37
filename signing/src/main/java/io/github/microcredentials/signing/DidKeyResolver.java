package io.github.microcredentials.signing;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline {@code did:key} resolver. A {@code did:key} URL encodes its key, so resolution is a
 * pure function of the text: the resolver keeps the keys it decoded (up to a bound), which spares
 * batch verification of one issuer's credentials the Base58 decoding and point validation.
 * Thread-safe.
 */
final class DidKeyResolver implements KeyResolver {

    private static final int MAX_KEYS = 1024;

    private final Map<URI, VerificationMethod> resolved = new ConcurrentHashMap<>();

    @Override
    public Optional<VerificationMethod> resolve(URI id) throws SigningException {
        VerificationMethod known = resolved.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        if (!id.toString().startsWith("did:key:")) {
            return Optional.empty();
        }
        VerificationMethod method;
        try {
            VerificationKey key = VerificationKey.fromDidKey(id);
            method = new VerificationMethod(id, key.did(), key);
        } catch (IllegalArgumentException e) {
            throw new SigningException("cannot resolve " + id + ": " + e.getMessage(), e);
        }
        if (resolved.size() >= MAX_KEYS) {
            resolved.clear();
        }
        resolved.put(id, method);
        return Optional.of(method);
    }
}
