package io.github.microcredentials.status;

import io.github.microcredentials.status.internal.LocalResolver;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the status list credential a {@code statusListCredential} URL names. The library never
 * fetches anything by itself: the caller chooses a resolver, from a local store or a map of lists
 * it has (holders may staple lists, §2.2), a directory of downloaded lists, or, opted in, an HTTPS
 * fetch ({@link HttpsStatusListResolver}) that may go through a proxy for privacy (§3.2).
 *
 * <p>Implementations are thread-safe; returning the same {@link StatusListDocument} instance for an
 * unchanged list lets the checker reuse what it verified.
 */
@FunctionalInterface
public interface StatusListResolver {

    /**
     * Finds a status list credential.
     *
     * @param url the {@code statusListCredential} URL (for 1EdTech revocation lists, the status id)
     * @return the document, or empty if this resolver does not know the URL
     * @throws StatusRetrievalException if retrieval was attempted and failed
     */
    Optional<StatusListDocument> resolve(URI url) throws StatusRetrievalException;

    /**
     * A resolver that knows no list: every status is then not checkable (INDETERMINATE).
     *
     * @return the resolver
     */
    static StatusListResolver none() {
        return url -> Optional.empty();
    }

    /**
     * Lists the caller has, by URL.
     *
     * @param lists status list credentials (UTF-8 JSON) by their URL; copied
     * @return the resolver
     */
    static StatusListResolver of(Map<URI, byte[]> lists) {
        Map<URI, StatusListDocument> documents = new HashMap<>();
        Instant now = Instant.now();
        lists.forEach((url, bytes) -> documents.put(url, StatusListDocument.of(url, bytes, now)));
        Map<URI, StatusListDocument> frozen = Map.copyOf(documents);
        return url -> Optional.ofNullable(frozen.get(url));
    }

    /**
     * Lists in local files: a file, or every file of a directory (not recursive). A file answers for
     * a URL when its {@code id} is that URL, or when its name is the last path segment of the URL
     * (with or without {@code .json}), as when a list was saved from its URL. Files are read once,
     * when first needed; files above the document limit are ignored.
     *
     * @param fileOrDirectory a status list credential file, or a directory of them
     * @return the resolver
     */
    static StatusListResolver local(Path fileOrDirectory) {
        return new LocalResolver(fileOrDirectory);
    }

    /**
     * This resolver, then another for the URLs this one does not know.
     *
     * @param next the fallback
     * @return the combined resolver
     */
    default StatusListResolver orElse(StatusListResolver next) {
        return url -> {
            Optional<StatusListDocument> found = resolve(url);
            return found.isPresent() ? found : next.resolve(url);
        };
    }
}
