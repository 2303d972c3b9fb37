package io.github.microcredentials.core.json;

/**
 * Limits on untrusted input (JSON, and XML for seals), checked while parsing so that oversized or
 * deeply nested input is rejected before it costs memory or stack. Readers report a breach as
 * {@link io.github.microcredentials.core.CredentialParseException} with problem
 * {@code TOO_LARGE} or {@code TOO_DEEP}; verifiers as a {@code LIMIT_EXCEEDED} failure. The
 * message names the limit.
 *
 * <p>The defaults are chosen so that any input up to the default document size is parsed, or
 * refused, in well under two seconds with 256 MB of heap (see SECURITY.md for the measurement).
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxDepth the deepest nesting of arrays and objects (of elements, in XML)
 * @param maxStringLength the longest string value, in characters (XML: text or attribute value)
 * @param maxNumberLength the longest number, in characters
 * @param maxElements the most tokens a document may have: in JSON each value, member name and
 *     end of an object or array; in XML each element, attribute and text node
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength, int maxElements) {

    private static final int DEFAULT_MAX_ELEMENTS = 1_000_000;

    /**
     * Defaults that fit any real credential with room to spare: 16 MiB documents (EDCs embed
     * images), nesting depth 64, strings of 8 M characters, numbers of 100 characters, one
     * million tokens.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024, 64, 8 * 1024 * 1024, 100, DEFAULT_MAX_ELEMENTS);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxElements < 1) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    /**
     * Limits with the default token count.
     *
     * @param maxDocumentBytes the largest document, in bytes
     * @param maxDepth the deepest nesting
     * @param maxStringLength the longest string value, in characters
     * @param maxNumberLength the longest number, in characters
     */
    public ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxNumberLength) {
        this(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, DEFAULT_MAX_ELEMENTS);
    }

    /**
     * These limits with another maximum document size.
     *
     * @param bytes the largest document, in bytes
     * @return new limits
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxDepth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * These limits with another maximum nesting depth.
     *
     * @param depth the deepest nesting
     * @return new limits
     */
    public ReadLimits withMaxDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength, maxElements);
    }

    /**
     * These limits with another maximum string length.
     *
     * @param length the longest string, in characters
     * @return new limits
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, length, maxNumberLength, maxElements);
    }

    /**
     * These limits with another maximum number length.
     *
     * @param length the longest number, in characters
     * @return new limits
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, length, maxElements);
    }

    /**
     * These limits with another maximum token count.
     *
     * @param elements the most tokens
     * @return new limits
     */
    public ReadLimits withMaxElements(int elements) {
        return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, elements);
    }
}
