package io.github.microcredentials.render;

import io.github.microcredentials.render.internal.Cms;
import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.TsaClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Seals a PDF (a rendered certificate) as PAdES-BASELINE-B, or -T with a signature time-stamp
 * (ETSI EN 319 142-1): an invisible signature field, {@code /SubFilter /ETSI.CAdES.detached}, the
 * claimed signing time in {@code /M}, a CMS with content-type, message-digest and ESS
 * signing-certificate-v2 and no signing-time attribute, written as an incremental update whose
 * byte range covers the whole file but the signature value. A PDF/A document stays PDF/A.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * byte[] sealed = PdfSealer.builder().build()
 *         .seal(pdf, Signers.pkcs12(p12, password, Optional.empty()));
 * }</pre>
 */
public final class PdfSealer {

    private static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int MAX_ATTEMPTS = 4;
    /** Signings of the same content per reserved size: ECDSA lengths differ by a byte or two at random. */
    private static final int SIGNINGS_PER_ATTEMPT = 8;
    /** How far apart two signings of the same content can be in length (DER integers, token serials). */
    private static final int SIGNING_JITTER = 8;

    private final SealLevel level;
    private final Optional<TsaClient> tsa;
    private final Clock clock;
    private final Optional<String> reason;
    private final Optional<String> location;

    private PdfSealer(Builder builder) {
        this.level = builder.level;
        this.tsa = Optional.ofNullable(builder.tsa);
        this.clock = builder.clock;
        this.reason = Optional.ofNullable(builder.reason);
        this.location = Optional.ofNullable(builder.location);
    }

    /**
     * Starts a sealer: BASELINE-B, the system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Seals a PDF.
     *
     * @param pdf the document
     * @param signer the seal key with its certificate chain (any of
     *     {@link io.github.microcredentials.signing.Signers}: PKCS#12, PEM, key store, PKCS#11, remote);
     *     its algorithm signs (RS256 or PS256 for RSA, ES256 or ES384 for EC)
     * @return the sealed document: {@code pdf} followed by an incremental update with the seal
     * @throws RenderException if the PDF cannot be read or saved
     * @throws SigningException if signing or time-stamping fails
     * @throws IllegalArgumentException if the signer has no certificate chain, or signs EdDSA
     */
    public byte[] seal(byte[] pdf, Signer signer) throws RenderException, SigningException {
        Objects.requireNonNull(signer, "signer");
        if (signer.certificateChain().isEmpty()) {
            throw new IllegalArgumentException("a PDF seal needs a signer with its certificate chain (seal certificate first): "
                    + "Signers.pkcs12, pem(key, certificates), keyStore, pkcs11, jca or remote(service, chain)");
        }
        if (signer.algorithm() == SignatureAlgorithm.EDDSA) {
            throw new IllegalArgumentException("PAdES seals sign with RSA or ECDSA keys, not Ed25519");
        }
        // An exactly sized /Contents: verifiers that parse it with Bouncy Castle 1.85 or later refuse
        // the zero padding ISO 32000-1 allows (bc-java#2360), so the space reserved is the CMS's size.
        int size = Cms.predictedSize(signer.algorithm(), signer.certificateChain()) + (tsa.isPresent() ? 16384 : 0);
        for (int i = 0; i < MAX_ATTEMPTS; i++) {
            Attempt attempt = sealOnce(pdf, signer, size);
            if (attempt.cmsLength() == size) {
                return attempt.pdf();
            }
            size = attempt.cmsLength();
        }
        // Never hand out a padded (unreadable to strict verifiers) or empty document.
        throw new SigningException("cannot size the PDF seal: the CMS length kept changing (" + size + " bytes last)");
    }

    /** One sealed document and the size of its CMS (smaller than the space reserved means zero padding). */
    private record Attempt(byte[] pdf, int cmsLength) {
    }

    private Attempt sealOnce(byte[] pdf, Signer signer, int size) throws RenderException, SigningException {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setSignDate(now());
            reason.ifPresent(signature::setReason);
            location.ifPresent(signature::setLocation);
            options.setPreferredSignatureSize(size);
            document.addSignature(signature, options);
            printWidget(document, signature);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * size + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            byte[] content = external.getContent().readAllBytes();
            // An ECDSA signature (DER r and s) and a time-stamp token vary in length from one signing to the
            // next; signing the same content again usually meets the reserved size exactly.
            int length = 0;
            for (int i = 0; i < SIGNINGS_PER_ATTEMPT; i++) {
                byte[] cms = Cms.signedData(content, signer.algorithm(), signer.certificateChain(), signer::sign, tsa);
                length = cms.length;
                if (length == size) {
                    external.setSignature(cms);
                    return new Attempt(out.toByteArray(), length);
                }
                if (Math.abs(length - size) > SIGNING_JITTER) {
                    break; // the reservation was a first estimate: reserve the real size and save again
                }
            }
            return new Attempt(new byte[0], length);
        } catch (IOException e) {
            throw new RenderException("cannot seal the PDF: " + e.getMessage(), e);
        }
    }

    /** PDF/A wants every annotation printable, the invisible signature widget too. */
    private static void printWidget(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                field.getWidgets().forEach(w -> w.setPrinted(true));
            }
        }
    }

    private Calendar now() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTimeInMillis(clock.instant().toEpochMilli() / 1000 * 1000);
        return calendar;
    }

    /** Settings of a {@link PdfSealer}. */
    public static final class Builder {
        private SealLevel level = SealLevel.BASELINE_B;
        private TsaClient tsa;
        private Clock clock = Clock.systemUTC();
        private String reason;
        private String location;

        private Builder() {
        }

        /**
         * The level: {@link SealLevel#BASELINE_B} (the default) or {@link SealLevel#BASELINE_T},
         * which needs a {@link #tsa}.
         *
         * @param level the level
         * @return this builder
         * @throws IllegalArgumentException for LT and LTA, which this sealer does not make
         */
        public Builder level(SealLevel level) {
            if (level != SealLevel.BASELINE_B && level != SealLevel.BASELINE_T) {
                throw new IllegalArgumentException("PAdES " + level + " is not supported; B and T are");
            }
            this.level = level;
            return this;
        }

        /**
         * The time-stamping authority of BASELINE-T.
         *
         * @param tsa the authority
         * @return this builder
         */
        public Builder tsa(TsaClient tsa) {
            this.tsa = Objects.requireNonNull(tsa, "tsa");
            return this;
        }

        /**
         * The clock of the claimed signing time ({@code /M}); by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The reason shown by PDF readers.
         *
         * @param reason for example "Issued by the registrar"
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * The location shown by PDF readers.
         *
         * @param location for example "Aalborg, DK"
         * @return this builder
         */
        public Builder location(String location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Builds the sealer.
         *
         * @return the sealer
         * @throws IllegalStateException if BASELINE-T has no time-stamping authority
         */
        public PdfSealer build() {
            if (level == SealLevel.BASELINE_T && tsa == null) {
                throw new IllegalStateException("PAdES-BASELINE-T needs a time-stamping authority");
            }
            return new PdfSealer(this);
        }
    }
}
