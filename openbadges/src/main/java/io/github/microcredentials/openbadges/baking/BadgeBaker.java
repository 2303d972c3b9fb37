package io.github.microcredentials.openbadges.baking;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bakes a signed Open Badges 3.0 credential into a PNG or SVG badge image and unbakes it again
 * (Open Badges 3.0 §5.3). The credential is a JSON credential with an embedded proof or a VC-JWT
 * in compact JWS form; it is baked and unbaked byte for byte.
 *
 * <ul>
 *   <li>PNG: one uncompressed {@code iTXt} chunk with keyword {@code openbadgecredential}, placed
 *       right after {@code IHDR}. The whole chunk layout is checked (lengths, CRCs, {@code IEND});
 *       the pixel data is never decompressed, and an image that declares more than
 *       {@link Builder#maxPixels} pixels is refused from its header alone.</li>
 *   <li>SVG: one {@code <openbadges:credential>} element in namespace
 *       {@code https://purl.imsglobal.org/ob/v3p0} directly after the {@code <svg>} start tag, the
 *       JWS in its {@code verify} attribute or the JSON in CDATA. The SVG is parsed with the JDK's
 *       StAX parser with DTDs and external entities off: nothing is fetched, and a document type
 *       that declares entities is refused.</li>
 * </ul>
 *
 * <p>The specification lets an extractor stop at the first credential; this one reads the whole
 * image and refuses one with two, since two credentials in one image is how a displayer could be
 * shown another credential than the one a verifier checked. An image that already carries a
 * credential is not baked again ({@link BakingProblem.Code#ALREADY_BAKED}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * byte[] badge = BadgeBaker.create().bake(png, signedCredentialJson);
 * UnbakeResult unbaked = BadgeBaker.create().unbake(badge);
 * String credential = unbaked.credential().orElseThrow().text();   // verify it like any other
 * }</pre>
 */
public final class BadgeBaker {

    /** The default largest image: 16 MiB. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 16L * 1024 * 1024;
    /** The default largest image area: 16,777,216 pixels (4096 x 4096). */
    public static final long DEFAULT_MAX_PIXELS = 4096L * 4096;
    /** The default largest credential: 4 MiB. */
    public static final long DEFAULT_MAX_CREDENTIAL_BYTES = 4L * 1024 * 1024;
    /** The default deepest SVG element nesting. */
    public static final int DEFAULT_MAX_DEPTH = 256;

    private static final BadgeBaker DEFAULT = builder().build();

    private final long maxImageBytes;
    private final long maxPixels;
    private final long maxCredentialBytes;
    private final int maxDepth;

    private BadgeBaker(Builder builder) {
        this.maxImageBytes = builder.maxImageBytes;
        this.maxPixels = builder.maxPixels;
        this.maxCredentialBytes = builder.maxCredentialBytes;
        this.maxDepth = builder.maxDepth;
    }

    /**
     * A baker with the default limits.
     *
     * @return a shared baker
     */
    public static BadgeBaker create() {
        return DEFAULT;
    }

    /**
     * Starts a baker with other limits.
     *
     * @return a builder with the default limits
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The image format of bytes, by their signature: PNG, or XML whose content may be SVG (the
     * root element is checked when baking or unbaking).
     *
     * @param image the bytes
     * @return the format, or empty for anything else
     */
    public static Optional<BakedCredential.ImageFormat> detect(byte[] image) {
        if (Png.isPng(image)) {
            return Optional.of(BakedCredential.ImageFormat.PNG);
        }
        return Svg.looksLikeXml(image) ? Optional.of(BakedCredential.ImageFormat.SVG) : Optional.empty();
    }

    /**
     * Bakes a credential into an image.
     *
     * @param image a PNG or UTF-8 SVG image without a baked credential
     * @param credential the signed credential: UTF-8 JSON with an embedded proof, or a compact JWS
     * @return the baked image; unbaking it gives back {@code credential} byte for byte
     * @throws BakingException if the image is not a well-formed PNG or SVG within the limits, already
     *     carries a credential, or the credential is not a JSON object or compact JWS
     */
    public byte[] bake(byte[] image, byte[] credential) throws BakingException {
        BakedCredential.Form form = CredentialText.checkForBaking(credential, maxCredentialBytes);
        BakedCredential.ImageFormat format = formatOf(image);
        byte[] baked = format == BakedCredential.ImageFormat.PNG
                ? Png.bake(image, credential, maxPixels)
                : Svg.bake(image, credential, form, maxDepth);
        checkRoundTrip(baked, credential);
        return baked;
    }

    /**
     * Bakes a credential given as text.
     *
     * @param image a PNG or UTF-8 SVG image without a baked credential
     * @param credential the signed credential, JSON or compact JWS
     * @return the baked image
     * @throws BakingException as {@link #bake(byte[], byte[])}
     */
    public byte[] bake(byte[] image, String credential) throws BakingException {
        return bake(image, credential.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Unbakes the credential of an image. Never throws for bad input: every problem is reported.
     *
     * @param image the image, PNG or SVG
     * @return the credential, or why there is none
     */
    public UnbakeResult unbake(byte[] image) {
        if (image.length > maxImageBytes) {
            return UnbakeResult.failed(BakingProblem.Code.TOO_LARGE, "the image has " + image.length
                    + " bytes; the limit is " + maxImageBytes);
        }
        Optional<BakedCredential.ImageFormat> format = detect(image);
        if (format.isEmpty()) {
            return UnbakeResult.failed(BakingProblem.Code.NOT_AN_IMAGE, "neither a PNG nor an SVG image");
        }
        return format.get() == BakedCredential.ImageFormat.PNG
                ? Png.unbake(image, maxPixels, maxCredentialBytes)
                : Svg.unbake(image, maxDepth, maxCredentialBytes);
    }

    private BakedCredential.ImageFormat formatOf(byte[] image) throws BakingException {
        if (image.length > maxImageBytes) {
            throw Svg.problem(BakingProblem.Code.TOO_LARGE, "the image has " + image.length + " bytes; the limit is "
                    + maxImageBytes);
        }
        return detect(image).orElseThrow(() -> Svg.problem(BakingProblem.Code.NOT_AN_IMAGE, "neither a PNG nor an SVG image"));
    }

    /** What was baked must unbake to the same bytes; anything else is a defect, not bad input. */
    private void checkRoundTrip(byte[] baked, byte[] credential) {
        Optional<BakedCredential> back = unbake(baked).credential();
        if (back.isEmpty() || !Arrays.equals(back.get().bytes(), credential)) {
            throw new IllegalStateException("the baked image does not give back the credential");
        }
    }

    /** Limits of a {@link BadgeBaker}. */
    public static final class Builder {
        private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        private long maxPixels = DEFAULT_MAX_PIXELS;
        private long maxCredentialBytes = DEFAULT_MAX_CREDENTIAL_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;

        private Builder() {
        }

        /**
         * The largest image, in bytes; by default 16 MiB.
         *
         * @param bytes at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxImageBytes(long bytes) {
            this.maxImageBytes = positive(bytes, "maxImageBytes");
            return this;
        }

        /**
         * The largest image area a PNG may declare, in pixels; by default 4096 x 4096.
         *
         * @param pixels at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxPixels(long pixels) {
            this.maxPixels = positive(pixels, "maxPixels");
            return this;
        }

        /**
         * The largest credential, in bytes; by default 4 MiB.
         *
         * @param bytes at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxCredentialBytes(long bytes) {
            this.maxCredentialBytes = positive(bytes, "maxCredentialBytes");
            return this;
        }

        /**
         * The deepest element nesting of an SVG; by default 256.
         *
         * @param depth at least 1
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder maxDepth(int depth) {
            this.maxDepth = (int) positive(depth, "maxDepth");
            return this;
        }

        /**
         * Builds the baker.
         *
         * @return the baker
         */
        public BadgeBaker build() {
            return new BadgeBaker(this);
        }

        private static long positive(long value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, not " + value);
            }
            return value;
        }
    }
}
