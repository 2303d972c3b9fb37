package io.github.microcredentials.testfixtures;

import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.Signers;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A test PKI made with Bouncy Castle at test time: a root CA, RSA-2048 and P-256 seal
 * certificates with an eIDAS-like legal-person subject, and a time-stamping authority. One
 * instance per test JVM ({@link #INSTANCE}); the seals and render tests share it.
 *
 * @param root the self-signed root CA
 * @param rsaSeal a seal certificate with an RSA-2048 key, issued by the root
 * @param ecSeal a seal certificate with a P-256 key, issued by the root
 * @param tsa a time-stamping authority's certificate (extended key usage timeStamping), issued by the root
 */
public record TestPki(Issued root, Issued rsaSeal, Issued ecSeal, Issued tsa) {

    /** The start of every certificate's validity. */
    public static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    /** The end of every certificate's validity. */
    public static final Instant NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");
    /** A signing time within the validity, for fixed test clocks. */
    public static final Instant SIGNING_TIME = Instant.parse("2026-03-01T12:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    /** A key pair with its chain (leaf first). */
    public record Issued(PrivateKey key, List<X509Certificate> chain) {
        /**
         * A JCA signer over the key, with the chain.
         *
         * @return the signer
         */
        public Signer signer() {
            return Signers.jca(key, chain);
        }

        /**
         * The key's own certificate, first in the chain.
         *
         * @return the certificate
         */
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** The PKI, made once per test JVM (RSA key generation is slow). */
    public static final TestPki INSTANCE = create();

    private static TestPki create() {
        try {
            KeyPair rootKeys = rsa();
            X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE")
                    .addRDN(BCStyle.O, "microcredentials test PKI").addRDN(BCStyle.CN, "Test Root CA").build();
            X509Certificate rootCert = certificate(rootName, rootKeys, rootName, rootKeys.getPrivate(), true, null);
            Issued root = new Issued(rootKeys.getPrivate(), List.of(rootCert));
            return new TestPki(root, seal(root, rsa(), "Universiteit Test"), seal(root, ec(), "Hochschule Test"), tsa(root));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issues a seal certificate of a legal person (C=BE, an organisation identifier).
     *
     * @param issuer the issuing CA
     * @param keys the seal's key pair
     * @param organisation the organisation's name
     * @return the seal's key with its chain (seal certificate, issuer)
     * @throws GeneralSecurityException if Bouncy Castle cannot sign the certificate
     */
    public static Issued seal(Issued issuer, KeyPair keys, String organisation) throws GeneralSecurityException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, "VATBE-0123456789").addRDN(BCStyle.CN, organisation + " seal").build();
        X509Certificate certificate = certificate(subject, keys, name(issuer.certificate()), issuer.key(), false, null);
        return new Issued(keys.getPrivate(), List.of(certificate, issuer.certificate()));
    }

    private static Issued tsa(Issued issuer) throws GeneralSecurityException {
        KeyPair keys = rsa();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "BE").addRDN(BCStyle.O, "microcredentials test PKI")
                .addRDN(BCStyle.CN, "Test TSA").build();
        X509Certificate certificate = certificate(subject, keys, name(issuer.certificate()), issuer.key(), false, KeyPurposeId.id_kp_timeStamping);
        return new Issued(keys.getPrivate(), List.of(certificate, issuer.certificate()));
    }

    /**
     * A fresh RSA-2048 key pair.
     *
     * @return the key pair
     * @throws GeneralSecurityException if the runtime has no RSA
     */
    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /**
     * A fresh P-256 key pair.
     *
     * @return the key pair
     * @throws GeneralSecurityException if the runtime has no EC
     */
    public static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X500Name name(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey, boolean ca,
            @Nullable KeyPurposeId purpose) throws GeneralSecurityException {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(NOT_BEFORE), Date.from(NOT_AFTER), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else if (purpose != null) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            }
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (org.bouncycastle.operator.OperatorCreationException | java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    /**
     * An empty CRL of the root, valid from a minute ago for thirty days (for the EU validator, which wants revocation data).
     *
     * @return the DER-encoded CRL
     */
    public byte[] crl() {
        try {
            Instant now = Instant.now();
            org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(name(root.certificate()),
                    Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(30, ChronoUnit.DAYS)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.ONE));
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(root.key())).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An instant in whole seconds, as seals state their signing time.
     *
     * @param instant the instant
     * @return the instant truncated to seconds
     */
    public static Instant truncated(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
