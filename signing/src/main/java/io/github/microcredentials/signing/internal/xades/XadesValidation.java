package io.github.microcredentials.signing.internal.xades;

import io.github.microcredentials.signing.internal.seal.Algorithms;
import io.github.microcredentials.signing.internal.seal.Certs;
import io.github.microcredentials.signing.internal.seal.Chains;
import io.github.microcredentials.signing.internal.seal.Outcome;
import io.github.microcredentials.signing.internal.seal.Timestamps;
import io.github.microcredentials.signing.internal.seal.TrustSettings;
import io.github.microcredentials.signing.seal.SealAlgorithm;
import io.github.microcredentials.signing.seal.SealFormat;
import io.github.microcredentials.signing.seal.SealLevel;
import io.github.microcredentials.signing.seal.SealProblem.Code;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies an enveloped XAdES signature: the structure first (exactly one signature, references
 * only to the whole document and to its own SignedProperties, allowed transforms, unique Ids),
 * then Santuario with secure validation, the signing-certificate binding, time-stamps, the chain.
 */
public final class XadesValidation {

    private final TrustSettings settings;
    private final Outcome outcome = new Outcome(SealFormat.XADES);

    private XadesValidation(TrustSettings settings) {
        this.settings = settings;
    }

    /**
     * Verifies.
     *
     * @param input the XML document
     * @param settings what to trust, when
     * @return the outcome; never throws for bad input
     */
    public static Outcome verify(byte[] input, TrustSettings settings) {
        XadesValidation validation = new XadesValidation(settings);
        try {
            validation.run(input);
        } catch (Rejected e) {
            validation.outcome.intact = false;
            validation.outcome.fail(e.code, e.location, e.getMessage());
        }
        return validation.outcome;
    }

    private void run(byte[] input) throws Rejected {
        XmlSecurity.init();
        Document document;
        try {
            document = XmlDocs.parse(input, settings.limits());
        } catch (XmlDocs.LimitExceeded e) {
            throw new Rejected(Code.LIMIT_EXCEEDED, "", e.getMessage());
        } catch (IOException e) {
            throw new Rejected(Code.MALFORMED, "", e.getMessage());
        }
        Structure.Checked checked = Structure.check(document);
        Element signatureElement = checked.signature();
        Properties properties = Properties.of(checked);
        List<X509Certificate> certificates = properties.certificates(outcome);
        X509Certificate signer = properties.signingCertificate(certificates, outcome);
        outcome.signer = Optional.of(signer);
        SealAlgorithm algorithm = algorithm(signatureElement, signer);
        XMLSignature signature;
        try {
            signature = new XMLSignature(signatureElement, "", true);
        } catch (XMLSecurityException | RuntimeException e) {
            throw new Rejected(Code.MALFORMED, "ds:Signature", "Santuario refuses the signature: " + e.getMessage());
        }
        outcome.intact = referencesVerify(signature.getSignedInfo()) & signatureValueVerifies(signature, signer, algorithm);
        signingTime(properties);
        List<Timestamps.Checked> timestamps = signatureTimestamps(signatureElement, properties);
        outcome.level = level(properties);
        Chains.check(outcome, signer, certificates, timestamps, settings);
    }

    private SealAlgorithm algorithm(Element signatureElement, X509Certificate signer) throws Rejected {
        Element method = Dom.child(Dom.child(signatureElement, XadesSigning.DS, "SignedInfo"), XadesSigning.DS, "SignatureMethod");
        String uri = method == null ? "" : method.getAttribute("Algorithm");
        Optional<SealAlgorithm> algorithm = SealAlgorithm.ofXmlDsig(uri);
        if (algorithm.isEmpty() || !settings.algorithms().contains(algorithm.get()) || !Algorithms.fits(algorithm.get(), signer.getPublicKey())) {
            throw new Rejected(Code.ALGORITHM_NOT_ALLOWED, "ds:SignatureMethod", "algorithm " + uri + " is not allowed for this key");
        }
        return algorithm.get();
    }

    private boolean referencesVerify(SignedInfo signedInfo) throws Rejected {
        try {
            boolean all = signedInfo.verify(false);
            for (int i = 0; i < signedInfo.getLength(); i++) {
                if (!signedInfo.getVerificationResult(i)) {
                    outcome.fail(Code.REFERENCE_INVALID, "ds:SignedInfo/ds:Reference[" + (i + 1) + "]",
                            "the digest of " + describe(signedInfo, i) + " does not match: the sealed content was changed");
                }
            }
            return all;
        } catch (XMLSecurityException | RuntimeException e) {
            throw new Rejected(Code.UNSAFE_STRUCTURE, "ds:SignedInfo", "a reference cannot be processed safely: " + e.getMessage());
        }
    }

    private static String describe(SignedInfo signedInfo, int i) {
        try {
            String uri = signedInfo.item(i).getURI();
            return uri.isEmpty() ? "the document" : uri;
        } catch (XMLSecurityException e) {
            return "reference " + (i + 1);
        }
    }

