package io.github.microcredentials.wallet.status;

import io.github.microcredentials.status.StatusException;
import java.net.URI;

/**
 * Fetches Status List Tokens for a verifier: from a cache, a file, or (opt-in, bounded) the
 * network. The verifier checks every token's signature itself.
 */
@FunctionalInterface
public interface StatusListTokenResolver {

    /**
     * The Status List Token at a URI, in JWT form.
     *
     * @param uri the {@code status.status_list.uri} of a credential
     * @return the compact JWT
     * @throws StatusException if it cannot be had
     */
    String resolve(URI uri) throws StatusException;
}
