package io.github.microcredentials.seals;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An electronic seal maker for one format: {@link JadesSealer} for JSON, {@link XadesSealer} for
 * XML. Both seal in one step with a {@link Signer} that holds the key and its certificate chain, or
 * in two steps ({@link #prepare(byte[], List)}, then {@link PreparedSeal#complete(byte[])}) for a
 * key behind a remote service. A caller that issues in both formats can hold either as a
 * {@code Sealer}. Instances are thread-safe; their configuration is immutable.
 */
public abstract sealed class Sealer permits JadesSealer, XadesSealer {

    private final Sealing sealing;

    Sealer(Sealing sealing) {
        this.sealing = Objects.requireNonNull(sealing, "sealing");
    }

    /**
     * Seals in one step with a signer that holds the key and its certificate chain. The signer's
     * algorithm is used, unless the builder set one: then the same key signs with that (for the
     * signers of {@link io.github.microcredentials.signing.Signers}).
     *
     * @param document the document, UTF-8: a JSON object for JAdES, XML for XAdES
     * @param signer the signer, with its certificate chain
     * @return the seal (JAdES) or the sealed document (XAdES), UTF-8
     * @throws CredentialParseException if the document is not one the format seals (see the
     *     format's class)
     * @throws SigningException if the signer or the time-stamping authority fails
     * @throws IllegalArgumentException if the signer has no certificate chain, or cannot sign with
     *     the builder's algorithm
     */
    public final byte[] seal(byte[] document, Signer signer) throws CredentialParseException, SigningException {
        return sealing.seal(document, signer, this::prepareFormat);
    }

    /**
     * Prepares a seal for two-step signing: computes the data to be signed.
     *
     * @param document the document, as for {@link #seal(byte[], Signer)}
     * @param chain the seal certificate first, then its issuers
     * @return the prepared seal
     * @throws CredentialParseException as {@link #seal(byte[], Signer)}
     * @throws IllegalArgumentException if the chain is empty, or the algorithm does not fit its key
     */
    public final PreparedSeal prepare(byte[] document, List<X509Certificate> chain) throws CredentialParseException {
        return sealing.prepare(document, chain, this::prepareFormat);
    }

    /** The configuration the builder froze, for the format's completion (time-stamps). */
    final Sealing sealing() {
        return sealing;
    }

    /**
     * The format's own part of preparing, once the algorithm is known to fit the key.
     *
     * @param document the document as the caller gave it
     * @param chain the seal certificate first; not empty
     * @param algorithm the algorithm
     * @param signingTime the signing time, whole seconds
     * @return the prepared seal
     * @throws CredentialParseException if the document is not one the format seals
     */
    abstract PreparedSeal prepareFormat(byte[] document, List<X509Certificate> chain, SignatureAlgorithm algorithm, Instant signingTime)
            throws CredentialParseException;
}
