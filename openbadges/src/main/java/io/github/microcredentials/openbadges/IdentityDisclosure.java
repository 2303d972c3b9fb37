package io.github.microcredentials.openbadges;

/**
 * How the learner's e-mail address and national identity number appear in the credential's
 * IdentityObjects (OB 3.0 §B.1.x IdentityObject). The learner's name, when the model has one, is
 * always plain: it is what the badge shows.
 */
public enum IdentityDisclosure {
    /**
     * As salted SHA-256 hashes ({@code "hashed": true}, {@code "identityHash": "sha256$…"}): a
     * verifier who knows the address can check it, nobody else can read it. The reader cannot
     * recover a hashed value, so it does not come back into the model.
     */
    HASHED,
    /** As plain text ({@code "hashed": false}): readable by anyone who sees the credential. */
    PLAIN
}
