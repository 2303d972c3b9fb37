package io.github.microcredentials.seals.internal.xades;

import io.github.microcredentials.seals.internal.seal.Certs;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;
import org.w3c.dom.Element;

/**
 * The issuer and serial number of a signed certificate reference (XAdES {@code IssuerSerial} with
 * {@code X509IssuerName} text, or {@code IssuerSerialV2} DER), compared with a certificate. Names
 * are compared as X.500 names (RFC 4514 / 2253 parsed, then canonical), never as strings: producers
 * write the same name with line breaks, other spacing, other attribute keywords or case.
 */
final class IssuerNames {

    /** Line breaks with the spacing around them: layout, not part of an RFC 4514 string. */
    private static final Pattern LAYOUT = Pattern.compile("[ \\t]*[\\r\\n]+[ \\t]*");
    private static final Map<String, String> KEYWORDS = Map.of("serialNumber", "2.5.4.5", "SERIALNUMBER", "2.5.4.5",
            "organizationIdentifier", "2.5.4.97", "emailAddress", "1.2.840.113549.1.9.1", "E", "1.2.840.113549.1.9.1");

    private IssuerNames() {
    }

    /**
     * Whether the IssuerSerial (or IssuerSerialV2) of a {@code xades:Cert} names the certificate; a
     * {@code Cert} without one matches (its digest is what binds it).
     */
    static boolean matches(Element cert, X509Certificate certificate) {
        Element v2 = XadesIntegrity.xadesChild(cert, "IssuerSerialV2");
        if (v2 != null) {
            try {
                return Certs.matchesIssuerSerial(Base64.getMimeDecoder().decode(v2.getTextContent().strip()), certificate);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        Element v1 = XadesIntegrity.xadesChild(cert, "IssuerSerial");
        if (v1 == null) {
            return true;
        }
        Element name = Dom.child(v1, XadesSigning.DS, "X509IssuerName");
        Element serial = Dom.child(v1, XadesSigning.DS, "X509SerialNumber");
        if (name == null || serial == null) {
            return false;
        }
        try {
            return sameName(name.getTextContent(), certificate.getIssuerX500Principal())
                    && new BigInteger(serial.getTextContent().strip()).equals(certificate.getSerialNumber());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether a distinguished name in text names the principal.
     *
     * @param text an RFC 4514 (or 2253) string, possibly laid out over several lines
     * @param principal the name
     * @return {@code true} if both are the same X.500 name
     */
    static boolean sameName(String text, X500Principal principal) {
        try {
            X500Principal parsed = new X500Principal(LAYOUT.matcher(text.strip()).replaceAll(""), KEYWORDS);
            return parsed.getName(X500Principal.CANONICAL).equals(principal.getName(X500Principal.CANONICAL));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
