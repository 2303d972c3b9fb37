package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.io.TempDir;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** render, seal-pdf, bake, unbake and verify of certificates and badges, through {@link Main#run}. */
class CertificateCommandsTest {

    record Run(int code, String out, String err) {
    }

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;
    Path keystore;
    Path passwordFile;
    Path root;
    Path demo;

    @BeforeEach
    void pki() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair sealKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=CLI Test Root,O=microcredentials test PKI,C=BE");
        X509Certificate rootCert = SealCommandsTest.certificate(rootName, rootName, rootKeys, rootKeys, true);
        X509Certificate sealCert = SealCommandsTest.certificate(new X500Name("C=DK,O=UCN,2.5.4.97=VATDK-00000000,CN=UCN seal"),
                rootName, sealKeys, rootKeys, false);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("seal", sealKeys.getPrivate(), SealCommandsTest.PASSWORD.toCharArray(),
                new Certificate[] {sealCert, rootCert});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, SealCommandsTest.PASSWORD.toCharArray());
        keystore = Files.write(dir.resolve("seal.p12"), out.toByteArray());
        passwordFile = Files.writeString(dir.resolve("password.txt"), SealCommandsTest.PASSWORD + "\n");
        root = Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(rootCert.getEncoded()) + "\n-----END CERTIFICATE-----\n");
    }

    @BeforeEach
    void demo() {
        demo = dir.resolve("demo");
        assertThat(cli("demo", "--out", demo.toString()).code()).isZero();
    }

    @Test
    void demo_writesTheCertificateAndABakedBadge_bothVerify() {
        Run certificate = cli("verify", demo.resolve(CertificateFiles.CERTIFICATE_FILE).toString());
        Run badge = cli("verify", demo.resolve(CertificateFiles.BADGE_FILE).toString());

        assertThat(certificate.out()).contains("INDETERMINATE", "NO_SEAL", "embedded DATA_INTEGRITY VALID");
        assertThat(certificate.code()).isEqualTo(Main.FINDINGS);
        assertThat(badge.code()).as(badge.out() + badge.err()).isZero();
        assertThat(badge.out()).contains("VALID: 1 proof (eddsa-rdfc-2022)");
    }

    @Test
    void renderSealVerify_pdf() throws Exception {
        Path signed = demo.resolve(DemoCommand.SIGNED_OB3_FILE);
        Path pdf = dir.resolve("cert.pdf");
        Run render = cli("render", "--lang", "en,de", "--verify-url", "https://www.ucn.dk/verify", "--out", pdf.toString(),
                signed.toString());
        assertThat(render.code()).as(render.err()).isZero();
        assertThat(render.out()).contains("embeds the DATA_INTEGRITY credential");

        Path sealed = dir.resolve("sealed.pdf");
        Run seal = cli("seal-pdf", "--keystore", keystore.toString(), "--password-file", passwordFile.toString(),
                "--out", sealed.toString(), pdf.toString());
        assertThat(seal.code()).as(seal.err()).isZero();

        Run verify = cli("verify", "--trust", root.toString(), sealed.toString());
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("VALID; seal VALID PAdES-BASELINE-B", "embedded DATA_INTEGRITY VALID");

        byte[] bytes = Files.readAllBytes(sealed);
        bytes[100] ^= 1;
        Files.write(sealed, bytes);
        assertThat(cli("verify", "--trust", root.toString(), sealed.toString()).code()).isEqualTo(Main.FINDINGS);
    }

    @Test
    void render_png_andUnsignedNative() throws Exception {
        Run png = cli("render", "--to", "png", "--out", dir.resolve("page.png").toString(),
                demo.resolve(DemoCommand.NATIVE_FILE).toString());

        assertThat(png.code()).as(png.err()).isZero();
        assertThat(new String(Files.readAllBytes(dir.resolve("page.png")), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(cli("render", "--to", "docx", "x").code()).isEqualTo(Main.USAGE);
        assertThat(cli("render", "--lang", "fi", demo.resolve(DemoCommand.NATIVE_FILE).toString()).err())
                .contains("no labels and no texts in language fi");
    }

    @Test
    void bakeUnbake_roundTripByteForByte() throws Exception {
        Path signed = demo.resolve(DemoCommand.SIGNED_OB3_FILE);
        Path image = Files.write(dir.resolve("badge.svg"), io.github.microcredentials.render.BadgeImages.svg(
                io.github.microcredentials.core.sample.Samples.microCredential()));

        Run bake = cli("bake", image.toString(), signed.toString());
        assertThat(bake.code()).as(bake.err()).isZero();
        Path baked = dir.resolve("badge-baked.svg");
        Run unbake = cli("unbake", "--out", dir.resolve("back.json").toString(), baked.toString());

        assertThat(unbake.code()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("back.json"))).isEqualTo(Files.readAllBytes(signed));
        assertThat(cli("verify", baked.toString()).code()).isZero();
        assertThat(cli("bake", baked.toString(), signed.toString()).err()).contains("ALREADY_BAKED");
    }

    @Test
    void unbake_hostileSvg_isAFinding() throws Exception {
        Path svg = Files.writeString(dir.resolve("x.svg"), "<!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<svg xmlns='http://www.w3.org/2000/svg'>&x;</svg>");

        Run unbake = cli("unbake", svg.toString());

        assertThat(unbake.code()).isEqualTo(Main.FINDINGS);
        assertThat(unbake.err()).contains("ENTITY_DECLARATION");
        assertThat(unbake.out()).isEmpty();
    }
}
