package io.github.microcredentials.render;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.render.CertificateReport.Code;
import io.github.microcredentials.render.CertificateReport.Indication;
import io.github.microcredentials.render.CertificateReport.Problem;
import io.github.microcredentials.render.CertificateReport.Severity;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.seals.SealReport;
import io.github.microcredentials.seals.SealVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks a certificate PDF: its PAdES seal, and the signed credential embedded in it, and reports
 * both ({@link CertificateReport}). Never throws for bad input and fetches nothing.
 *
 * <p>The seal: {@code /SubFilter /ETSI.CAdES.detached}; the byte range is the whole file except the
 * signature value, with no bytes after it (an incremental update after sealing makes the report
 * INVALID, whatever it changes); the message digest, the signature with the seal certificate, the
 * ESS signing-certificate-v2 attribute; a signature time-stamp if present; a chain to the trust
 * anchors (without revocation checking) at the time-stamp's time, else at the validation time.
 *
 * <p>The credential: exactly one embedded file (from the catalog's {@code /AF} and the embedded
 * files) must be a signed credential; it is verified with the signing module's verifiers: Data
 * Integrity proofs and VC-JWT with the key resolver ({@code did:key} by default), JAdES and XAdES
 * with the trust anchors. Its identifier must be the one the certificate's metadata names.
 *
 * <p>Immutable and thread-safe.
 */
public final class CertificateVerifier {

    /** The default largest PDF: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** The largest embedded credential: 16 MiB. */
    public static final long MAX_CREDENTIAL_BYTES = 16L * 1024 * 1024;
    private static final Pattern XMP_CREDENTIAL_ID = Pattern.compile("<mc:credentialId>([^<]*)</mc:credentialId>");

    private final List<X509Certificate> anchors;
    private final Clock clock;
    private final Optional<Instant> validationTime;
    private final KeyResolver resolver;
    private final JsonLdContexts contexts;
    private final long maxBytes;

    private CertificateVerifier(Builder builder) {
        this.anchors = List.copyOf(builder.anchors);
        this.clock = builder.clock;
        this.validationTime = Optional.ofNullable(builder.validationTime);
        this.resolver = builder.resolver;
        this.contexts = builder.contexts;
        this.maxBytes = builder.maxBytes;
    }

