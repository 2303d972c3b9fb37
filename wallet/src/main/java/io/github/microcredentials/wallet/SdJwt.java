package io.github.microcredentials.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SD-JWT in its compact form (RFC 9901 §4): the issuer-signed JWT, the disclosures, and for a
 * presentation with Key Binding the Key Binding JWT, separated by {@code ~}. Only the syntax: use
 * {@link SdJwtVerifier} to check one. Immutable.
 *
 * @param issuerSignedJwt the issuer-signed JWT (compact JWS)
 * @param disclosures the disclosures as sent (base64url)
 * @param keyBindingJwt the Key Binding JWT, if any
 */
public record SdJwt(String issuerSignedJwt, List<String> disclosures, Optional<String> keyBindingJwt) {

    /** The default largest serialization {@link #parse(String)} reads, in characters. */
    public static final int DEFAULT_MAX_LENGTH = 1 << 20;

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if a part is empty or holds a {@code ~}
     */
    public SdJwt {
        Objects.requireNonNull(issuerSignedJwt, "issuerSignedJwt");
        disclosures = List.copyOf(disclosures);
        Objects.requireNonNull(keyBindingJwt, "keyBindingJwt");
        if (issuerSignedJwt.isEmpty() || issuerSignedJwt.indexOf('~') >= 0) {
            throw new IllegalArgumentException("the issuer-signed JWT is empty or holds a ~");
        }
        for (String d : disclosures) {
            if (d.isEmpty() || d.indexOf('~') >= 0) {
                throw new IllegalArgumentException("a disclosure is empty or holds a ~");
            }
        }
    }

    /**
     * Reads the compact form.
     *
     * @param serialized {@code <issuer-jwt>~<disclosure>~...~[<kb-jwt>]}
     * @return the parts
     * @throws SdJwtException ({@link SdJwtCode#MALFORMED}, {@link SdJwtCode#TOO_LARGE}) if it is not of that shape
     */
    public static SdJwt parse(String serialized) throws SdJwtException {
        return parse(serialized, DEFAULT_MAX_LENGTH);
    }

    /**
     * Reads the compact form with a size limit.
     *
     * @param serialized the SD-JWT
     * @param maxLength the largest length accepted, in characters
     * @return the parts
     * @throws SdJwtException if it is longer or not of the shape
     */
    public static SdJwt parse(String serialized, int maxLength) throws SdJwtException {
        Objects.requireNonNull(serialized, "serialized");
        if (serialized.length() > maxLength) {
            throw new SdJwtException(SdJwtCode.TOO_LARGE,
                    "the SD-JWT has " + serialized.length() + " characters, more than the limit of " + maxLength);
        }
        String text = serialized.strip();
        int first = text.indexOf('~');
        if (first <= 0) {
            throw new SdJwtException(SdJwtCode.MALFORMED,
                    "not an SD-JWT: no issuer-signed JWT followed by ~ (a plain JWT is not an SD-JWT)");
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '~') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        String last = text.substring(start);
        String jwt = parts.get(0);
        List<String> disclosures = parts.subList(1, parts.size());
        for (int i = 0; i < disclosures.size(); i++) {
            if (disclosures.get(i).isEmpty()) {
                throw new SdJwtException(SdJwtCode.MALFORMED, "disclosure " + i + " is empty (two ~ in a row)");
            }
        }
        if (jwt.chars().filter(c -> c == '.').count() != 2) {
            throw new SdJwtException(SdJwtCode.MALFORMED, "the issuer-signed JWT is not a compact JWS of three parts");
        }
        Optional<String> kb = last.isEmpty() ? Optional.empty() : Optional.of(last);
        if (kb.isPresent() && kb.get().chars().filter(c -> c == '.').count() != 2) {
            throw new SdJwtException(SdJwtCode.MALFORMED, "the Key Binding JWT is not a compact JWS of three parts");
        }
        return new SdJwt(jwt, disclosures, kb);
    }

    /**
     * The part a Key Binding JWT's {@code sd_hash} covers: the issuer-signed JWT and the disclosures,
     * each followed by {@code ~}.
     *
     * @return the string
     */
    public String withoutKeyBinding() {
        int length = issuerSignedJwt.length() + 1;
        for (String d : disclosures) {
            length += d.length() + 1;
        }
        // sized once: growing the builder copied a credential's characters several times (seen in issuing profiles)
        StringBuilder b = new StringBuilder(length).append(issuerSignedJwt).append('~');
        for (String d : disclosures) {
            b.append(d).append('~');
        }
        return b.toString();
    }

    /**
     * The compact form.
     *
     * @return the serialization
     */
    public String serialize() {
        return withoutKeyBinding() + keyBindingJwt.orElse("");
    }

    @Override
    public String toString() {
        return "SdJwt[" + disclosures.size() + " disclosures" + (keyBindingJwt.isPresent() ? ", key binding" : "") + "]";
    }
}
