package io.github.microcredentials.signing;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code challenge} and {@code domain} of a presentation's proof: what a holder signs (given by
 * the verifier that asked for the presentation) and what a verifier expects. A challenge (a nonce
 * the verifier chose) stops a presentation being replayed; a domain stops one made for another
 * verifier being used here. A verifier that expects either checks it; one it does not expect is not
 * checked.
 *
 * @param challenge the challenge, if any
 * @param domain the domain (for example the verifier's origin), if any
 */
public record PresentationOptions(Optional<String> challenge, Optional<String> domain) {

    /**
     * Validates the members.
     *
     * @throws NullPointerException if a member is null
     * @throws IllegalArgumentException if a value is empty
     */
    public PresentationOptions {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(domain, "domain");
        if (challenge.filter(String::isEmpty).isPresent() || domain.filter(String::isEmpty).isPresent()) {
            throw new IllegalArgumentException("a challenge or domain must not be empty");
        }
    }

    /**
     * Neither challenge nor domain.
     *
     * @return the options
     */
    public static PresentationOptions none() {
        return new PresentationOptions(Optional.empty(), Optional.empty());
    }

    /**
     * A challenge, without domain.
     *
     * @param challenge the challenge
     * @return the options
     */
    public static PresentationOptions challenge(String challenge) {
        return new PresentationOptions(Optional.of(challenge), Optional.empty());
    }

    /**
     * These options with a domain.
     *
     * @param domain the domain
     * @return the options
     */
    public PresentationOptions withDomain(String domain) {
        return new PresentationOptions(challenge, Optional.of(domain));
    }
}
