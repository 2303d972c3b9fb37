package io.github.microcredentials.wallet.oid4vci;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the issuer needs of an HTTP request to check a sender-constrained token or a DPoP proof: the
 * method, the URL the client addressed (the DPoP {@code htu}), and the {@code Authorization}, {@code DPoP}
 * and client attestation headers. The web stack fills it from its request object.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param uri the request URL as the client sent it (scheme, host, path; a query or fragment is ignored)
 * @param authorization the {@code Authorization} header, or {@code null}
 * @param dpop the {@code DPoP} header, or {@code null}
 * @param clientAttestation the {@code OAuth-Client-Attestation} header (wallet attestation), or {@code null}
 * @param clientAttestationPop the {@code OAuth-Client-Attestation-PoP} header, or {@code null}
 */
public record ResourceRequest(String method, String uri, @Nullable String authorization, @Nullable String dpop,
        @Nullable String clientAttestation, @Nullable String clientAttestationPop) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if the method or URI is null
     */
    public ResourceRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * A request without client attestation headers.
     *
     * @param method the HTTP method
     * @param uri the request URL
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param dpop the {@code DPoP} header, or {@code null}
     */
    public ResourceRequest(String method, String uri, @Nullable String authorization, @Nullable String dpop) {
        this(method, uri, authorization, dpop, null, null);
    }
}
