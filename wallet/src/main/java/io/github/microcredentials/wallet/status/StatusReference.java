package io.github.microcredentials.wallet.status;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Referenced Token's entry in a Token Status List: the {@code status.status_list} claim
 * ({@code idx} and {@code uri}, draft-ietf-oauth-status-list-14 §6.1).
 *
 * @param uri the URI of the Status List Token
 * @param index the index of the token's status in the list
 */
public record StatusReference(URI uri, long index) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if the URI is not absolute or the index negative
     */
    public StatusReference {
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a status list URI is absolute: " + uri);
        }
        if (index < 0) {
            throw new IllegalArgumentException("a status index is not negative: " + index);
        }
    }

    /**
     * The value of the {@code status} claim.
     *
     * @return {@code {"status_list": {"idx": ..., "uri": ...}}}
     */
    public Map<String, Object> toClaim() {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("idx", index);
        list.put("uri", uri.toString());
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status_list", list);
        return status;
    }
}
