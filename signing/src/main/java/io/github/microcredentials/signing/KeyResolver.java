package io.github.microcredentials.signing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the key behind a verification method id ({@code verificationMethod} of a proof, {@code kid}
 * of a JWS). The library resolves {@code did:key} by itself, offline; every other DID method or
 * HTTPS key URL goes through a resolver the caller supplies, so that nothing is fetched from the
 * network unless the caller decides so.
 *
 * <p>Implementations must be thread-safe if the verifier is shared.
 */
@FunctionalInterface
public interface KeyResolver {

    /**
     * Resolves a verification method.
     *
     * @param verificationMethod the id, for example {@code did:key:z6Mk…#z6Mk…} or
     *     {@code https://example.edu/keys/1}
     * @return the method, or empty when this resolver does not know the id
     * @throws SigningException if resolution failed (the verifier reports it as
     *     {@link FailureCode#KEY_RESOLUTION_FAILED})
     */
    Optional<VerificationMethod> resolve(URI verificationMethod) throws SigningException;

    /**
     * The built-in offline {@code did:key} resolver (Ed25519, P-256, P-384 and RSA keys). It resolves
     * {@code did:key:z…#z…} (and {@code did:key:z…}) to the encoded key, controlled by
     * {@code did:key:z…}, and nothing else.
     *
     * @return the resolver
     */
    static KeyResolver didKey() {
        return new DidKeyResolver();
    }

    /**
     * A resolver of a fixed set of methods, for keys the caller knows in advance (an issuer's
     * published keys, a test key).
     *
     * @param methods the methods, by id
     * @return the resolver
     * @throws IllegalArgumentException if two methods have the same id
     */
    static KeyResolver of(List<VerificationMethod> methods) {
        Map<URI, VerificationMethod> byId = methods.stream()
                .collect(Collectors.toUnmodifiableMap(VerificationMethod::id, Function.identity()));
        return new KeyResolver() {
            @Override
            public Optional<VerificationMethod> resolve(URI id) {
                return Optional.ofNullable(byId.get(id));
            }

            /** The caller listed the controller's methods: those are all it has. */
            @Override
            public Optional<Boolean> controls(URI controller, VerificationMethod method) {
                boolean known = byId.values().stream().anyMatch(m -> m.controller().equals(controller));
                return known ? Optional.of(byId.values().stream().anyMatch(m -> m.controller().equals(controller)
                        && m.id().equals(method.id()) && m.key().equals(method.key()))) : Optional.empty();
            }
        };
    }

    /**
     * Whether a controller (a credential's issuer, a presentation's holder) authorises a method
     * whose own controller is someone else: its DID or controller document lists the method (for
     * example a {@code did:web} issuer listing a {@code did:key} method under
     * {@code assertionMethod}). Verifiers ask it only when the method's controller is not the
     * issuer; it decides between {@link FailureCode#CONTROLLER_MISMATCH} (known not to) and
     * {@link FailureCode#ISSUER_BINDING_UNESTABLISHED} (unknown).
     *
     * <p>By default the controller's id is resolved as a method id: a {@code did:key} controller
     * resolves to its one key, which must be the method's key; a controller this resolver does not
     * know (or cannot resolve) gives empty.
     *
     * @param controller the DID or URL that should control the method
     * @param method the resolved method
     * @return {@code true} if it does, {@code false} if it is known not to, empty if unknown
     */
    default Optional<Boolean> controls(URI controller, VerificationMethod method) {
        try {
            return resolve(controller).map(own -> own.controller().equals(controller) && own.key().equals(method.key()));
        } catch (SigningException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * This resolver, then another for the ids this one does not know.
     *
     * @param next the fallback
     * @return the combined resolver
     */
    default KeyResolver orElse(KeyResolver next) {
        KeyResolver first = this;
        return new KeyResolver() {
            @Override
            public Optional<VerificationMethod> resolve(URI id) throws SigningException {
                Optional<VerificationMethod> found = first.resolve(id);
                return found.isPresent() ? found : next.resolve(id);
            }

            @Override
            public Optional<Boolean> controls(URI controller, VerificationMethod method) {
                Optional<Boolean> known = first.controls(controller, method);
                return known.isPresent() ? known : next.controls(controller, method);
            }
        };
    }
}
