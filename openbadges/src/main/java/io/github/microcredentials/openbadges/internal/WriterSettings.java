package io.github.microcredentials.openbadges.internal;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the writer identifies the issuer and the learner.
 *
 * @param issuerId the issuer Profile's id, when it is not the organisation's own URI (a DID whose
 *     key signs the credential)
 * @param hashIdentities whether e-mail addresses and national identity numbers are written as
 *     salted SHA-256 hashes
 * @param salts the source of salts for those hashes
 * @param image the badge image, if any
 * @param imageCaption the image's caption, if any
 * @param lenient writes what it can of an incomplete model instead of failing; for the reader's
 *     comparison of derived values only
 */
public record WriterSettings(
        Optional<URI> issuerId, boolean hashIdentities, Supplier<String> salts, Optional<URI> image,
        Optional<String> imageCaption, boolean lenient) {

    /** Checks the components. */
    public WriterSettings {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(salts, "salts");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageCaption, "imageCaption");
    }
}
