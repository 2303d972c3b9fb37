package io.github.microcredentials.signing.identity;

import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationMethod;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves an identifier (a DID, or the HTTPS URL of a controller document) to its
 * {@link ControllerDocument}: the SPI behind key resolution. Implement it to plug in another DID
 * method or a DID resolver service; use {@link #builder()} for the built-in one.
 *
 * <p>The built-in resolver knows {@code did:key} and {@code did:jwk} by themselves (the DID holds
 * the key) and reads {@code did:web} DIDs and HTTPS controller documents from a
 * {@link DocumentStore} the caller supplies; it fetches them over HTTPS only when given an
 * {@link HttpsFetcher}. Nothing else is resolved.
 *
 * <pre>{@code
 * IdentifierResolver identities = IdentifierResolver.offline(DocumentStore.files(List.of(Path.of("did.json"))));
 * DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().keyResolver(identities.keys()).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface IdentifierResolver {

    /**
     * Resolves an identifier.
     *
     * @param identifier a DID or an HTTPS URL, without fragment
     * @return its document, or empty when this resolver does not know the identifier
     * @throws SigningException if the identifier is known but its document cannot be had or read
     *     (the message says why)
     */
    Optional<ControllerDocument> resolve(URI identifier) throws SigningException;

    /**
     * The built-in resolver without documents: {@code did:key} and {@code did:jwk} only.
     *
     * @return the resolver
     */
    static IdentifierResolver offline() {
        return builder().build();
    }

    /**
     * The built-in resolver over the caller's documents, never on the network.
     *
     * @param store the documents of {@code did:web} DIDs and HTTPS controllers
     * @return the resolver
     */
    static IdentifierResolver offline(DocumentStore store) {
        return builder().documents(store).build();
    }

    /**
     * Starts the built-in resolver: {@code did:key}, {@code did:jwk}, no documents, no network.
     *
     * @return the builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * This resolver, then another for the identifiers this one does not know.
     *
     * @param next the fallback
     * @return the combined resolver
     */
    default IdentifierResolver orElse(IdentifierResolver next) {
        Objects.requireNonNull(next, "next");
        return id -> {
            Optional<ControllerDocument> found = resolve(id);
            return found.isPresent() ? found : next.resolve(id);
        };
    }

    /**
     * The key resolver verifiers and signers take: a verification method id
     * ({@code did:web:example.edu#key-1}, {@code https://example.edu/issuers/1#key-1}) is looked up in
     * its controller's document, and accepted only if the document lists it under
     * {@code assertionMethod}. Its controller is the document's id.
     *
     * @return the key resolver
     */
    default KeyResolver keys() {
        IdentifierResolver identities = this;
        return new KeyResolver() {
            @Override
            public Optional<VerificationMethod> resolve(URI methodId) throws SigningException {
                String text = methodId.toString();
                int hash = text.indexOf('#');
                URI controller = hash < 0 ? methodId : URI.create(text.substring(0, hash));
                Optional<ControllerDocument> document = identities.resolve(controller);
                if (document.isEmpty()) {
                    return Optional.empty();
                }
                if (hash < 0) {
                    // a DID used as a method id (did:key:z…) names its only assertion key, or none
                    if (document.get().assertionMethods().size() != 1) {
                        throw new SigningException(methodId + " names a controller, not one of its keys; add the key's fragment");
                    }
                    // an outside method (a did:key the controller authorises) is not defined here: unknown by this id
                    return Optional.ofNullable(document.get().methods().get(document.get().assertionMethods().iterator().next()));
                }
                return Optional.of(document.get().assertionMethod(methodId));
            }

            /**
             * The controller's document, when this resolver has it, decides: it must list the method
             * under {@code assertionMethod} (by reference, as a {@code did:web} issuer lists a
             * {@code did:key}) and, if it defines the method itself, with the same key.
             */
            @Override
            public Optional<Boolean> controls(URI controller, VerificationMethod method) {
                if (controller.getRawFragment() != null) {
                    return Optional.empty();
                }
                Optional<ControllerDocument> document;
                try {
                    document = identities.resolve(controller);
                } catch (SigningException | RuntimeException e) {
                    return Optional.empty();
                }
                return document.map(d -> d.assertionMethods().contains(method.id())
                        && (!d.methods().containsKey(method.id()) || d.methods().get(method.id()).key().equals(method.key())));
            }
        };
    }

    /** Settings of the built-in resolver. */
    final class Builder {
        DocumentStore store = DocumentStore.empty();
        HttpsFetcher fetcher;
        int cacheSize = 256;
        Duration cacheTtl = Duration.ofMinutes(10);
        Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The documents of {@code did:web} DIDs and HTTPS controllers; by default none.
         *
         * @param store the documents
         * @return this builder
         */
        public Builder documents(DocumentStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Fetches over HTTPS the documents the store does not hold (opt-in network access): a
         * {@code did:web} DID from where the method says it is served, an HTTPS controller from its URL.
         *
         * @param fetcher the bounded fetcher
         * @return this builder
         */
        public Builder fetchOverHttps(HttpsFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * How many fetched documents are kept, and for how long; by default 256 for 10 minutes.
         * Documents from the store are read again each time (the store decides).
         *
         * @param size the most documents kept (0 keeps none)
         * @param ttl how long one is kept
         * @return this builder
         */
        public Builder cache(int size, Duration ttl) {
            if (size < 0 || ttl.isNegative()) {
                throw new IllegalArgumentException("cache size and time must not be negative");
            }
            this.cacheSize = size;
            this.cacheTtl = ttl;
            return this;
        }

        /**
         * The clock cache entries age by; by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the resolver.
         *
         * @return the resolver; thread-safe
         */
        public IdentifierResolver build() {
            return new StandardResolver(this);
        }
    }
}