    private boolean signatureValueVerifies(XMLSignature signature, X509Certificate signer, SealAlgorithm algorithm) {
        try {
            byte[] signedInfo = signature.getSignedInfo().getCanonicalizedOctetStream();
            if (Algorithms.verify(algorithm, signer.getPublicKey(), signedInfo, signature.getSignatureValue())) {
                return true;
            }
        } catch (XMLSecurityException | IOException e) {
            // reported as an invalid signature below
        } catch (RuntimeException e) {
            // Santuario decodes the value with java.util.Base64, which throws for text that is not base64.
            outcome.fail(Code.MALFORMED, "ds:SignatureValue", "the signature value is not base64: " + e.getMessage());
            return false;
        }
        outcome.fail(Code.SIGNATURE_INVALID, "ds:SignatureValue", "the signature value does not verify with the signing certificate");
        return false;
    }

    private void signingTime(Properties properties) {
        Optional<String> time = properties.signingTime();
        if (time.isEmpty()) {
            outcome.warn(Code.NOT_BASELINE, "xades:SigningTime", "no signing time");
            return;
        }
        try {
            outcome.signingTime = Optional.of(OffsetDateTime.parse(time.get().strip()).toInstant());
        } catch (DateTimeParseException e) {
            outcome.fail(Code.MALFORMED, "xades:SigningTime", "not an xsd:dateTime with time zone");
        }
    }

    private List<Timestamps.Checked> signatureTimestamps(Element signatureElement, Properties properties) {
        List<Timestamps.Checked> out = new ArrayList<>();
        Element value = Dom.child(signatureElement, XadesSigning.DS, "SignatureValue");
        for (Element timestamp : properties.unsigned("SignatureTimeStamp")) {
            Element method = Dom.child(timestamp, XadesSigning.DS, "CanonicalizationMethod");
            String c14n = method == null ? Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS : method.getAttribute("Algorithm");
            Element encapsulated = Dom.child(timestamp, XadesSigning.XADES, "EncapsulatedTimeStamp");
            try {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                Canonicalizer.getInstance(c14n).canonicalizeSubtree(value, data);
                byte[] token = Base64.getMimeDecoder().decode(encapsulated == null ? "" : encapsulated.getTextContent());
                Timestamps.Checked checked = Timestamps.check(token, data.toByteArray());
                properties.extraCertificates().addAll(checked.certificates());
                checked.failure().ifPresentOrElse(f -> outcome.fail(Code.TIMESTAMP_INVALID, "xades:SignatureTimeStamp", f),
                        () -> out.add(checked));
            } catch (XMLSecurityException | IllegalArgumentException e) {
                outcome.fail(Code.TIMESTAMP_INVALID, "xades:SignatureTimeStamp", "cannot read the time-stamp: " + e.getMessage());
            }
        }
        return out;
    }

    private Optional<SealLevel> level(Properties properties) {
        if (outcome.signingTime.isEmpty() || !properties.hasSigningCertificate()) {
            return Optional.empty();
        }
        if (!properties.unsigned("ArchiveTimeStamp").isEmpty()) {
            return Optional.of(SealLevel.BASELINE_LTA);
        }
        if (!properties.unsigned("RevocationValues").isEmpty()) {
            return Optional.of(SealLevel.BASELINE_LT);
        }
        return Optional.of(properties.unsigned("SignatureTimeStamp").isEmpty() ? SealLevel.BASELINE_B : SealLevel.BASELINE_T);
    }

    /** The signing certificate among the certificates, by the signed SigningCertificate(V2) digest. */
    static X509Certificate pick(List<X509Certificate> certificates, List<Element> certDigests, Outcome outcome) throws Rejected {
        if (certificates.isEmpty()) {
            throw new Rejected(Code.SIGNING_CERTIFICATE_MISSING, "ds:KeyInfo", "the signature carries no certificate");
        }
        if (certDigests.isEmpty()) {
            outcome.warn(Code.NOT_BASELINE, "xades:SigningCertificateV2", "no signed signing-certificate reference");
            return certificates.get(0);
        }
        for (Element certDigest : certDigests) {
            Element method = Dom.child(certDigest, XadesSigning.DS, "DigestMethod");
            Element value = Dom.child(certDigest, XadesSigning.DS, "DigestValue");
            Optional<String> digest = Dom.digest(method == null ? "" : method.getAttribute("Algorithm"));
            if (digest.isEmpty() || value == null) {
                continue;
            }
            byte[] expected;
            try {
                expected = Base64.getMimeDecoder().decode(value.getTextContent());
            } catch (IllegalArgumentException e) {
                continue;
            }
            for (X509Certificate certificate : certificates) {
                if (MessageDigest.isEqual(expected, Algorithms.digest(digest.get(), Certs.der(certificate)))) {
                    return certificate;
                }
            }
        }
        outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "xades:SigningCertificateV2", "no certificate of the signature has the signed digest");
        return certificates.get(0);
    }

    static X509Certificate certificate(String base64) throws Rejected {
        try {
            return Certs.fromBase64(base64);
        } catch (CertificateException e) {
            throw new Rejected(Code.MALFORMED, "ds:X509Certificate", "not a base64 DER certificate");
        }
    }

    /** A failure that ends verification. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Code code;
        final String location;

        Rejected(Code code, String location, String message) {
            super(message, null, false, false);
            this.code = code;
            this.location = location;
        }
    }
}