    /**
     * Starts a verifier: no trust anchors (a seal is then at best INDETERMINATE), {@code did:key}
     * keys, bundled JSON-LD contexts, the system clock.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether bytes are a PDF (they start with {@code %PDF-}).
     *
     * @param bytes the bytes
     * @return {@code true} for a PDF
     */
    public static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /**
     * Verifies a certificate PDF.
     *
     * @param pdf the file
     * @return the report; never throws for bad input
     */
    public CertificateReport verify(byte[] pdf) {
        List<Problem> problems = new ArrayList<>();
        if (pdf.length > maxBytes || !isPdf(pdf)) {
            problems.add(new Problem(Code.MALFORMED_PDF, Severity.INDETERMINATE, pdf.length > maxBytes
                    ? "the file has " + pdf.length + " bytes; the limit is " + maxBytes : "not a PDF file"));
            return new CertificateReport(problems, Optional.empty(), Optional.empty());
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Optional<CertificateReport.Seal> seal = seal(pdf, document, problems);
            Optional<CertificateReport.Credential> credential = credential(document, problems);
            return new CertificateReport(problems, seal, credential);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Code.MALFORMED_PDF, Severity.INDETERMINATE, "the PDF cannot be read: " + e.getMessage()));
            return new CertificateReport(problems, Optional.empty(), Optional.empty());
        }
    }

    private Optional<CertificateReport.Seal> seal(byte[] pdf, PDDocument document, List<Problem> problems) throws IOException {
        List<PDSignature> signatures = document.getSignatureDictionaries();
        if (signatures.isEmpty()) {
            problems.add(new Problem(Code.NO_SEAL, Severity.INDETERMINATE, "the PDF has no PAdES seal"));
            return Optional.empty();
        }
        // The seal that must cover the whole file is the one whose byte range ends last.
        PDSignature last = signatures.get(0);
        for (PDSignature s : signatures) {
            if (end(s) > end(last)) {
                last = s;
            }
        }
        CertificateReport.Seal result = null;
        for (PDSignature s : signatures) {
            CertificateReport.Seal checked = PadesCheck.check(pdf, s, s == last, anchors, now(), problems);
            if (s == last) {
                result = checked;
            }
        }
        return Optional.ofNullable(result);
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range == null || range.length != 4 ? -1 : (long) range[2] + range[3];
    }

    /** The one embedded signed credential, verified. */
    private Optional<CertificateReport.Credential> credential(PDDocument document, List<Problem> problems) throws IOException {
        List<Embedded> found = new ArrayList<>();
        for (PDComplexFileSpecification spec : fileSpecifications(document)) {
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
            if (file == null) {
                continue;
            }
            Optional<byte[]> bytes = read(file, problems, spec.getFilename());
            Optional<SignedCredential> credential = bytes.flatMap(SignedCredential::detect);
            credential.ifPresent(c -> found.add(new Embedded(Objects.requireNonNullElse(spec.getFilename(), "(unnamed)"), c)));
        }
        if (found.isEmpty()) {
            problems.add(new Problem(Code.NO_CREDENTIAL, Severity.INDETERMINATE, "no embedded file is a signed credential"));
            return Optional.empty();
        }
        if (found.size() > 1) {
            problems.add(new Problem(Code.MULTIPLE_CREDENTIALS, Severity.INDETERMINATE, found.size()
                    + " embedded signed credentials (" + String.join(", ", found.stream().map(Embedded::name).toList())
                    + "); a certificate carries one"));
            return Optional.empty();
        }
        Embedded embedded = found.get(0);
        CertificateReport.Credential result = verify(embedded);
        if (result.indication() != Indication.VALID) {
            problems.add(new Problem(result.indication() == Indication.INVALID ? Code.CREDENTIAL_INVALID
                    : Code.CREDENTIAL_INDETERMINATE, result.indication() == Indication.INVALID ? Severity.INVALID
                    : Severity.INDETERMINATE, "the embedded credential " + embedded.name() + ": " + result.summary()));
        }
        checkIdentifier(document, embedded.credential(), problems);
        return Optional.of(result);
    }

    private record Embedded(String name, SignedCredential credential) {
    }

    /** Every file specification of the catalog's /AF and of the embedded files name tree, each once. */
    private static Collection<PDComplexFileSpecification> fileSpecifications(PDDocument document) throws IOException {
        Map<COSDictionary, PDComplexFileSpecification> specs = new IdentityHashMap<>();
        COSBase af = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.AF);
        if (af instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                COSBase item = array.getObject(i);
                if (item instanceof COSDictionary dictionary) {
                    specs.putIfAbsent(dictionary, new PDComplexFileSpecification(dictionary));
                }
            }
        }
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree != null) {
            collect(tree, specs, 0);
        }
        return specs.values();
    }

    private static void collect(org.apache.pdfbox.pdmodel.common.PDNameTreeNode<PDComplexFileSpecification> node,
            Map<COSDictionary, PDComplexFileSpecification> specs, int depth)
            throws IOException {
        if (depth > 16) {
            throw new IOException("the embedded files name tree nests deeper than 16");
        }
        Map<String, PDComplexFileSpecification> leaves = node.getNames();
        if (leaves != null) {
            leaves.values().forEach(spec -> specs.putIfAbsent(spec.getCOSObject(), spec));
        }
        if (node.getKids() != null) {
            for (org.apache.pdfbox.pdmodel.common.PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, specs, depth + 1);
            }
        }
    }

    private static Optional<byte[]> read(PDEmbeddedFile file, List<Problem> problems, String name) {
        try (InputStream in = file.createInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_CREDENTIAL_BYTES + 1);
            if (bytes.length > MAX_CREDENTIAL_BYTES) {
                problems.add(new Problem(Code.CREDENTIAL_UNREADABLE, Severity.INDETERMINATE, "the embedded file " + name
                        + " is larger than " + MAX_CREDENTIAL_BYTES + " bytes"));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Code.CREDENTIAL_UNREADABLE, Severity.INDETERMINATE, "the embedded file " + name
                    + " cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The credential's own proof or seal, through the signing module's verifiers. */
    private CertificateReport.Credential verify(Embedded embedded) {
        SignedCredential credential = embedded.credential();
        switch (credential.form()) {
            case DATA_INTEGRITY:
                return fromReport(embedded, DataIntegrityVerifier.builder().keyResolver(resolver).contexts(contexts)
                        .clock(Clock.fixed(now(), java.time.ZoneOffset.UTC)).build().verify(credential.bytes()));
            case VC_JWT:
                return fromReport(embedded, VcJwtVerifier.builder().keyResolver(resolver)
                        .clock(Clock.fixed(now(), java.time.ZoneOffset.UTC)).build().verify(credential.text().strip()));
            default:
                SealVerifier.Builder seals = SealVerifier.builder().trustAnchors(anchors);
                validationTime.ifPresentOrElse(seals::validationTime, () -> seals.clock(clock));
                SealReport report = seals.build().verify(credential.bytes());
                Indication indication = report.isValid() ? Indication.VALID
                        : report.intact() && !report.chainTrusted() ? Indication.INDETERMINATE : Indication.INVALID;
                return result(embedded, indication, report.summary());
        }
    }

    private static CertificateReport.Credential fromReport(Embedded embedded, VerificationReport report) {
        Set<FailureCode> undecided = Set.of(FailureCode.KEY_NOT_FOUND, FailureCode.KEY_RESOLUTION_FAILED,
                FailureCode.MALFORMED_JSON, FailureCode.UNKNOWN_CONTEXT, FailureCode.ISSUER_BINDING_UNESTABLISHED);
        Indication indication = report.isValid() ? Indication.VALID
                : report.allFailures().stream().allMatch(f -> undecided.contains(f.code())) ? Indication.INDETERMINATE
                : Indication.INVALID;
        return result(embedded, indication, report.summary());
    }

    private static CertificateReport.Credential result(Embedded embedded, Indication indication, String summary) {
        return new CertificateReport.Credential(indication, embedded.credential().form(), embedded.name(), summary,
                indication == Indication.VALID ? Optional.of(embedded.credential()) : Optional.empty());
    }

    /** The metadata's mc:credentialId, when present, must be the embedded credential's identifier. */
    private static void checkIdentifier(PDDocument document, SignedCredential credential, List<Problem> problems) {
        try {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return;
            }
            String xmp;
            try (InputStream in = metadata.createInputStream()) {
                xmp = new String(in.readNBytes(1024 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            }
            Matcher m = XMP_CREDENTIAL_ID.matcher(xmp);
            Optional<String> id = CredentialIds.of(credential);
            if (m.find() && id.isPresent() && !unescape(m.group(1)).equals(id.get())) {
                problems.add(new Problem(Code.CREDENTIAL_MISMATCH, Severity.INVALID, "the certificate names credential "
                        + unescape(m.group(1)) + " but embeds " + id.get()));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Code.MALFORMED_PDF, Severity.WARNING, "the XMP metadata cannot be read: " + e.getMessage()));
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private Instant now() {
        return validationTime.orElseGet(clock::instant);
    }


    /** Settings of a {@link CertificateVerifier}. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private Instant validationTime;
        private KeyResolver resolver = KeyResolver.didKey();
        private JsonLdContexts contexts = JsonLdContexts.bundled();
        private long maxBytes = DEFAULT_MAX_BYTES;

        private Builder() {
        }

        /**
         * The trust anchors of the PAdES seal, its time-stamp and of an embedded JAdES or XAdES seal.
         *
         * @param certificates root (or pinned) certificates
         * @return this builder
         */
        public Builder trustAnchors(Collection<X509Certificate> certificates) {
            anchors.addAll(certificates);
            return this;
        }

        /**
         * The clock; by default the system clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Checks certificates and dates at this time instead of now.
         *
         * @param time the validation time
         * @return this builder
         */
        public Builder validationTime(Instant time) {
            this.validationTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * How the embedded credential's keys are resolved; by default {@code did:key} only.
         *
         * @param resolver the resolver
         * @return this builder
         */
        public Builder keyResolver(KeyResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The JSON-LD contexts embedded Data Integrity credentials may use; by default the bundled ones.
         *
         * @param contexts the registry
         * @return this builder
         */
        public Builder contexts(JsonLdContexts contexts) {
            this.contexts = Objects.requireNonNull(contexts, "contexts");
            return this;
        }

        /**
         * The largest PDF; by default 64 MiB.
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive");
            }
            this.maxBytes = bytes;
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return the verifier
         */
        public CertificateVerifier build() {
            return new CertificateVerifier(this);
        }
    }
}
