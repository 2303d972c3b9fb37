package io.github.microcredentials.signing.internal.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * PEM private keys (PKCS#8 {@code PRIVATE KEY}, PKCS#1 {@code RSA PRIVATE KEY}, SEC 1
 * {@code EC PRIVATE KEY}, all unencrypted) and certificates. Messages never quote the key text.
 */
public final class Pem {

    private Pem() {
    }

    /**
     * The private key of a PEM text as PKCS#8 DER.
     *
     * @param pem the text
     * @return the DER bytes; the caller clears them
     * @throws IllegalArgumentException if the text holds no supported unencrypted private key
     */
    public static byte[] pkcs8(String pem) {
        byte[] der = block(pem, "PRIVATE KEY");
        if (der != null) {
            return der;
        }
        der = block(pem, "RSA PRIVATE KEY");
        try {
            if (der != null) {
                return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        RSAPrivateKey.getInstance(der)).getEncoded("DER");
            }
            der = block(pem, "EC PRIVATE KEY");
            if (der != null) {
                ECPrivateKey ec = ECPrivateKey.getInstance(der);
                if (ec.getParametersObject() == null) {
                    throw new IllegalArgumentException("the EC private key names no curve");
                }
                return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject()), ec)
                        .getEncoded("DER");
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the key PEM is not a readable private key", e);
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
        throw new IllegalArgumentException("no unencrypted private key in the key PEM (PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY)");
    }

    /**
     * A JCA private key from PKCS#8 DER.
     *
     * @param pkcs8 the DER bytes
     * @return the key
     * @throws IllegalArgumentException for an unsupported key
     */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
            String algorithm;
            if (info.getPrivateKeyAlgorithm().getAlgorithm().equals(PKCSObjectIdentifiers.rsaEncryption)) {
                algorithm = "RSA";
            } else if (info.getPrivateKeyAlgorithm().getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)) {
                algorithm = "EC";
            } else if (info.getPrivateKeyAlgorithm().getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519)) {
                algorithm = "Ed25519";
            } else {
                throw new IllegalArgumentException("unsupported private key (RSA, EC or Ed25519 expected)");
            }
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage() != null && iae.getMessage().startsWith("unsupported")) {
                throw iae;
            }
            throw new IllegalArgumentException("the key PEM is not a readable private key", e);
        }
    }

    /**
     * The certificates of a PEM text, in order.
     *
     * @param pem the text with one or more {@code CERTIFICATE} blocks
     * @return the certificates, never empty
     * @throws CertificateException if there is none or one is unreadable
     */
    public static List<X509Certificate> certificates(String pem) throws CertificateException {
        if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new CertificateException("no \"-----BEGIN CERTIFICATE-----\" block");
        }
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate certificate : CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
            out.add((X509Certificate) certificate);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no readable certificate");
        }
        return out;
    }

    private static byte[] block(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = from < 0 ? -1 : pem.indexOf(end, from);
        if (from < 0 || to < 0) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + type + " PEM body is not base64", e);
        }
    }
}
