package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Chains;
import io.github.microcredentials.seals.internal.seal.Outcome;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.seal.TrustSettings;
import io.github.microcredentials.seals.DetachedContent;
import io.github.microcredentials.seals.SealFormat;
import io.github.microcredentials.seals.SealLevel;
import io.github.microcredentials.seals.SealProblem.Code;
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
    private final List<X509Certificate> archiveCertificates = new ArrayList<>();

    private XadesValidation(TrustSettings settings) {
        this.settings = settings;
    }

    /**
     * Verifies a seal that carries everything it signs.
     *
     * @param input the XML document
     * @param settings what to trust, when
     * @return the outcome; never throws for bad input
     */
    public static Outcome verify(byte[] input, TrustSettings settings) {
        return verify(input, List.of(), settings);
    }

    /**
     * Verifies, resolving detached references against the documents supplied.
     *
     * @param input the XML document
     * @param detached the detached documents the signature references, by name
     * @param settings what to trust, when
     * @return the outcome; never throws for bad input
     */
    public static Outcome verify(byte[] input, List<DetachedContent> detached, TrustSettings settings) {
        XadesValidation validation = new XadesValidation(settings);
        try {
            validation.run(input, detached);
        } catch (Rejected e) {
            validation.outcome.intact = false;
            validation.outcome.fail(e.code, e.location, e.getMessage());
        }
        return validation.outcome;
    }

    /**
     * Integrity first, for every signature of the document, as DSS judges it; then, for a document
     * whose structure is that of a seal (one enveloped signature over the whole document), the
     * signed properties, time-stamps and certificates. A document with another structure is
     * reported intact or not, and refused as a seal with {@link Code#UNSAFE_STRUCTURE}.
     */
    private void run(byte[] input, List<DetachedContent> detached) throws Rejected {
        XmlSecurity.init();
        Document document;
        try {
            document = XmlDocs.parse(input, settings.limits());
        } catch (XmlDocs.LimitExceeded e) {
            throw new Rejected(Code.LIMIT_EXCEEDED, "", e.getMessage());
        } catch (IOException e) {
            throw new Rejected(Code.MALFORMED, "", e.getMessage());
        }
        List<Element> signatures = Structure.topLevelSignatures(document);
        if (signatures.isEmpty()) {
            throw new Rejected(Code.MALFORMED, "", "the document has no ds:Signature");
        }
        Structure.registerAllIds(document.getDocumentElement());
        Structure.Checked checked = null;
        Rejected refused = null;
        try {
            checked = Structure.check(document);
        } catch (Rejected e) {
            refused = e;
        }
        boolean intact = true;
        XadesIntegrity.Result first = null;
        for (int i = 0; i < signatures.size(); i++) {
            String prefix = signatures.size() == 1 ? "" : "ds:Signature[" + (i + 1) + "]/";
            XadesIntegrity.Result result = XadesIntegrity.check(signatures.get(i), detached, settings.algorithms(), outcome, prefix);
            counterSignatures(signatures.get(i), result, detached, prefix);
            if (result.intact()) {
                ArchiveTimestamps.check(signatures.get(i), XadesIntegrity.xadesChild(XadesIntegrity.xadesChild(result.qualifyingProperties(),
                        "UnsignedProperties"), "UnsignedSignatureProperties"), detached, outcome, prefix, archiveCertificates);
            }
            intact &= result.intact();
            first = first == null ? result : first;
        }
        outcome.intact = intact;
        outcome.signer = first.signer();
        if (refused != null) {
            outcome.fail(refused.code, refused.location, refused.getMessage());
            return;
        }
        Properties properties = Properties.of(checked);
        signingCertificateReference(first);
        signingTime(properties);
        List<X509Certificate> candidates = new ArrayList<>(first.certificates());
        List<Timestamps.Checked> timestamps = signatureTimestamps(checked.signature(), properties, candidates);
        candidates.addAll(archiveCertificates);
        outcome.level = level(properties);
        if (outcome.signer.isEmpty()) {
            return;
        }
        Chains.check(outcome, outcome.signer.get(), candidates, timestamps, settings);
    }

    /** The signed signing-certificate reference must name the certificate whose key verified. */
    private void signingCertificateReference(XadesIntegrity.Result result) {
        List<Element> digests = XadesIntegrity.signingCertificateDigests(result.qualifyingProperties());
        if (digests.isEmpty()) {
            outcome.fail(Code.SIGNING_CERTIFICATE_REFERENCE_MISSING, "xades:SigningCertificateV2",
                    "no signed signing-certificate reference (SigningCertificateV2 or SigningCertificate)");
            return;
        }
        Optional<X509Certificate> referenced = XadesIntegrity.referenced(result.certificates(), digests);
        if (referenced.isEmpty() || !referenced.equals(result.signer())) {
            outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "xades:SigningCertificateV2",
                    "the signed signing-certificate reference does not name the certificate whose key verifies the signature");
            return;
        }
        for (Element certDigest : digests) {
            Element cert = (Element) certDigest.getParentNode();
            if (XadesIntegrity.referenced(List.of(referenced.get()), List.of(certDigest)).isPresent()
                    && !IssuerNames.matches(cert, referenced.get())) {
                outcome.fail(Code.SIGNING_CERTIFICATE_MISMATCH, "xades:SigningCertificate/xades:Cert/xades:IssuerSerial",
                        "the signed issuer and serial number do not name the signing certificate");
            }
        }
    }

    /**
     * Each XAdES CounterSignature of a signature, verified as a signature of its own over this
     * signature's value; a broken one is reported on this signature (policy, a warning by default).
     */
    private void counterSignatures(Element signature, XadesIntegrity.Result result, List<DetachedContent> detached, String prefix) {
        counterSignatures(signature, result, detached, prefix, outcome, 0);
    }

    /** At most this many levels of counter-signatures of counter-signatures are verified. */
    private static final int MAX_COUNTER_DEPTH = 4;

    private void counterSignatures(Element signature, XadesIntegrity.Result result, List<DetachedContent> detached, String prefix,
            Outcome parent, int depth) {
        Element unsigned = XadesIntegrity.xadesChild(XadesIntegrity.xadesChild(result.qualifyingProperties(), "UnsignedProperties"),
                "UnsignedSignatureProperties");
        List<Element> counters = XadesIntegrity.xadesChildren(unsigned, "CounterSignature");
        Element value = Dom.child(signature, XadesSigning.DS, "SignatureValue");
        for (int i = 0; i < counters.size(); i++) {
            String location = prefix + "xades:CounterSignature[" + (i + 1) + "]";
            Element counter = Dom.child(counters.get(i), XadesSigning.DS, "Signature");
            Outcome counterOutcome = XadesIntegrity.counterOutcome();
            if (counter == null) {
                counterOutcome.fail(Code.MALFORMED, "", "a CounterSignature without ds:Signature");
            } else {
                XadesIntegrity.Result checked = XadesIntegrity.check(counter, detached, settings.algorithms(), counterOutcome, "");
                counterOutcome.intact = checked.intact();
                counterOutcome.signer = checked.signer();
                if (!coversValue(counter, value)) {
                    counterOutcome.intact = false;
                    counterOutcome.fail(Code.UNSAFE_STRUCTURE, "ds:SignedInfo", "the counter-signature does not sign the counter-signed signature value");
                }
                checked.signer().ifPresent(s -> Chains.check(counterOutcome, s, checked.certificates(), List.of(), settings));
                if (depth < MAX_COUNTER_DEPTH) {
                    counterSignatures(counter, checked, detached, "", counterOutcome, depth + 1);
                }
            }
            parent.counterSignatures.add(counterOutcome);
            if (!counterOutcome.intact) {
                parent.fail(Code.COUNTER_SIGNATURE_INVALID, location, "the counter-signature is not intact: "
                        + (counterOutcome.problems.isEmpty() ? "" : counterOutcome.problems.get(0).toString()));
            }
        }
    }

    /** Whether a reference of the counter-signature points at the counter-signed SignatureValue. */
    private static boolean coversValue(Element counter, @org.jspecify.annotations.Nullable Element value) {
        if (value == null) {
            return false;
        }
        for (Element reference : Dom.children(Dom.child(counter, XadesSigning.DS, "SignedInfo"), XadesSigning.DS, "Reference")) {
            String uri = reference.getAttribute("URI");
            if (uri.startsWith("#") && value.getOwnerDocument().getElementById(uri.substring(1)) == value) {
                return true;
            }
        }
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

    private List<Timestamps.Checked> signatureTimestamps(Element signatureElement, Properties properties, List<X509Certificate> candidates) {
        List<Timestamps.Checked> out = new ArrayList<>();
        Element value = Dom.child(signatureElement, XadesSigning.DS, "SignatureValue");
        for (Element timestamp : properties.unsigned("SignatureTimeStamp")) {
            Element method = Dom.child(timestamp, XadesSigning.DS, "CanonicalizationMethod");
            String c14n = method == null || method.getAttribute("Algorithm").isEmpty() ? Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS
                    : method.getAttribute("Algorithm");
            Element encapsulated = Dom.child(timestamp, XadesSigning.XADES, "EncapsulatedTimeStamp");
            try {
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                Canonicalizer.getInstance(c14n).canonicalizeSubtree(value, data);
                byte[] token = Base64.getMimeDecoder().decode(encapsulated == null ? "" : encapsulated.getTextContent());
                Timestamps.Checked checked = Timestamps.check(token, data.toByteArray());
                candidates.addAll(checked.certificates());
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
        if (properties.unsigned("SignatureTimeStamp").isEmpty()) {
            return Optional.of(SealLevel.BASELINE_B);
        }
        // LT: the revocation values are in the seal (certificates may be in KeyInfo); LTA: archive time-stamps over it.
        // Structural only: whether the data suffices for every certificate of the chain is not checked (offline).
        boolean validationData = !properties.unsigned("RevocationValues").isEmpty();
        if (!validationData) {
            return Optional.of(SealLevel.BASELINE_T);
        }
        return Optional.of(properties.unsigned("ArchiveTimeStamp").isEmpty() ? SealLevel.BASELINE_LT : SealLevel.BASELINE_LTA);
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
