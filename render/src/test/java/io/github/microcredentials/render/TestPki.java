package io.github.microcredentials.render;

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

/**
 * A test PKI made with Bouncy Castle at test time (as in the signing module's tests): a root CA, RSA-2048 and P-256 seal
 * certificates with an eIDAS-like legal-person subject, and a time-stamping authority.
 */
final class TestPki {

    static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2035-01-01T00:00:00Z");
    static final Instant SIGNING_TIME = Instant.parse("2026-03-01T12:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    /** A key pair with its chain (leaf first). */
    record Issued(PrivateKey key, List<X509Certificate> chain) {
        Signer signer() {
            return Signers.jca(key, chain);
        }

        X509Certificate certificate() {
            return chain.get(0);
        }
    }

    static final TestPki INSTANCE = create();

    final Issued root;
    final Issued rsaSeal;
    final Issued ecSeal;
    final Issued tsa;

    private TestPki(Issued root, Issued rsaSeal, Issued ecSeal, Issued tsa) {
        this.root = root;
        this.rsaSeal = rsaSeal;
        this.ecSeal = ecSeal;
        this.tsa = tsa;
    }

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

    static Issued seal(Issued issuer, KeyPair keys, String organisation) throws GeneralSecurityException {
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

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X500Name name(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey, boolean ca,
            KeyPurposeId purpose) throws GeneralSecurityException {
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

    /** An empty CRL of the root, valid from a minute ago for thirty days (for the EU validator, which wants revocation data). */
    byte[] crl() {
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

    static Instant truncated(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
