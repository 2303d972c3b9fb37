package io.github.microcredentials.wallet;

import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A test PKI: an EC root and an issuer certificate under it, with the issuer key as a {@link SigningKey}. */
final class TestIssuer {

    static final String ISSUER = "https://www.ucn.dk";
    static final TestIssuer INSTANCE = create("Test Wallet Root CA", "UCN credential issuer");
    static final TestIssuer OTHER = create("Another Root CA", "Another issuer");

    final X509Certificate root;
    final SigningKey key;
    final List<X509Certificate> chain;

    private TestIssuer(X509Certificate root, SigningKey key, List<X509Certificate> chain) {
        this.root = root;
        this.key = key;
        this.chain = chain;
    }

    SdJwtVcIssuer.Builder issuer() {
        return SdJwtVcIssuer.builder(key.signer(), ISSUER).certificateChain(chain);
    }

    SdJwtVerifier.Builder verifier() {
        return SdJwtVerifier.builder().trustAnchors(List.of(root));
    }

    private static TestIssuer create(String rootName, String leafName) {
        try {
            KeyPair rootKeys = ec();
            KeyPair leafKeys = ec();
            X509Certificate root = certificate(new X500Name("CN=" + rootName), rootKeys, new X500Name("CN=" + rootName),
                    rootKeys.getPrivate(), true);
            X509Certificate leaf = certificate(new X500Name("CN=" + leafName + ",O=UCN,C=DK"), leafKeys,
                    new X500Name("CN=" + rootName), rootKeys.getPrivate(), false);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(leafKeys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
            return new TestIssuer(root, SigningKey.fromPkcs8Pem(pem), List.of(leaf, root));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKey holderKey(KeyType type) {
        return SigningKey.generate(type);
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey, boolean ca)
            throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(System.nanoTime()),
                Date.from(Instant.parse("2025-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                subject, keys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.digitalSignature));
        return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
