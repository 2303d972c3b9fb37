package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Algorithms;
import io.github.microcredentials.seals.internal.seal.Certs;
import io.github.microcredentials.seals.internal.seal.Chains;
import io.github.microcredentials.seals.internal.seal.SealResult;
import io.github.microcredentials.seals.internal.seal.Finding;
import io.github.microcredentials.seals.internal.seal.Timestamps;
import io.github.microcredentials.seals.internal.seal.TrustSettings;
import io.github.microcredentials.seals.internal.seal.Detached;
import io.github.microcredentials.seals.internal.seal.Baseline;
import io.github.microcredentials.seals.internal.seal.Found;
import io.github.microcredentials.seals.internal.seal.Rejected;
import io.github.microcredentials.seals.internal.seal.Rule;
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
    private final SealResult.Builder result = new SealResult.Builder();
    private final List<X509Certificate> archiveCertificates = new ArrayList<>();

    private XadesValidation(TrustSettings settings) {
        this.settings = settings;
    }

    /**
     * Verifies a seal that carries everything it signs.
     *
     * @param input the XML document
     * @param settings what to trust, when
     * @return the result; never throws for bad input
     */
    public static SealResult verify(byte[] input, TrustSettings settings) {
        return verify(input, List.of(), settings);
    }

    /**
     * Verifies, resolving detached references against the documents supplied.
     *
     * @param input the XML document
     * @param detached the detached documents the signature references, by name
     * @param settings what to trust, when
     * @return the result; never throws for bad input
     */
    public static SealResult verify(byte[] input, List<Detached> detached, TrustSettings settings) {
        XadesValidation validation = new XadesValidation(settings);
        try {
            validation.run(input, detached);
        } catch (Rejected e) {
            validation.result.intact(false).add(e.finding());
        }
        return validation.result.build();
    }

    /**
     * Integrity first, for every signature of the document, as DSS judges it; then, for a document
     * whose structure is that of a seal (one enveloped signature over the whole document), the
     * signed properties, time-stamps and certificates. A document with another structure is
     * reported intact or not, and refused as a seal with {@link Rule#UNSAFE_STRUCTURE}.
     */
    private void run(byte[] input, List<Detached> detached) throws Rejected {
        XmlSecurity.init();
        Document document;
        try {
            document = XmlDocs.parse(input, settings.limits());
        } catch (XmlDocs.LimitExceeded e) {
            throw new Rejected(Rule.LIMIT_EXCEEDED, "", e.getMessage());
        } catch (IOException e) {
            throw new Rejected(Rule.MALFORMED, "", e.getMessage());
        }
        List<Element> signatures = Structure.topLevelSignatures(document);
        if (signatures.isEmpty()) {
            throw new Rejected(Rule.MALFORMED, "", "the document has no ds:Signature");
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
            XadesIntegrity.Result integrity = XadesIntegrity.check(signatures.get(i), detached, settings.algorithms(), prefix);
            result.addAll(integrity.findings());
            counterSignatures(signatures.get(i), integrity, detached, prefix, result, 0);
            if (integrity.intact()) {
                Found<List<X509Certificate>> archives = ArchiveTimestamps.check(signatures.get(i), XadesIntegrity.xadesChild(
                        XadesIntegrity.xadesChild(integrity.qualifyingProperties(), "UnsignedProperties"), "UnsignedSignatureProperties"),
                        detached, prefix);
                result.addAll(archives.findings());
                archiveCertificates.addAll(archives.value());
            }
            intact &= integrity.intact();
            first = first == null ? integrity : first;
        }
        result.intact(intact).signer(first.signer());
        if (refused != null) {
            result.add(refused.finding());
            return;
        }
        Properties properties = Properties.of(checked);
        signingCertificateReference(first);
        Optional<java.time.Instant> signingTime = signingTime(properties);
        List<X509Certificate> candidates = new ArrayList<>(first.certificates());
        Found<List<Timestamps.Checked>> timestamps = signatureTimestamps(checked.signature(), properties);
        result.addAll(timestamps.findings());
        timestamps.value().forEach(t -> candidates.addAll(t.certificates()));
        List<Timestamps.Checked> valid = timestamps.value().stream().filter(t -> t.failure().isEmpty()).toList();
        candidates.addAll(archiveCertificates);
        result.level(new Baseline.Evidence(signingTime.isPresent(), properties.hasSigningCertificate(),
                !properties.unsigned("SignatureTimeStamp").isEmpty(), !properties.unsigned("RevocationValues").isEmpty(),
                !properties.unsigned("ArchiveTimeStamp").isEmpty()).nested());
        if (result.signer().isEmpty()) {
            return;
        }
        result.chain(Chains.check(result.signer().get(), candidates, valid, settings));
    }

    /** The signed signing-certificate reference must name the certificate whose key verified. */
    private void signingCertificateReference(XadesIntegrity.Result integrity) {
        List<Element> digests = XadesIntegrity.signingCertificateDigests(integrity.qualifyingProperties());
        if (digests.isEmpty()) {
            result.add(Rule.SIGNING_CERTIFICATE_REFERENCE_MISSING, "xades:SigningCertificateV2",
                    "no signed signing-certificate reference (SigningCertificateV2 or SigningCertificate)");
            return;
        }
        Optional<X509Certificate> referenced = XadesIntegrity.referenced(integrity.certificates(), digests);
        if (referenced.isEmpty() || !referenced.equals(integrity.signer())) {
            result.add(Rule.SIGNING_CERTIFICATE_MISMATCH, "xades:SigningCertificateV2",
                    "the signed signing-certificate reference does not name the certificate whose key verifies the signature");
            return;
        }
        for (Element certDigest : digests) {
            Element cert = (Element) certDigest.getParentNode();
            if (XadesIntegrity.referenced(List.of(referenced.get()), List.of(certDigest)).isPresent()
                    && !IssuerNames.matches(cert, referenced.get())) {
                result.add(Rule.SIGNING_CERTIFICATE_MISMATCH, "xades:SigningCertificate/xades:Cert/xades:IssuerSerial",
                        "the signed issuer and serial number do not name the signing certificate");
            }
        }
    }

    /** At most this many levels of counter-signatures of counter-signatures are verified. */
    private static final int MAX_COUNTER_DEPTH = 4;

    /**
     * Each XAdES CounterSignature of a signature, verified as a signature of its own over this
     * signature's value, and recorded on the counter-signed signature's result (a broken one is
     * reported there as a policy finding, a warning by default).
     */
    private void counterSignatures(Element signature, XadesIntegrity.Result integrity, List<Detached> detached, String prefix,
            SealResult.Builder parent, int depth) {
        Element unsigned = XadesIntegrity.xadesChild(XadesIntegrity.xadesChild(integrity.qualifyingProperties(), "UnsignedProperties"),
                "UnsignedSignatureProperties");
        List<Element> counters = XadesIntegrity.xadesChildren(unsigned, "CounterSignature");
        Element value = Dom.child(signature, XadesSigning.DS, "SignatureValue");
        for (int i = 0; i < counters.size(); i++) {
            String location = prefix + "xades:CounterSignature[" + (i + 1) + "]";
            Element counter = Dom.child(counters.get(i), XadesSigning.DS, "Signature");
            SealResult.Builder counterResult = new SealResult.Builder();
            if (counter == null) {
                counterResult.add(Rule.MALFORMED, "", "a CounterSignature without ds:Signature");
            } else {
                XadesIntegrity.Result checked = XadesIntegrity.check(counter, detached, settings.algorithms(), "");
                counterResult.addAll(checked.findings()).intact(checked.intact()).signer(checked.signer());
                if (!coversValue(counter, value)) {
                    counterResult.intact(false).add(Rule.UNSAFE_STRUCTURE, "ds:SignedInfo",
                            "the counter-signature does not sign the counter-signed signature value");
                }
                checked.signer().ifPresent(s -> counterResult.chain(Chains.check(s, checked.certificates(), List.of(), settings)));
                if (depth < MAX_COUNTER_DEPTH) {
                    counterSignatures(counter, checked, detached, "", counterResult, depth + 1);
                }
            }
            parent.counterSignature(counterResult.build(), location);
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

    private Optional<java.time.Instant> signingTime(Properties properties) {
        Optional<String> time = properties.signingTime();
        if (time.isEmpty()) {
            result.add(Rule.NOT_BASELINE, "xades:SigningTime", "no signing time");
            return Optional.empty();
        }
        try {
            Optional<java.time.Instant> parsed = Optional.of(OffsetDateTime.parse(time.get().strip()).toInstant());
            result.signingTime(parsed);
            return parsed;
        } catch (DateTimeParseException e) {
            result.add(Rule.MALFORMED, "xades:SigningTime", "not an xsd:dateTime with time zone");
            return Optional.empty();
        }
    }

    /** Each SignatureTimeStamp over the canonical SignatureValue, checked (valid or not), and the findings. */
    private static Found<List<Timestamps.Checked>> signatureTimestamps(Element signatureElement, Properties properties) {
        List<Timestamps.Checked> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
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
                out.add(checked);
                checked.failure().ifPresent(f -> findings.add(new Finding(Rule.TIMESTAMP_INVALID, "xades:SignatureTimeStamp", f)));
            } catch (XMLSecurityException | IllegalArgumentException e) {
                findings.add(new Finding(Rule.TIMESTAMP_INVALID, "xades:SignatureTimeStamp", "cannot read the time-stamp: " + e.getMessage()));
            }
        }
        return new Found<>(out, findings);
    }

    static X509Certificate certificate(String base64) throws Rejected {
        try {
            return Certs.fromBase64(base64);
        } catch (CertificateException e) {
            throw new Rejected(Rule.MALFORMED, "ds:X509Certificate", "not a base64 DER certificate");
        }
    }
}
