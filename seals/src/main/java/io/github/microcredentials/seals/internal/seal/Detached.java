package io.github.microcredentials.seals.internal.seal;

/**
 * A detached document a seal signs, as plain data: the name a reference gives it, and its bytes
 * (not copied: the public API copies them before they get here).
 *
 * @param name the name
 * @param content the bytes
 */
public record Detached(String name, byte[] content) {
}
