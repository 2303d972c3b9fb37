package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.seals.SealVerifier;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.testfixtures.SoftHsm;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class KeySourcesTest {

    static final byte[] DOCUMENT = "{\"credential\":\"sealed\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void remote_signHashService_sealsVerifiably() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("/seal/test-seal.p12")) {
            store.load(in, SealEuropassTest.PASSWORD);
        }
        PrivateKey key = (PrivateKey) store.getKey("seal", SealEuropassTest.PASSWORD);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain("seal")) {
            chain.add((X509Certificate) certificate);
        }
        List<String> calls = new ArrayList<>();
        // The "remote service": an RSA key that signs SHA-256 hashes (PKCS#1 v1.5 over the DigestInfo).
        KeySources.SignHashClient client = (algorithm, hash) -> {
            calls.add(algorithm + ":" + hash.length);
            try {
                Signature rsa = Signature.getInstance("NONEwithRSA");
                rsa.initSign(key);
                rsa.update(new DigestInfo(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE), hash).getEncoded());
                return rsa.sign();
            } catch (Exception e) {
                throw new SigningException("remote failure", e);
            }
        };

        byte[] sealed = KeySources.remote(client, chain, DOCUMENT);

        assertThat(SealEuropass.verify(sealed, SealEuropassTest.root()).isValid()).isTrue();
        assertThat(calls).containsExactly("RS256:32");
    }

    @Test
    void pkcs11_tokenKey_signsAProof_andASeal() throws Exception {
        SoftHsm hsm = SoftHsm.get();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rootKeys = rsa.generateKeyPair();
        X500Name rootName = new X500Name("CN=Example HSM Root,C=BE");
        X509Certificate root = certificate(rootName, rootName, rootKeys, rootKeys.getPrivate(), true);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", hsm.provider());   // generated on the token
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = ec.generateKeyPair();
        X509Certificate leaf = certificate(new X500Name("CN=Example HSM Seal,O=Hogeschool,C=BE"), rootName, keys, rootKeys.getPrivate(), false);
        KeyStore token = KeyStore.getInstance("PKCS11", hsm.provider());
        token.load(null, SoftHsm.PIN);
        token.setKeyEntry("seal", keys.getPrivate(), null, new Certificate[] {leaf, root});
        VerificationKey publicKey = VerificationKey.of(leaf.getPublicKey());
        byte[] credential = ("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"],"
                + "\"issuer\":\"" + publicKey.did() + "\",\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"credentialSubject\":{\"id\":\"did:example:learner\"}}").getBytes(StandardCharsets.UTF_8);

        byte[][] out = KeySources.onToken(hsm.config(), SoftHsm.PIN, credential, DOCUMENT);

        Clock later = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
        assertThat(DataIntegrityVerifier.builder().clock(later).build().verify(out[0]).allFailures()).isEmpty();
        assertThat(SealVerifier.builder().trustAnchors(List.of(root)).build().verify(out[1]).isValid()).isTrue();
    }

    static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair keys, PrivateKey issuerKey, boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.toEpochMilli() + (ca ? 0 : 1)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
