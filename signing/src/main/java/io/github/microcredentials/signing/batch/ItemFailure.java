package io.github.microcredentials.signing.batch;

import java.util.Objects;

/**
 * A credential of a batch that could not be signed; the batch goes on without it.
 *
 * @param item the item's number: its line for JSON Lines input, else its position, from 1
 * @param location the JSON Pointer of the problem in the credential, empty if it concerns the whole
 * @param message what went wrong
 */
public record ItemFailure(long item, String location, String message) {

    /**
     * Validates the failure.
     *
     * @throws NullPointerException if the location or message is null
     * @throws IllegalArgumentException if the item number is not positive
     */
    public ItemFailure {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (item < 1) {
            throw new IllegalArgumentException("item numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return "item " + item + (location.isEmpty() ? "" : " at " + location) + ": " + message;
    }
}
