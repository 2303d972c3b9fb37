package io.github.microcredentials.signing.identity;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in {@link IdentifierResolver}. */
final class StandardResolver implements IdentifierResolver {

    private static final int MAX_DID_JWK_LENGTH = 4096;

    private final DocumentStore store;
    private final HttpsFetcher fetcher;
    private final int cacheSize;
    private final Duration cacheTtl;
    private final Clock clock;
    private final Map<URI, Cached> cache;

    private record Cached(ControllerDocument document, Instant until) {
    }

    StandardResolver(IdentifierResolver.Builder builder) {
        this.store = builder.store;
        this.fetcher = builder.fetcher;
        this.cacheSize = builder.cacheSize;
        this.cacheTtl = builder.cacheTtl;
        this.clock = builder.clock;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
                return size() > cacheSize;
            }
        };
    }

    @Override
    public Optional<ControllerDocument> resolve(URI identifier) throws SigningException {
        String text = identifier.toString();
        if (text.indexOf('#') >= 0) {
            throw new SigningException("an identifier to resolve has no fragment: " + DidWeb.shown(text));
        }
        if (text.startsWith("did:key:")) {
            return Optional.of(didKey(identifier));
        }
        if (text.startsWith("did:jwk:")) {
            return Optional.of(didJwk(identifier));
        }
        boolean didWeb = DidWeb.isDidWeb(identifier);
        boolean https = "https".equalsIgnoreCase(identifier.getScheme());
        if (!didWeb && !https) {
            return Optional.empty();
        }
        URI url;
        try {
            url = didWeb ? DidWeb.toUrl(identifier) : identifier;
        } catch (IllegalArgumentException e) {
            throw new SigningException(e.getMessage(), e);
        }
        Optional<byte[]> held = store.get(identifier);
        if (held.isPresent()) {
            return Optional.of(ControllerDocument.parse(held.get(), identifier));
        }
        if (fetcher == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (cache) {
            Cached cached = cache.get(identifier);
            if (cached != null && now.isBefore(cached.until())) {
                return Optional.of(cached.document());
            }
        }
        ControllerDocument document = ControllerDocument.parse(fetcher.fetch(url), identifier);
        if (cacheSize > 0) {
            synchronized (cache) {
                cache.put(identifier, new Cached(document, now.plus(cacheTtl)));
            }
        }
        return Optional.of(document);
    }

    private static ControllerDocument didKey(URI did) throws SigningException {
        VerificationKey key;
        try {
            key = VerificationKey.fromDidKey(did);
        } catch (IllegalArgumentException e) {
            throw new SigningException("cannot resolve " + DidWeb.shown(did.toString()) + ": " + e.getMessage(), e);
        }
        VerificationMethod method = VerificationMethod.didKey(key);
        return ControllerDocument.of(did, List.of(method), Set.of(method.id()));
    }

    /** did:jwk: the DID is the base64url JWK; its one method is {@code #0} (did:jwk method specification). */
    private static ControllerDocument didJwk(URI did) throws SigningException {
        String encoded = did.toString().substring("did:jwk:".length());
        if (encoded.length() > MAX_DID_JWK_LENGTH) {
            throw new SigningException("a did:jwk longer than " + MAX_DID_JWK_LENGTH + " characters is not resolved");
        }
        VerificationKey key;
        try {
            JsonObject jwk = StrictJson.parseObject(Multibase.decodeBase64url(encoded));
            if (jwk.get("use") instanceof JsonString use && !use.getString().equals("sig")) {
                throw new IllegalArgumentException("the JWK is for " + use.getString() + ", not for signatures");
            }
            key = VerificationKey.fromJwk(JsonText.compact(jwk));
        } catch (CredentialParseException e) {
            throw new SigningException("cannot resolve " + DidWeb.shown(did.toString()) + ": not a JWK: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SigningException("cannot resolve " + DidWeb.shown(did.toString()) + ": " + e.getMessage(), e);
        }
        URI methodId = URI.create(did + "#0");
        return ControllerDocument.of(did, List.of(new VerificationMethod(methodId, did, key)), Set.of(methodId));
    }
}
