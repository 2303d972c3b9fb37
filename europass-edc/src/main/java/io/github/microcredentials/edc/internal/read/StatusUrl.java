package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The EDC's status literal {@code <status list URL>#<index>} as a revocation entry. */
final class StatusUrl {

    private StatusUrl() {
    }

    static Optional<BitstringStatusListEntry> entry(String text) {
        try {
            URI url = new URI(text);
            String fragment = url.getRawFragment();
            if (!url.isAbsolute() || fragment == null || fragment.isEmpty() || fragment.length() > 18
                    || !fragment.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            URI list = new URI(text.substring(0, text.indexOf('#')));
            return Optional.of(BitstringStatusListEntry.revocation(list, Long.parseLong(fragment)).withId(url));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
