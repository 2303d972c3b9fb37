package io.github.microcredentials.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signed or sealed credential as its issuer produced it, to be embedded in a certificate byte
 * for byte: JSON with Data Integrity proofs, a VC-JWT, a JAdES seal (JWS JSON serialization) or a
 * XAdES seal (XML). The form is detected from the content; nothing is verified here.
 *
 * <p>Immutable. {@link #toString()} does not reveal the credential.
 */
public final class SignedCredential {

    /** How the credential is signed. */
    public enum Form {
        /** JSON with embedded W3C Data Integrity proofs; embedded as {@code credential.jsonld}. */
        DATA_INTEGRITY("application/ld+json", "credential.jsonld"),
        /** A VC-JWT, the compact serialization of a JWS; embedded as {@code credential.jwt}. */
        VC_JWT("application/jwt", "credential.jwt"),
        /** A JAdES seal in JWS JSON serialization; embedded as {@code credential.jades.json}. */
        JADES("application/jose+json", "credential.jades.json"),
        /** A XAdES seal; embedded as {@code credential.xml}. */
        XADES("application/xml", "credential.xml");

        private final String mimeType;
        private final String fileName;

        Form(String mimeType, String fileName) {
            this.mimeType = mimeType;
            this.fileName = fileName;
        }

        /**
         * The media type of the embedded file ({@code /Subtype}).
         *
         * @return for example {@code application/jwt}
         */
        public String mimeType() {
            return mimeType;
        }

        /**
         * The name of the embedded file.
         *
         * @return for example {@code credential.jwt}
         */
        public String fileName() {
            return fileName;
        }
    }

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Form form;
    private final byte[] bytes;

    private SignedCredential(Form form, byte[] bytes) {
        this.form = form;
        this.bytes = bytes;
    }

    /**
     * A signed credential, its form detected from the content.
     *
     * @param bytes the credential as signed
     * @return the signed credential
     * @throws IllegalArgumentException if the bytes are none of the four forms
     */
    public static SignedCredential of(byte[] bytes) {
        return detect(bytes).orElseThrow(() -> new IllegalArgumentException(
                "not a signed credential: neither Data Integrity JSON, a VC-JWT, JAdES nor XAdES"));
    }

    /**
     * A signed credential given as text.
     *
     * @param text the credential as signed
     * @return the signed credential
     * @throws IllegalArgumentException if the text is none of the four forms
     */
    public static SignedCredential of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The form of bytes, if they are a signed credential.
     *
     * @param bytes the candidate
     * @return the signed credential, or empty
     */
    public static Optional<SignedCredential> detect(byte[] bytes) {
        byte[] copy = bytes.clone();
        String text = new String(copy, StandardCharsets.UTF_8).strip();
        if (text.startsWith("<")) {
            return Optional.of(new SignedCredential(Form.XADES, copy));
        }
        if (COMPACT_JWS.matcher(text).matches()) {
            return Optional.of(new SignedCredential(Form.VC_JWT, copy));
        }
        if (text.startsWith("{")) {
            try {
                JsonNode node = JSON.readTree(copy);
                boolean jades = node.has("signatures") || node.has("payload") && node.has("signature") && !node.has("proof");
                return Optional.of(new SignedCredential(jades ? Form.JADES : Form.DATA_INTEGRITY, copy));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The form.
     *
     * @return how the credential is signed
     */
    public Form form() {
        return form;
    }

    /**
     * The credential as signed.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The credential as text.
     *
     * @return the UTF-8 text
     */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Reads the credential into the model with the Open Badges 3.0 or Europass EDC reader: the JSON
     * itself, the payload of a VC-JWT (its {@code vc} claim for VC Data Model 1.1) or of a JAdES
     * seal. The signature is not checked.
     *
     * @return the micro-credential and what the reader could not carry
     * @throws CredentialParseException if the content is neither an Open Badges 3.0 credential nor an
     *     EDC, or a XAdES seal (XML credentials are not read into the model)
     */
    public ReadResult<MicroCredential> read() throws CredentialParseException {
        byte[] json = document();
        if (OpenBadgesReader.create().isOpenBadgeCredential(json)) {
            return OpenBadgesReader.create().read(json);
        }
        return EdcReader.create().read(json);
    }

    /** The credential JSON inside the signature container. */
    private byte[] document() throws CredentialParseException {
        try {
            switch (form) {
                case VC_JWT: {
                    String[] parts = text().strip().split("\\.", -1);
                    byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
                    JsonNode claims = JSON.readTree(payload);
                    return claims.has("vc") ? JSON.writeValueAsBytes(claims.get("vc")) : payload;
                }
                case JADES: {
                    JsonNode jws = JSON.readTree(bytes);
                    String payload = jws.path("payload").asText("");
                    return Base64.getUrlDecoder().decode(payload);
                }
                case XADES:
                    throw new CredentialParseException(CredentialParseException.Problem.UNSUPPORTED, "",
                            "a XAdES-sealed XML credential is not read into the model");
                default:
                    return bytes.clone();
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CredentialParseException(CredentialParseException.Problem.MALFORMED, "",
                    "the " + form + " credential has no readable JSON payload", e);
        }
    }

    /** Equal when form and bytes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedCredential that && form == that.form && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(form, Arrays.hashCode(bytes));
    }

    /** The form and the size; not the credential. */
    @Override
    public String toString() {
        return "SignedCredential[" + form + ", " + bytes.length + " bytes]";
    }
}
