package io.github.microcredentials.seals.internal.seal;

import io.github.microcredentials.signing.SigningException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;

/** RFC 3161 over HTTP: one request per time-stamp, the response checked against the request. */
public final class HttpTsaClient implements TimestampSource {

    private static final int MAX_RESPONSE_BYTES = 1024 * 1024;

    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the client; it connects only when asked for a time-stamp.
     *
     * @param url the authority's URL
     * @param timeout the connect and request timeout
     */
    public HttpTsaClient(URI url, Duration timeout) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("a TSA URL is an absolute http or https URL with a host, such as "
                    + "https://tsa.example/, not '" + url + "'");
        }
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public byte[] timestamp(String digestAlgorithm, byte[] digest) throws SigningException {
        // 62 random bits under a fixed top bit: the nonce's DER length never varies, and with it the token's,
        // so callers that size a signature container to the token (PAdES) do not have to ask again.
        BigInteger nonce = new BigInteger(62, random).setBit(62);
        TimeStampRequest request = Timestamps.request(digestAlgorithm, digest, nonce);
        HttpRequest post = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Timestamps.encode(request))).build();
        try {
            HttpResponse<InputStream> response = http.send(post, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            }
            if (response.statusCode() != 200 || body.length > MAX_RESPONSE_BYTES) {
                throw new SigningException("the time-stamping authority " + url + " answered HTTP " + response.statusCode());
            }
            TimeStampResponse parsed = parse(body);
            parsed.validate(request);
            if (parsed.getTimeStampToken() == null) {
                throw new SigningException("the time-stamping authority " + url + " refused: "
                        + (parsed.getStatusString() == null ? "status " + parsed.getStatus() : parsed.getStatusString()));
            }
            return parsed.getTimeStampToken().getEncoded();
        } catch (IOException | TSPException e) {
            throw new SigningException("no time-stamp from " + url + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningException("interrupted while waiting for " + url, e);
        }
    }

    /** Parses an RFC 3161 response; anything else (an HTML page, garbage) is a clear failure. */
    private TimeStampResponse parse(byte[] body) throws SigningException {
        try {
            return new TimeStampResponse(body);
        } catch (TSPException | IOException | RuntimeException e) {
            throw new SigningException("the answer of " + url + " is not an RFC 3161 time-stamp response"
                    + " (is it a time-stamping authority?)", e);
        }
    }

    /** What went wrong, in words: many I/O exceptions carry no message at all. */
    private String describe(Exception e) {
        if (e instanceof java.net.http.HttpConnectTimeoutException || e instanceof java.net.http.HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        if (e instanceof java.net.ConnectException) {
            return "cannot connect (connection refused or host unreachable)";
        }
        if (e instanceof java.net.UnknownHostException || e.getCause() instanceof java.net.UnknownHostException) {
            return "unknown host " + url.getHost();
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "TLS failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public String toString() {
        return "RFC 3161 client for " + url;
    }
}
