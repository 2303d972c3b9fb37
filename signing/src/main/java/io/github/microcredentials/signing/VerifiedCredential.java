package io.github.microcredentials.signing;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A credential whose every proof verified, with the issuer bound to the keys. Only the verifiers
 * of this package create instances, so code that accepts a {@code VerifiedCredential} cannot be
 * handed unverified data by mistake.
 */
public final class VerifiedCredential {

    /** How the credential was secured. */
    public enum Format {
        /** Embedded W3C Data Integrity proof(s). */
        DATA_INTEGRITY,
        /** A VC-JWT (compact JWS). */
        VC_JWT
    }

    private final Format format;
    private final byte[] bytes;
    private final String json;
    private final URI issuer;
    private final List<URI> verificationMethods;
    private final Optional<Instant> validFrom;
    private final Optional<Instant> validUntil;

    VerifiedCredential(Format format, byte[] bytes, URI issuer, List<URI> verificationMethods,
            Optional<Instant> validFrom, Optional<Instant> validUntil) {
        this.format = format;
        // The bytes the signature was verified over; strict JSON parsing has checked they are UTF-8.
        this.bytes = bytes.clone();
        this.json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        this.issuer = issuer;
        this.verificationMethods = List.copyOf(verificationMethods);
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /**
     * How the credential was secured.
     *
     * @return the format
     */
    public Format format() {
        return format;
    }

    /**
     * The verified credential as JSON: the signed document with its proofs (Data Integrity), or the
     * JWT payload with its registered claims (VC-JWT), exactly as verified, never re-printed.
     *
     * @return the JSON text of {@link #bytes()}
     */
    public String json() {
        return json;
    }

    /**
     * The exact bytes that were verified: the document (Data Integrity) or the decoded JWS payload
     * (VC-JWT).
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The issuer id, which controls every key that signed.
     *
     * @return the issuer
     */
    public URI issuer() {
        return issuer;
    }

    /**
     * The verification methods (key ids) of the proofs, in proof order.
     *
     * @return the ids
     */
    public List<URI> verificationMethods() {
        return verificationMethods;
    }

    /**
     * The start of validity ({@code validFrom}, {@code issuanceDate} in VC 1.1).
     *
     * @return the instant, if the credential states one
     */
    public Optional<Instant> validFrom() {
        return validFrom;
    }

    /**
     * The end of validity ({@code validUntil}, {@code expirationDate} in VC 1.1).
     *
     * @return the instant, if the credential states one
     */
    public Optional<Instant> validUntil() {
        return validUntil;
    }

    @Override
    public String toString() {
        return "VerifiedCredential[" + format + ", issuer " + issuer + "]";
    }
}
