package io.github.microcredentials.core.json;

/**
 * Limits on untrusted JSON input, checked while parsing so that oversized or deeply nested input
 * is rejected before it costs memory or stack.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {

    /**
     * Defaults that fit any real credential with room to spare: 16 MiB documents (EDCs embed
     * images), nesting depth 64, strings of 8 M characters, numbers of 100 characters.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 64, 8 * 1024 * 1024, 100);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * These limits with another maximum document size.
     *
     * @param bytes the largest document, in bytes
     * @return new limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength);
    }

    /**
     * These limits with another maximum nesting depth.
     *
     * @param depth the deepest nesting
     * @return new limits
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }
}
