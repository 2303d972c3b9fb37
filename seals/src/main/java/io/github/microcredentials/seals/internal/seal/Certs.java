package io.github.microcredentials.seals.internal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;

/** X.509 helpers: decoding, PEM, digests, {@code IssuerSerial}, subject attributes. */
public final class Certs {

    /** The largest certificate accepted, in bytes. */
    public static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    /**
     * Names for the attributes of eIDAS certificate subjects (ETSI EN 319 412-2/-3, CA/B Forum EV)
     * that the JDK would print as an OID with a hex value ({@code 2.5.4.97=#0c0f...}).
     */
    private static final java.util.Map<String, String> KEYWORDS = java.util.Map.ofEntries(
            java.util.Map.entry("2.5.4.97", "organizationIdentifier"),
            java.util.Map.entry("2.5.4.5", "serialNumber"),
            java.util.Map.entry("2.5.4.42", "givenName"),
            java.util.Map.entry("2.5.4.4", "surname"),
            java.util.Map.entry("2.5.4.43", "initials"),
            java.util.Map.entry("2.5.4.44", "generationQualifier"),
            java.util.Map.entry("2.5.4.46", "dnQualifier"),
            java.util.Map.entry("2.5.4.65", "pseudonym"),
            java.util.Map.entry("2.5.4.12", "title"),
            java.util.Map.entry("2.5.4.13", "description"),
            java.util.Map.entry("2.5.4.15", "businessCategory"),
            java.util.Map.entry("2.5.4.17", "postalCode"),
            java.util.Map.entry("2.5.4.45", "uniqueIdentifier"),
            java.util.Map.entry("1.2.840.113549.1.9.1", "emailAddress"),
            java.util.Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionLocalityName"),
            java.util.Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionStateOrProvinceName"),
            java.util.Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionCountryName"));

    private Certs() {
    }

    /**
     * A distinguished name for people to read: RFC 2253, with the eIDAS attributes by name
     * ({@code organizationIdentifier=VATES-A00000000}) rather than as OIDs with hex values.
     *
     * @param name a subject or issuer name
     * @return the text
     */
    public static String displayName(javax.security.auth.x500.X500Principal name) {
        return name.getName(javax.security.auth.x500.X500Principal.RFC2253, KEYWORDS);
    }

    /**
     * Decodes one DER certificate.
     *
     * @param der the bytes
     * @return the certificate
     * @throws CertificateException if the bytes are no X.509 certificate or too large
     */
    public static X509Certificate fromDer(byte[] der) throws CertificateException {
        if (der.length > MAX_CERTIFICATE_BYTES) {
            throw new CertificateException("certificate larger than " + MAX_CERTIFICATE_BYTES + " bytes");
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (RuntimeException e) {
            throw new CertificateException("not a DER X.509 certificate", e);
        }
    }

    /**
     * Decodes a standard base64 DER certificate (JWS {@code x5c}, XML {@code X509Certificate}).
     *
     * @param base64 the text; whitespace is ignored
     * @return the certificate
     * @throws CertificateException if the text is no base64 certificate
     */
    public static X509Certificate fromBase64(String base64) throws CertificateException {
        try {
            return fromDer(Base64.getMimeDecoder().decode(base64.replaceAll("\\s", "")));
        } catch (IllegalArgumentException e) {
            throw new CertificateException("certificate is not base64", e);
        }
    }

    /**
     * Reads every {@code CERTIFICATE} block of a PEM text, in order.
     *
     * @param pem the text
     * @return the certificates
     * @throws CertificateException if a block is not a certificate, or there is none
     */
    public static List<X509Certificate> fromPem(String pem) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        int at = pem.indexOf(PEM_BEGIN);
        while (at >= 0) {
            int end = pem.indexOf(PEM_END, at);
            if (end < 0) {
                throw new CertificateException("unterminated PEM certificate block");
            }
            out.add(fromBase64(pem.substring(at + PEM_BEGIN.length(), end)));
            at = pem.indexOf(PEM_BEGIN, end);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no \"" + PEM_BEGIN + "\" block");
        }
        return out;
    }

    /**
     * The DER encoding.
     *
     * @param certificate the certificate
     * @return the bytes
     */
    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    /**
     * The DER {@code IssuerSerial} (RFC 5035) of a certificate, as JAdES {@code kid} and XAdES
     * {@code IssuerSerialV2} carry it.
     *
     * @param certificate the certificate
     * @return the DER bytes
     */
    public static byte[] issuerSerial(X509Certificate certificate) {
        X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
        try {
            return new IssuerSerial(new GeneralNames(new GeneralName(issuer)), certificate.getSerialNumber()).getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode IssuerSerial", e);
        }
    }

    /**
     * Whether DER {@code IssuerSerial} bytes name the certificate.
     *
     * @param der the bytes
     * @param certificate the certificate
     * @return {@code true} if issuer and serial number match
     */
    public static boolean matchesIssuerSerial(byte[] der, X509Certificate certificate) {
        try {
            IssuerSerial is = IssuerSerial.getInstance(der);
            X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
            GeneralName[] names = is.getIssuer().getNames();
            return is.getSerial().getValue().equals(certificate.getSerialNumber()) && names.length == 1
                    && names[0].getTagNo() == GeneralName.directoryName && X500Name.getInstance(names[0].getName()).equals(issuer);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The first value of a subject attribute.
     *
     * @param certificate the certificate
     * @param attribute for example {@link BCStyle#O}
     * @return the value, if the subject has it
     */
    public static Optional<String> subjectAttribute(X509Certificate certificate, ASN1ObjectIdentifier attribute) {
        X500Name subject;
        try {
            subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        } catch (RuntimeException e) {
            // The JDK reads some names Bouncy Castle refuses (an unknown tag inside an attribute value):
            // a name that does not decode has no attribute to report.
            return Optional.empty();
        }
        for (RDN rdn : subject.getRDNs(attribute)) {
            ASN1Encodable value = rdn.getFirst().getValue();
            String text;
            try {
                text = value instanceof ASN1String s ? s.getString() : value.toString();
            } catch (RuntimeException e) {
                // A value that does not decode (a UTF8String that is not UTF-8): no name to report.
                continue;
            }
            if (!text.isBlank()) {
                return Optional.of(text.strip());
            }
        }
        return Optional.empty();
    }

    /** {@code organizationIdentifier} (2.5.4.97, EN 319 412-1). */
    public static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = BCStyle.ORGANIZATION_IDENTIFIER;
}
