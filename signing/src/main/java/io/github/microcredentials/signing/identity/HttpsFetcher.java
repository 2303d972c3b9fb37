package io.github.microcredentials.signing.identity;

import io.github.microcredentials.signing.SigningException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * Fetches controller documents over HTTPS, for an {@link IdentifierResolver} that is allowed to go
 * on the network (opt-in: nothing in the library fetches by default). Every request is bounded: a
 * connect timeout, a timeout for the whole response, a size limit, redirects only to the same host
 * and port (at most {@link #MAX_REDIRECTS}), HTTPS only, and no request to a loopback, private,
 * link-local or otherwise non-public address (checked on the addresses the host name resolves to).
 * Thread-safe; build once and share.
 *
 * <p>The address check resolves the host name before the request; a DNS server that answers
 * differently a moment later (DNS rebinding) is not defeated by it. Run the fetcher behind an
 * egress proxy where that matters.
 */
public final class HttpsFetcher {

    /** The most same-host redirects followed. */
    public static final int MAX_REDIRECTS = 3;

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final Predicate<InetAddress> allowed;
    private final boolean plainHttp;

    private HttpsFetcher(Builder builder) {
        HttpClient.Builder http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(builder.connectTimeout);
        if (builder.sslContext != null) {
            http.sslContext(builder.sslContext);
        }
        this.client = http.build();
        this.timeout = builder.timeout;
        this.maxBytes = builder.maxBytes;
        this.allowed = builder.allowed;
        this.plainHttp = builder.plainHttp;
    }

    /**
     * Starts a fetcher with the defaults: 5 s to connect, 10 s for the response, 256 KiB.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether an address is public: not loopback, unspecified, link-local, site-local (RFC 1918),
     * unique-local (fc00::/7), shared (100.64/10), multicast, or reserved for documentation or
     * benchmarking. The default address check.
     *
     * @param address the address
     * @return {@code true} if a request may go there
     */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] a = address.getAddress();
        if (address instanceof Inet4Address) {
            int b0 = a[0] & 0xff;
            int b1 = a[1] & 0xff;
            return b0 != 0 && !(b0 == 100 && b1 >= 64 && b1 < 128) && !(b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0)
                    && !(b0 == 198 && (b1 == 18 || b1 == 19)) && b0 < 224;
        }
        if (address instanceof Inet6Address) {
            int b0 = a[0] & 0xff;
            boolean uniqueLocal = (b0 & 0xfe) == 0xfc;
            boolean documentation = b0 == 0x20 && (a[1] & 0xff) == 0x01 && (a[2] & 0xff) == 0x0d && (a[3] & 0xff) == 0xb8;
            return !uniqueLocal && !documentation;
        }
        return false;
    }

    /**
     * Fetches a document.
     *
     * @param url an {@code https} URL
     * @return the response body of a 200 answer
     * @throws SigningException if the URL is not HTTPS, its host resolves to a refused address, the
     *     answer is not 200, redirects elsewhere, is larger than the limit or slower than the timeout;
     *     the message says which
     */
    public byte[] fetch(URI url) throws SigningException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            check(current);
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(current).timeout(timeout).header("Accept",
                        "application/did+json, application/did+ld+json, application/json;q=0.9").GET().build();
            } catch (IllegalArgumentException e) {
                throw new SigningException("cannot request " + current + ": " + e.getMessage(), e);
            }
            HttpResponse<byte[]> response = send(request);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    throw new SigningException(current + " answered " + status + " without a Location");
                }
                URI next;
                try {
                    next = current.resolve(location.get());
                } catch (IllegalArgumentException e) {
                    throw new SigningException(current + " redirected to an invalid URL", e);
                }
                if (!sameOrigin(url, next)) {
                    throw new SigningException(current + " redirected to " + next + ", another host; only redirects to "
                            + "the same host and port are followed");
                }
                if (redirects >= MAX_REDIRECTS) {
                    throw new SigningException(url + " redirected more than " + MAX_REDIRECTS + " times");
                }
                current = next;
                continue;
            }
            throw new SigningException(current + " answered HTTP " + status);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws SigningException {
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, info -> new Capped(maxBytes,
                info.headers().firstValueAsLong("Content-Length").orElse(-1)));
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new SigningException(request.uri() + " did not answer completely within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new SigningException("interrupted while fetching " + request.uri(), e);
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof TooLarge) {
                throw new SigningException(request.uri() + " answered with more than " + maxBytes + " bytes", cause);
            }
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new SigningException("cannot fetch " + request.uri() + ": " + detail, cause);
        }
    }

    private void check(URI url) throws SigningException {
        if (!"https".equalsIgnoreCase(url.getScheme()) && !(plainHttp && "http".equalsIgnoreCase(url.getScheme()))) {
            throw new SigningException("only https URLs are fetched, not " + DidWeb.shown(url.toString()));
        }
        String host = url.getHost();
        if (host == null || url.getRawUserInfo() != null) {
            throw new SigningException("not a plain https URL with a host: " + DidWeb.shown(url.toString()));
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new SigningException("unknown host " + host, e);
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw new SigningException(host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or reserved address; not fetched");
            }
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && b.getRawUserInfo() == null && b.getHost() != null
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    /** A body over the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("response too large");
        }
    }

    /** Collects a body up to a limit and stops reading beyond it. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final long declared;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(int max, long declared) {
            this.max = max;
            this.declared = declared;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > max) {
                s.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (body.size() + buffer.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                body.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }

    /** Settings of an {@link HttpsFetcher}. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration timeout = Duration.ofSeconds(10);
        private int maxBytes = ControllerDocument.MAX_DOCUMENT_BYTES;
        private Predicate<InetAddress> allowed = HttpsFetcher::isPublic;
        private SSLContext sslContext;
        private boolean plainHttp;

        private Builder() {
        }

        /** For this package's tests only: a local server without TLS. */
        Builder allowPlainHttpForTests() {
            this.plainHttp = true;
            return this;
        }

        /**
         * The time to establish a connection; by default 5 s.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /**
         * The time for the whole response, body included; by default 10 s.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout);
            return this;
        }

        /**
         * The largest body read; by default {@link ControllerDocument#MAX_DOCUMENT_BYTES}.
         *
         * @param bytes from 1 to {@link ControllerDocument#MAX_DOCUMENT_BYTES}
         * @return this builder
         */
        public Builder maxBytes(int bytes) {
            if (bytes < 1 || bytes > ControllerDocument.MAX_DOCUMENT_BYTES) {
                throw new IllegalArgumentException("maxBytes must be between 1 and " + ControllerDocument.MAX_DOCUMENT_BYTES);
            }
            this.maxBytes = bytes;
            return this;
        }

        /**
         * Which addresses requests may go to; by default {@link HttpsFetcher#isPublic(InetAddress)}.
         * Widen it only for a controlled network (an intranet issuer, a test server).
         *
         * @param allowed the check, applied to every address the host resolves to
         * @return this builder
         */
        public Builder addresses(Predicate<InetAddress> allowed) {
            this.allowed = Objects.requireNonNull(allowed, "allowed");
            return this;
        }

        /**
         * The TLS settings (trusted certificates); by default the JVM's.
         *
         * @param context the context
         * @return this builder
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Builds the fetcher.
         *
         * @return the fetcher
         */
        public HttpsFetcher build() {
            return new HttpsFetcher(this);
        }

        private static Duration positive(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("a timeout must be positive");
            }
            return duration;
        }
    }
}
