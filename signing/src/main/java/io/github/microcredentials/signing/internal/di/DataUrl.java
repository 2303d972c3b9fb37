package io.github.microcredentials.signing.internal.di;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code data:} URL (RFC 2397), as an {@code EnvelopedVerifiableCredential} carries its secured
 * credential in (VC Data Model 2.0 §4.13.1): the media type and the decoded content. Immutable.
 */
public final class DataUrl {

    /** The scheme, compared without regard to case (RFC 3986 §3.1). */
    private static final String SCHEME = "data:";
    /** type "/" subtype, each an RFC 2045 token (no spaces, no separators). */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[!#$&^_.+\\-0-9A-Za-z]+/[!#$&^_.+\\-0-9A-Za-z]+");

    private final String mediaType;
    private final byte[] content;

    private DataUrl(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content;
    }

    /**
     * Whether a string is written as a {@code data:} URL (it may still be malformed).
     *
     * @param url the string
     * @return {@code true} when it starts with {@code data:}, in any case
     */
    public static boolean isDataUrl(String url) {
        return url.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads a {@code data:} URL: {@code data:[<mediatype>][;parameter=value…][;base64],<data>}.
     *
     * @param url the URL
     * @return the media type (lower case, without parameters; {@code text/plain} when the URL gives
     *     none, as RFC 2397 §2 says) and the content, percent-decoded, then base64-decoded when the
     *     URL says {@code ;base64}
     * @throws IllegalArgumentException naming what is wrong: not a {@code data:} URL, no comma, a
     *     malformed media type, a bad percent escape or base64
     */
    public static DataUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        if (!isDataUrl(url)) {
            throw new IllegalArgumentException("it is not a data: URL");
        }
        int comma = url.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("no comma separates the media type from the data");
        }
        String[] header = url.substring(SCHEME.length(), comma).split(";", -1);
        String type = header[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            type = "text/plain";
        } else if (!MEDIA_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("the media type '" + shorten(header[0]) + "' is not type/subtype");
        }
        boolean base64 = false;
        for (int i = 1; i < header.length; i++) {
            boolean last = i == header.length - 1;
            if (last && header[i].equalsIgnoreCase("base64")) {
                base64 = true;
            } else if (header[i].indexOf('=') <= 0) {
                throw new IllegalArgumentException("the parameter '" + shorten(header[i]) + "' is not name=value");
            }
        }
        byte[] data = percentDecode(url.substring(comma + 1));
        if (base64) {
            try {
                data = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the data is not base64: " + e.getMessage(), e);
            }
        }
        return new DataUrl(type, data);
    }

    private static byte[] percentDecode(String data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length());
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '%') {
                int high = i + 2 < data.length() ? Character.digit(data.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(data.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new IllegalArgumentException("a % at data offset " + i + " is not followed by two hex digits");
                }
                out.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7e || c <= 0x20) {
                // a URL is ASCII without spaces or controls; anything else would have had to be escaped
                throw new IllegalArgumentException("the data holds a character a URL cannot (U+" + String.format("%04X", (int) c)
                        + ") at offset " + i);
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * The media type, lower case, without parameters.
     *
     * @return for example {@code application/vc+jwt}
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The decoded content.
     *
     * @return a copy of the bytes
     */
    public byte[] content() {
        return content.clone();
    }
}
