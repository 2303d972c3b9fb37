package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.EdcReader;
import io.github.microcredentials.edc.EdcWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sign --format jades|xades with a PKCS#12 key store, and verify with --trust, through {@link Main#run}. */
class SealCommandsTest {

    static final String PASSWORD = "s3cret-keystore-pass";

    @TempDir
    Path dir;
    Path keystore;
    Path passwordFile;
    Path root;

    @BeforeEach
    void pki() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair sealKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=CLI Test Root,O=microcredentials test PKI,C=BE");
        X509Certificate rootCert = certificate(rootName, rootName, rootKeys, rootKeys, true);
        X509Certificate sealCert = certificate(new X500Name("C=ES,O=ORGANIZACION TEST,2.5.4.97=VATES-A00000000,CN=TEST SEAL"),
                rootName, sealKeys, rootKeys, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", sealKeys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {sealCert, rootCert});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        keystore = Files.write(dir.resolve("seal.p12"), out.toByteArray());
        passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");
        root = Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(rootCert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
    }

    @AfterEach
    void environment() {
        SealOptions.environment = System::getenv;
    }

    static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair keys, KeyPair issuerKeys, boolean ca) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.toEpochMilli() + (ca ? 0 : 1)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign : KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    Path edc() throws Exception {
        return Files.write(dir.resolve("edc.jsonld"), EdcWriter.create().writeBytes(Samples.microCredential()));
    }

    @Test
    void jadesSealOfAnEdc_fillsTheIssuerFromTheCertificate_andVerifiesWithTrust() throws Exception {
        Path sealed = dir.resolve("sealed.json");

        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", "jades", "--keystore", keystore.toString(),
                "--password-file", passwordFile.toString(), "--out", sealed.toString(), edc().toString());
        SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--trust", root.toString(), sealed.toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("VALID JAdES-BASELINE-B seal by CN=TEST SEAL");
        MicroCredential read = EdcReader.create().read(Files.readAllBytes(sealed)).value();
        var issuer = read.issuer().or(() -> read.awardingBodies().stream().findFirst()).orElseThrow();
        assertThat(issuer.legalName().get("en")).contains("ORGANIZACION TEST");
        assertThat(issuer.eidasIdentifier().orElseThrow().notation()).isEqualTo("VATES-A00000000");
        assertThat(sign.out() + sign.err() + verify.out() + verify.err()).doesNotContain(PASSWORD);
    }

    @Test
    void xadesSeal_verifies_andAChangedByteIsInvalid() throws Exception {
        Path xml = Files.writeString(dir.resolve("doc.xml"), "<credential><title>Diploma</title></credential>");
        Path sealed = dir.resolve("sealed.xml");
        SealOptions.environment = name -> SealOptions.PASSWORD_VARIABLE.equals(name) ? PASSWORD : null;

        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", "xades", "--keystore", keystore.toString(),
                "--alias", "seal", "--out", sealed.toString(), xml.toString());
        SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--format", "json", "--trust", root.toString(), sealed.toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("\"level\": \"XAdES-BASELINE-B\"", "\"valid\": true");
        Files.writeString(sealed, Files.readString(sealed).replace("Diploma", "Diplomb"));
        assertThat(SigningCommandsTest.run("verify", "--trust", root.toString(), sealed.toString()).code()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void withoutTrustAnchor_theSealIsUntrusted_exit1() throws Exception {
        Path sealed = dir.resolve("sealed.json");
        SigningCommandsTest.run("sign", "--format", "jades", "--keystore", keystore.toString(), "--password-file", passwordFile.toString(),
                "--out", sealed.toString(), edc().toString());

        SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--at", Instant.now().toString(), sealed.toString());

        assertThat(verify.code()).isEqualTo(Main.FINDINGS);
        assertThat(verify.out()).contains("INVALID (untrusted)");
    }

    @Test
    void withoutPassword_orWithAWrongOne_isAUsageError_andTheKeyIsNeverShown() throws Exception {
        SealOptions.environment = name -> null;
        SigningCommandsTest.Run none = SigningCommandsTest.run("sign", "--format", "jades", "--keystore", keystore.toString(), edc().toString());
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not-the-password\n");
        SigningCommandsTest.Run bad = SigningCommandsTest.run("sign", "--format", "jades", "--keystore", keystore.toString(),
                "--password-file", wrong.toString(), edc().toString());

        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains("MICROCREDENTIALS_KEYSTORE_PASSWORD").contains("never from the command line");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("wrong password").doesNotContain("not-the-password");
    }

    @Test
    void tsaOption_getsAnRfc3161TimestampOverHttp_andMakesBaselineT() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair tsaKeys = generator.generateKeyPair();
        X500Name tsaName = new X500Name("CN=Loopback TSA,O=microcredentials test PKI,C=BE");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(tsaName, BigInteger.TEN, Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(30, ChronoUnit.DAYS)), tsaName, tsaKeys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new org.bouncycastle.asn1.x509.ExtendedKeyUsage(
                org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping));
        X509Certificate tsaCert = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(tsaKeys.getPrivate())));
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/tsa", exchange -> {
            try {
                requests.incrementAndGet();
                org.bouncycastle.tsp.TimeStampRequest request = new org.bouncycastle.tsp.TimeStampRequest(exchange.getRequestBody().readAllBytes());
                org.bouncycastle.tsp.TimeStampTokenGenerator tokens = new org.bouncycastle.tsp.TimeStampTokenGenerator(
                        new org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKeys.getPrivate(), tsaCert),
                        new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build().get(
                                new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                        new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.5"));
                tokens.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(java.util.List.of(tsaCert)));
                byte[] response = new org.bouncycastle.tsp.TimeStampResponseGenerator(tokens, org.bouncycastle.tsp.TSPAlgorithms.ALLOWED)
                        .generate(request, BigInteger.ONE, new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, response.length);
                exchange.getResponseBody().write(response);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        try {
            Path sealed = dir.resolve("sealed.json");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";

            SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", "jades", "--keystore", keystore.toString(),
                    "--password-file", passwordFile.toString(), "--tsa", url, "--out", sealed.toString(), edc().toString());
            SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--trust", root.toString(), sealed.toString());

            assertThat(sign.code()).as(sign.err()).isZero();
            assertThat(requests.get()).isEqualTo(1);
            assertThat(verify.code()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("VALID JAdES-BASELINE-T seal");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unreadableSeal_isExit2() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"payload\": \"x\", \"signatures\": 3}");

        assertThat(SigningCommandsTest.run("verify", broken.toString()).code()).isEqualTo(Main.USAGE);
        assertThat(SigningCommandsTest.run("verify", "--at", "yesterday", broken.toString()).code()).isEqualTo(Main.USAGE);
        assertThat(new String(Files.readAllBytes(broken), StandardCharsets.UTF_8)).contains("payload");
    }
}
