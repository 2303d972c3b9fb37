package io.github.microcredentials.render;

import io.github.microcredentials.render.CertificateReport.Code;
import io.github.microcredentials.render.CertificateReport.Problem;
import io.github.microcredentials.render.CertificateReport.Severity;
import io.github.microcredentials.seals.SealLevel;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks one PAdES signature of a PDF from the raw file bytes: the byte range (the whole file but
 * the signature value, and nothing after it), the CMS (digest, signature, ESS signing certificate,
 * baseline attributes), the chain to the trust anchors and the signature time-stamp.
 */
final class PadesCheck {

    private static final Provider BC = new BouncyCastleProvider();
    private static final String CADES_DETACHED = "ETSI.CAdES.detached";
    /** The digests a seal may use: SHA-2 only. */
    private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
            NISTObjectIdentifiers.id_sha256, "SHA-256",
            NISTObjectIdentifiers.id_sha384, "SHA-384",
            NISTObjectIdentifiers.id_sha512, "SHA-512");

    private final byte[] pdf;
    private final PDSignature signature;
    private final boolean last;
    private final List<X509Certificate> anchors;
    private final Instant now;
    private final List<Problem> problems = new ArrayList<>();
    private boolean intact;
    private boolean coversWholeFile;
    private boolean trusted;
    private boolean baseline = true;
    private Optional<String> signer = Optional.empty();
    private Optional<Instant> timestampTime = Optional.empty();

    private PadesCheck(byte[] pdf, PDSignature signature, boolean last, List<X509Certificate> anchors, Instant now) {
        this.pdf = pdf;
        this.signature = signature;
        this.last = last;
        this.anchors = anchors;
        this.now = now;
    }

    /** Checks a signature; problems go to {@code problems}, the seal details are returned. */
    static CertificateReport.Seal check(byte[] pdf, PDSignature signature, boolean last, List<X509Certificate> anchors,
            Instant now, List<Problem> problems) {
        PadesCheck check = new PadesCheck(pdf, signature, last, anchors, now);
        check.run();
        problems.addAll(check.problems);
        Optional<Instant> claimed = Optional.ofNullable(signature.getSignDate()).map(c -> c.toInstant());
        Optional<SealLevel> level = check.intact && check.baseline
                ? Optional.of(check.timestampTime.isPresent() ? SealLevel.BASELINE_T : SealLevel.BASELINE_B) : Optional.empty();
        return new CertificateReport.Seal(CertificateReport.worst(check.problems), check.signer, level, claimed,
                check.timestampTime, check.intact, check.coversWholeFile, check.trusted);
    }

    private void run() {
        String subFilter = signature.getSubFilter();
        if (!CADES_DETACHED.equals(subFilter)) {
            problem(Code.NOT_PADES, Severity.INDETERMINATE, "the signature's /SubFilter is " + subFilter + ", not "
                    + CADES_DETACHED);
            return;
        }
        if (signature.getSignDate() == null) {
            notBaseline("the signature dictionary has no /M (claimed signing time)");
        }
        int[] range = signature.getByteRange();
        Optional<byte[]> cms = signatureValue(range);
        if (cms.isEmpty()) {
            return;
        }
        coversWholeFile = (long) range[2] + range[3] == pdf.length;
        if (!coversWholeFile && last) {
            problem(Code.MODIFIED_AFTER_SEALING, Severity.INVALID, (pdf.length - (long) range[2] - range[3])
                    + " bytes follow the sealed revision: the file was changed after sealing");
        }
        byte[] signed = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signed, 0, range[1]);
        System.arraycopy(pdf, range[2], signed, range[1], range[3]);
        cms(cms.get(), signed);
    }

    /** The CMS from the gap of the byte range, which must be exactly the hex string of /Contents. */
    private Optional<byte[]> signatureValue(int[] range) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            problem(Code.BYTE_RANGE, Severity.INVALID, "the byte range " + Arrays.toString(range)
                    + " does not cover the file around one signature value");
            return Optional.empty();
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            problem(Code.BYTE_RANGE, Severity.INVALID, "the byte range gap is not the signature's hex string");
            return Optional.empty();
        }
        byte[] value = new byte[(range[2] - range[1] - 2) / 2];
        for (int i = 0; i < value.length; i++) {
            int hi = Character.digit(pdf[range[1] + 1 + 2 * i], 16);
            int lo = Character.digit(pdf[range[1] + 2 + 2 * i], 16);
            if (hi < 0 || lo < 0) {
                problem(Code.BYTE_RANGE, Severity.INVALID, "the signature value holds a character that is not hexadecimal");
                return Optional.empty();
            }
            value[i] = (byte) (hi << 4 | lo);
        }
        return Optional.of(value);
    }

    private void cms(byte[] value, byte[] signedBytes) {
        try (ASN1InputStream in = new ASN1InputStream(value)) {
            ContentInfo info = ContentInfo.getInstance(in.readObject());
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), info);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                problem(Code.MALFORMED_SIGNATURE, Severity.INDETERMINATE, "the CMS has " + signers.size() + " signers, not one");
                return;
            }
            SignerInformation signerInfo = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signerInfo.getSID());
            if (matches.isEmpty()) {
                problem(Code.MALFORMED_SIGNATURE, Severity.INDETERMINATE, "the CMS does not carry the signer's certificate");
                return;
            }
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(matches.iterator().next());
            signer = Optional.of(certificate.getSubjectX500Principal().getName());
            String digest = DIGESTS.get(signerInfo.getDigestAlgorithmID().getAlgorithm());
            if (digest == null) {
                problem(Code.ALGORITHM_NOT_ALLOWED, Severity.INVALID, "digest algorithm "
                        + signerInfo.getDigestAlgorithmID().getAlgorithm() + " is not allowed (SHA-256, -384, -512 are)");
                return;
            }
            if (!signedAttributes(signerInfo, certificate, digest, signedBytes)) {
                return;
            }
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                problem(Code.SIGNATURE_INVALID, Severity.INVALID, "the signature value does not verify with the seal certificate");
                return;
            }
            intact = true;
            timestamp(signerInfo);
            chain(certificate, certificates(data));
        } catch (IOException | CMSException | CertificateException | org.bouncycastle.operator.OperatorCreationException
                | RuntimeException e) {
            if (!intact) {
                problem(Code.MALFORMED_SIGNATURE, Severity.INDETERMINATE, "the CMS cannot be read: " + e.getMessage());
            }
        }
    }

    /** content-type id-data, message-digest of the sealed bytes, signing-certificate-v2 naming the certificate, no signing-time. */
    private boolean signedAttributes(SignerInformation signerInfo, X509Certificate certificate, String digest, byte[] signedBytes)
            throws CertificateException {
        AttributeTable attributes = signerInfo.getSignedAttributes();
        if (attributes == null) {
            problem(Code.MALFORMED_SIGNATURE, Severity.INDETERMINATE, "the CMS has no signed attributes");
            return false;
        }
        Attribute digestAttribute = attributes.get(CMSAttributes.messageDigest);
        byte[] expected = digestAttribute == null ? null
                : org.bouncycastle.asn1.ASN1OctetString.getInstance(digestAttribute.getAttrValues().getObjectAt(0)).getOctets();
        if (expected == null || !MessageDigest.isEqual(expected, digest(digest, signedBytes))) {
            problem(Code.DIGEST_MISMATCH, Severity.INVALID, "the sealed bytes do not match the signed message digest: "
                    + "the document was changed after sealing");
            return false;
        }
        Attribute contentType = attributes.get(CMSAttributes.contentType);
        if (contentType == null || !PKCSObjectIdentifiers.data.equals(contentType.getAttrValues().getObjectAt(0))) {
            notBaseline("the content-type attribute is missing or not id-data");
        }
        if (attributes.get(CMSAttributes.signingTime) != null) {
            notBaseline("the CMS has a signing-time attribute, which PAdES baseline signatures do not have");
        }
        Attribute essV2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (essV2 == null || !namesCertificate(SigningCertificateV2.getInstance(essV2.getAttrValues().getObjectAt(0)), certificate)) {
            problem(Code.SIGNING_CERTIFICATE_MISMATCH, Severity.INVALID, essV2 == null
                    ? "the ESS signing-certificate-v2 attribute is missing"
                    : "the ESS signing-certificate-v2 attribute names another certificate");
            return false;
        }
        return true;
    }

    private static boolean namesCertificate(SigningCertificateV2 attribute, X509Certificate certificate) throws CertificateException {
        ESSCertIDv2 id = attribute.getCerts()[0];
        String digest = DIGESTS.get(id.getHashAlgorithm().getAlgorithm());
        return digest != null && MessageDigest.isEqual(id.getCertHash(), digest(digest, certificate.getEncoded()));
    }

    /** A signature time-stamp: it must cover the signature value and be signed by the TSA certificate it carries. */
    private void timestamp(SignerInformation signerInfo) {
        AttributeTable unsigned = signerInfo.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return;
        }
        try {
            byte[] encoded = attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded();
            TimeStampToken token = new TimeStampToken(new CMSSignedData(encoded));
            String digest = DIGESTS.get(token.getTimeStampInfo().getMessageImprintAlgOID());
            if (digest == null || !MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(),
                    digest(digest, signerInfo.getSignature()))) {
                problem(Code.TIMESTAMP_INVALID, Severity.INVALID, "the signature time-stamp does not cover the signature value");
                return;
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
            if (tsa.isEmpty()) {
                problem(Code.TIMESTAMP_UNTRUSTED, Severity.INDETERMINATE, "the time-stamp token carries no TSA certificate");
                return;
            }
            X509Certificate tsaCertificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(tsa.iterator().next());
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(tsaCertificate));
            Instant time = token.getTimeStampInfo().getGenTime().toInstant();
            if (time.isAfter(now)) {
                problem(Code.TIMESTAMP_INVALID, Severity.INVALID, "the signature time-stamp is in the future: " + time);
                return;
            }
            timestampTime = Optional.of(time);
            if (!anchors.isEmpty() && !chainsToAnchor(tsaCertificate, List.of(), time)) {
                problem(Code.TIMESTAMP_UNTRUSTED, Severity.INDETERMINATE, "the time-stamping authority does not chain to a trust anchor");
            }
        } catch (IOException | CMSException | CertificateException | org.bouncycastle.tsp.TSPException
                | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            problem(Code.TIMESTAMP_INVALID, Severity.INVALID, "the signature time-stamp is not valid: " + e.getMessage());
        }
    }

    private void chain(X509Certificate certificate, List<X509Certificate> intermediates) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            problem(Code.KEY_USAGE, Severity.INDETERMINATE, "the seal certificate's key usage allows neither "
                    + "digitalSignature nor nonRepudiation");
        }
        if (anchors.isEmpty()) {
            problem(Code.CHAIN_UNTRUSTED, Severity.INDETERMINATE, "no trust anchor is configured; the seal is intact but "
                    + "its certificate is not trusted");
            return;
        }
        Instant at = timestampTime.orElse(now);
        trusted = chainsToAnchor(certificate, intermediates, at);
        if (!trusted) {
            problem(Code.CHAIN_UNTRUSTED, Severity.INDETERMINATE, "no valid chain from " + signer.orElse("the seal certificate")
                    + " to a trust anchor at " + at);
        }
    }

    /** PKIX path building at a time, without revocation checking (no network). */
    private boolean chainsToAnchor(X509Certificate certificate, List<X509Certificate> intermediates, Instant at) {
        try {
            Set<TrustAnchor> trust = new HashSet<>();
            anchors.forEach(a -> trust.add(new TrustAnchor(a, null)));
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            List<X509Certificate> store = new ArrayList<>(intermediates);
            store.add(certificate);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData data) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
        for (Object holder : data.getCertificates().getMatches(null)) {
            out.add(converter.getCertificate((X509CertificateHolder) holder));
        }
        return out;
    }

    private void notBaseline(String message) {
        baseline = false;
        problem(Code.NOT_BASELINE, Severity.WARNING, message);
    }

    private void problem(Code code, Severity severity, String message) {
        problems.add(new Problem(code, severity, message));
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a required JCA algorithm", e);
        }
    }
}
