package io.github.microcredentials.seals;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.xades.XadesSigning;
import io.github.microcredentials.seals.internal.xades.XmlDocs;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Document;

/**
 * Seals an XML document with an enveloped XAdES signature (ETSI EN 319 132-1), made with Apache
 * Santuario: the {@code ds:Signature} is appended to the document element and covers the whole
 * document (enveloped-signature and exclusive c14n transforms); RSA-SHA256 by default, RSA-PSS or
 * ECDSA-SHA256 selectable; SignedProperties with SigningTime, SigningCertificateV2 and
 * DataObjectFormat; the chain in KeyInfo. That is XAdES-BASELINE-B; with a {@link TsaClient} a
 * SignatureTimeStamp makes it XAdES-BASELINE-T. Documents are parsed without DTDs or external
 * entities. Instances are immutable and thread-safe.
 *
 * @see <a href="https://www.etsi.org/deliver/etsi_en/319100_319199/31913201/">ETSI EN 319 132-1 (XAdES)</a>
 */
public final class XadesSealer {

    private final Optional<SignatureAlgorithm> algorithm;
    private final SealLevel level;
    private final Optional<TsaClient> tsa;
    private final Clock clock;

    private XadesSealer(Builder builder) {
        this.algorithm = builder.algorithm;
        this.level = builder.level;
        this.tsa = builder.tsa;
        this.clock = builder.clock;
    }

    /**
     * Starts a sealer: level BASELINE-B, the key's default algorithm, the system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Seals in one step with a signer that holds the key and its certificate chain. The signer's
     * algorithm is used, unless the builder set one: then the same key signs with that (for the
     * signers of {@link io.github.microcredentials.signing.Signers}).
     *
     * @param xml the document
     * @param signer the signer, with its certificate chain
     * @return the sealed document, UTF-8
     * @throws CredentialParseException if the document is not well-formed XML, declares a DTD, or
     *     is already signed
     * @throws SigningException if the signer or the time-stamping authority fails
     * @throws IllegalArgumentException if the signer has no certificate chain, or cannot sign with
     *     the builder's algorithm
     */
    public byte[] seal(byte[] xml, Signer signer) throws CredentialParseException, SigningException {
        Signer sealing = Sealing.sealSigner(signer, algorithm);
        PreparedSeal prepared = prepare(xml, sealing.certificateChain(), Sealing.sealAlgorithm(sealing));
        return prepared.completeFromSigner(sealing.sign(prepared.dataToBeSigned()));
    }

    /**
     * Prepares a seal for two-step signing.
     *
     * @param xml the document
     * @param chain the seal certificate first, then its issuers
     * @return the prepared seal
     * @throws CredentialParseException as {@link #seal(byte[], Signer)}
     * @throws IllegalArgumentException if the chain is empty or the algorithm does not fit its key
     */
    public PreparedSeal prepare(byte[] xml, List<X509Certificate> chain) throws CredentialParseException {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
        return prepare(xml, chain, algorithm.orElseGet(() -> Algorithms.defaultFor(chain.get(0).getPublicKey())));
    }

    private PreparedSeal prepare(byte[] xml, List<X509Certificate> chain, SignatureAlgorithm alg) throws CredentialParseException {
        X509Certificate leaf = chain.get(0);
        if (!Algorithms.fits(alg, leaf.getPublicKey())) {
            throw new IllegalArgumentException(alg + " does not fit the seal certificate's key");
        }
        Document document;
        try {
            document = XmlDocs.parse(xml);
        } catch (IOException e) {
            throw new CredentialParseException(Problem.MALFORMED, "/", e.getMessage(), e);
        }
        if (document.getElementsByTagNameNS(XadesSigning.DS, "Signature").getLength() > 0) {
            throw new CredentialParseException(Problem.INVALID_VALUE, "//ds:Signature", "the document is already signed");
        }
        Instant signingTime = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try {
            XadesSigning signing = XadesSigning.prepare(document, alg, List.copyOf(chain), signingTime);
            return new PreparedSeal(alg, signing.dataToBeSigned(), leaf, signingTime, value -> complete(signing, document, value));
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("Santuario cannot build the signature: " + e.getMessage(), e);
        }
    }

    private byte[] complete(XadesSigning signing, Document document, byte[] value) throws SigningException {
        signing.complete(value);
        if (level == SealLevel.BASELINE_T) {
            try {
                signing.addSignatureTimestamp(Timestamps.obtain(tsa.orElseThrow()::timestamp, signing.signatureTimestampData()));
            } catch (XMLSecurityException e) {
                throw new SigningException("cannot canonicalize the signature value", e);
            }
        }
        return XmlDocs.serialize(document);
    }

    /** Configures an {@link XadesSealer}. */
    public static final class Builder {
        private Optional<SignatureAlgorithm> algorithm = Optional.empty();
        private SealLevel level = SealLevel.BASELINE_B;
        private Optional<TsaClient> tsa = Optional.empty();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The signature algorithm: {@link SignatureAlgorithm#RS256} (RSA-SHA256, default for RSA keys),
         * {@link SignatureAlgorithm#PS256}, or {@link SignatureAlgorithm#ES256} (ECDSA-SHA256, default for
         * P-256 keys).
         *
         * @param algorithm the algorithm
         * @return this builder
         * @throws IllegalArgumentException for a verification-only algorithm
         */
        public Builder algorithm(SignatureAlgorithm algorithm) {
            this.algorithm = Optional.of(Sealing.creatable(algorithm));
            return this;
        }

        /**
         * The level: {@link SealLevel#BASELINE_B} (default) or {@link SealLevel#BASELINE_T}.
         *
         * @param level the level
         * @return this builder
         * @throws IllegalArgumentException for LT or LTA
         */
        public Builder level(SealLevel level) {
            this.level = Sealing.creatable(level);
            return this;
        }

        /**
         * The time-stamping authority for BASELINE-T.
         *
         * @param tsa the client
         * @return this builder
         */
        public Builder tsa(TsaClient tsa) {
            this.tsa = Optional.of(Objects.requireNonNull(tsa, "tsa"));
            return this;
        }

        /**
         * The clock of the signing time.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the sealer.
         *
         * @return the sealer
         * @throws IllegalStateException if BASELINE-T is asked for without a TSA client
         */
        public XadesSealer build() {
            if (level == SealLevel.BASELINE_T && tsa.isEmpty()) {
                throw new IllegalStateException("BASELINE-T needs a time-stamping authority (tsa)");
            }
            return new XadesSealer(this);
        }
    }
}
