package io.github.microcredentials.seals;

import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.seal.HttpTsaClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A time-stamping authority (RFC 3161) that seals of level BASELINE-T use: it time-stamps the
 * digest of the seal's signature value. The library checks every token it receives (message
 * imprint, TSA signature) before it embeds it.
 */
public interface TsaClient {

    /**
     * Gets a time-stamp token for a digest.
     *
     * @param digestAlgorithm the JCA name of the digest ({@code SHA-256})
     * @param digest the digest to time-stamp
     * @return the DER {@code TimeStampToken} (the CMS {@code SignedData}, not the whole response)
     * @throws SigningException if the authority cannot be reached or refuses
     */
    byte[] timestamp(String digestAlgorithm, byte[] digest) throws SigningException;

    /**
     * A client that speaks RFC 3161 over HTTP(S) to the given URL ({@code POST
     * application/timestamp-query}), with a random nonce and a 30 second timeout. Nothing is sent
     * until a seal asks for a time-stamp.
     *
     * @param url the authority's URL, as the caller configured it
     * @return the client
     * @throws IllegalArgumentException if the URL is not {@code http} or {@code https}
     */
    static TsaClient http(URI url) {
        HttpTsaClient client = new HttpTsaClient(Objects.requireNonNull(url, "url"), Duration.ofSeconds(30));
        // An adapter, not the HTTP client itself: the internal client must not implement (import) this API.
        return new TsaClient() {
            @Override
            public byte[] timestamp(String digestAlgorithm, byte[] digest) throws SigningException {
                return client.timestamp(digestAlgorithm, digest);
            }

            @Override
            public String toString() {
                return client.toString();
            }
        };
    }
}
