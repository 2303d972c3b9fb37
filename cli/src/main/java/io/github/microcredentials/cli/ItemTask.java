package io.github.microcredentials.cli;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SigningException;

/**
 * What a batch command does with one item: sign, verify or convert it. Called from several threads
 * at once.
 */
@FunctionalInterface
interface ItemTask {

    /**
     * Processes one item.
     *
     * @param content the item: a line of JSON Lines, or a file's bytes
     * @return the result, one line (no line break) for JSON Lines output
     * @throws CredentialParseException if the item cannot be read; a failure of this item
     * @throws SigningException if signing or verification fails; a failure of this item
     */
    byte[] apply(byte[] content) throws CredentialParseException, SigningException;
}
