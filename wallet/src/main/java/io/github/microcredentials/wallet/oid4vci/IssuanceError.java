package io.github.microcredentials.wallet.oid4vci;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error response of the token or credential endpoint, with the code OpenID4VCI 1.0 (§8.3.1.2) or
 * OAuth 2.0 (RFC 6749 §5.2) names.
 *
 * @param error the code, such as {@code invalid_proof}, {@code invalid_nonce}, {@code invalid_grant}
 * @param description a human-readable description
 * @param httpStatus the HTTP status to answer with
 * @param headers response headers to send with it, such as {@code DPoP-Nonce} with {@code use_dpop_nonce} and
 *     {@code WWW-Authenticate} with a 401
 */
public record IssuanceError(String error, String description, int httpStatus, Map<String, String> headers) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public IssuanceError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(description, "description");
        headers = Map.copyOf(headers);
    }

    /**
     * An error without response headers.
     *
     * @param error the code
     * @param description a human-readable description
     * @param httpStatus the HTTP status
     */
    public IssuanceError(String error, String description, int httpStatus) {
        this(error, description, httpStatus, Map.of());
    }

    /**
     * The JSON body.
     *
     * @return {@code {"error": ..., "error_description": ...}}
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", error);
        m.put("error_description", description);
        return m;
    }

    static IssuanceError badRequest(String error, String description) {
        return new IssuanceError(error, description, 400);
    }
}
