package io.github.microcredentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.status.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Fetches status list credentials over HTTPS, opted in by the caller. Bounded: connect and request
 * timeouts, a response size limit, at most three redirects and only to the same host (a redirect to
 * another host is refused), HTTPS only. Sends no cookies and no referrer; add a proxy (or an
 * Oblivious HTTP relay behind a {@link ProxySelector}) to hide which lists a verifier fetches from
 * the issuer (§3.2).
 *
 * <p>Lists are cached, up to a number of lists, for their {@code ttl} (capped by
 * {@link Builder#maxCacheAge}) and never beyond their {@code validUntil}; a list without
 * {@code ttl} is kept for {@link Builder#defaultCacheAge}. Failures are not cached. Thread-safe.
 */
public final class HttpsStatusListResolver implements StatusListResolver {

    private static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final int maxBytes;
    private final Duration defaultAge;
    private final Duration maxAge;
    private final Clock clock;
    private final boolean allowHttp;
    private final Map<URI, Cached> cache;

    private HttpsStatusListResolver(Builder builder) {
        HttpClient.Builder http = HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (builder.sslContext != null) {
            http.sslContext(builder.sslContext);
        }
        if (builder.proxy != null) {
            http.proxy(builder.proxy);
        }
        this.client = http.build();
        this.requestTimeout = builder.requestTimeout;
        this.maxBytes = builder.maxBytes;
        this.defaultAge = builder.defaultAge;
        this.maxAge = builder.maxAge;
        this.clock = builder.clock;
        this.allowHttp = builder.allowHttp;
        int entries = builder.cacheEntries;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Cached> eldest) {
                return size() > entries;
            }
        };
    }

    /**
     * Starts a resolver with the defaults: 5 s to connect, 10 s per request, 4 MiB per list,
     * 256 cached lists.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<StatusListDocument> resolve(URI url) throws StatusRetrievalException {
        Instant now = clock.instant();
        synchronized (cache) {
            Cached cached = cache.get(url);
            if (cached != null && now.isBefore(cached.until)) {
                return Optional.of(cached.document);
            }
        }
        StatusListDocument document = fetch(url);
        Instant until = expiry(document, now);
        if (until.isAfter(now)) {
            synchronized (cache) {
                cache.put(url, new Cached(document, until));
            }
        }
        return Optional.of(document);
    }

    private StatusListDocument fetch(URI url) throws StatusRetrievalException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkScheme(current);
            HttpRequest request = HttpRequest.newBuilder(current)
                    .timeout(requestTimeout)
                    .header("Accept", "application/vc+ld+json, application/vc, application/ld+json, application/json")
                    .GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                throw new StatusRetrievalException("timed out fetching " + current, e);
            } catch (IOException e) {
                throw new StatusRetrievalException("cannot fetch " + current + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StatusRetrievalException("interrupted fetching " + current, e);
            }
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new StatusRetrievalException(current + " redirects without a Location");
                }
                URI next = current.resolve(location.get());
                if (!sameOrigin(current, next)) {
                    throw new StatusRetrievalException(current + " redirects to another host (" + next.getHost()
                            + "): refused");
                }
                current = next;
                continue;
            }
            if (status != 200) {
                close(response);
                throw new StatusRetrievalException(current + " answered HTTP " + status);
            }
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new StatusRetrievalException(current + " sent more than " + maxBytes + " bytes: refused");
                }
                return StatusListDocument.of(url, bytes, clock.instant());
            } catch (IOException e) {
                throw new StatusRetrievalException("cannot read the status list from " + current + ": " + e.getMessage(), e);
            }
        }
        throw new StatusRetrievalException(url + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private void checkScheme(URI url) throws StatusRetrievalException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw new StatusRetrievalException("only https status list URLs are fetched, not " + url);
        }
    }

    private static boolean sameOrigin(URI from, URI to) {
        return from.getScheme() != null && from.getScheme().equalsIgnoreCase(to.getScheme())
                && from.getHost() != null && from.getHost().equalsIgnoreCase(to.getHost())
                && from.getPort() == to.getPort();
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // The connection is discarded either way.
        }
    }

    /** How long a fetched list may be used: its ttl (capped), never past its validUntil. */
    private Instant expiry(StatusListDocument document, Instant now) {
        Duration age = defaultAge;
        Instant until = null;
        try {
            JsonNode root = Json.object(document.bytesUnsafe());
            JsonNode ttl = root.path("credentialSubject").path("ttl");
            if (ttl.canConvertToLong() && ttl.asLong() > 0) {
                age = Duration.ofMillis(ttl.asLong());
            }
            Optional<String> validUntil = Json.text(root, "validUntil").or(() -> Json.text(root, "expirationDate"));
            if (validUntil.isPresent()) {
                until = java.time.OffsetDateTime.parse(validUntil.get()).toInstant();
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return now;
        }
        if (age.compareTo(maxAge) > 0) {
            age = maxAge;
        }
        Instant expiry = now.plus(age);
        return until != null && until.isBefore(expiry) ? until : expiry;
    }

    @Override
    public String toString() {
        return "HTTPS status list resolver";
    }

    private record Cached(StatusListDocument document, Instant until) {
    }

    /** Settings of an {@link HttpsStatusListResolver}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int maxBytes = 4 * 1024 * 1024;
        private Duration defaultAge = Duration.ofMinutes(5);
        private Duration maxAge = Duration.ofDays(1);
        private int cacheEntries = 256;
        private Clock clock = Clock.systemUTC();
        private @Nullable SSLContext sslContext;
        private @Nullable ProxySelector proxy;
        private boolean allowHttp;

        private Builder() {
        }

        /**
         * The connect timeout; by default 5 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /**
         * The timeout of a whole request; by default 10 seconds.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout);
            return this;
        }

        /**
         * The largest list accepted; by default 4 MiB.
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxBytes(int bytes) {
            if (bytes < 1 || bytes > Json.MAX_DOCUMENT_BYTES) {
                throw new IllegalArgumentException("the size limit is between 1 and " + Json.MAX_DOCUMENT_BYTES);
            }
            this.maxBytes = bytes;
            return this;
        }

        /**
         * How long a list without {@code ttl} is cached; by default 5 minutes.
         *
         * @param age a duration, zero to not cache such lists
         * @return this builder
         */
        public Builder defaultCacheAge(Duration age) {
            if (age.isNegative()) {
                throw new IllegalArgumentException("the cache age is not negative");
            }
            this.defaultAge = age;
            return this;
        }

        /**
         * The longest any list is cached, whatever its {@code ttl}; by default one day.
         *
         * @param age a duration
         * @return this builder
         */
        public Builder maxCacheAge(Duration age) {
            if (age.isNegative()) {
                throw new IllegalArgumentException("the cache age is not negative");
            }
            this.maxAge = age;
            return this;
        }

        /**
         * How many lists are cached; by default 256.
         *
         * @param entries at least 0
         * @return this builder
         */
        public Builder cacheEntries(int entries) {
            if (entries < 0) {
                throw new IllegalArgumentException("the cache size is not negative");
            }
            this.cacheEntries = entries;
            return this;
        }

        /**
         * The clock of the cache; by default the system clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The TLS settings (trust store) of the connections; by default the JDK's.
         *
         * @param context the context
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * A proxy for every fetch, for example a privacy proxy; by default none.
         *
         * @param selector the proxy selector
         * @return this builder
         */
        public Builder proxy(ProxySelector selector) {
            this.proxy = Objects.requireNonNull(selector, "selector");
            return this;
        }

        /**
         * Also fetches plain {@code http} URLs; off by default. For tests and local mirrors only: a
         * list fetched over plain HTTP can be replaced on the way (its proof still has to verify).
         *
         * @param allow whether to allow plain HTTP
         * @return this builder
         */
        public Builder allowPlainHttp(boolean allow) {
            this.allowHttp = allow;
            return this;
        }

        /**
         * Builds the resolver.
         *
         * @return the resolver
         */
        public HttpsStatusListResolver build() {
            return new HttpsStatusListResolver(this);
        }

        private static Duration positive(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the duration is positive");
            }
            return duration;
        }
    }
}
