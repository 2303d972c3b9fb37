package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.testfixtures.SoftHsm;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sign and seal with a key on a PKCS#11 token (SoftHSM2): {@code --pkcs11-config}, {@code --pkcs11-alias},
 * the PIN from {@code --pin-file} or the environment. Skipped without SoftHSM2 unless
 * {@code -Dmc.softhsm.required=true}.
 */
class Pkcs11CommandsTest {

    static SoftHsm hsm;
    static String rootPem;

    @TempDir
    Path dir;

    @BeforeAll
    static void keyOnTheToken() throws Exception {
        hsm = SoftHsm.get();
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rootKeys = rsa.generateKeyPair();
        X500Name rootName = new X500Name("CN=CLI HSM Root,O=microcredentials test PKI,C=BE");
        X509Certificate rootCert = SealCommandsTest.certificate(rootName, rootName, rootKeys, rootKeys, true);
        // Generated on the token: this process only ever holds a handle to the private key.
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", hsm.provider());
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = ec.generateKeyPair();
        X509Certificate cert = SealCommandsTest.certificate(new X500Name("C=BE,O=HOGESCHOOL HSM,2.5.4.97=VATBE-0123456789,CN=HSM SEAL"),
                rootName, keys, rootKeys, false);
        KeyStore store = KeyStore.getInstance("PKCS11", hsm.provider());
        store.load(null, SoftHsm.PIN);
        store.setKeyEntry("issuer", keys.getPrivate(), null, new Certificate[] {cert, rootCert});
        rootPem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(rootCert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    @AfterEach
    void environment() {
        SealOptions.environment = System::getenv;
    }

    Path credential() throws Exception {
        Path file = dir.resolve("credential.json");
        try (InputStream in = getClass().getResourceAsStream("/vc2-no-issuer-id.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    Path pinFile() throws Exception {
        return Files.writeString(dir.resolve("pin.txt"), new String(SoftHsm.PIN) + "\n");
    }

    @Test
    void sign_diAndJwt_withTheTokenKey_verify() throws Exception {
        for (String format : new String[] {"di", "jwt"}) {
            Path signed = dir.resolve("signed-" + format);

            SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", format, "--pkcs11-config", hsm.config().toString(),
                    "--pkcs11-alias", "issuer", "--pin-file", pinFile().toString(), "--out", signed.toString(), credential().toString());
            SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", signed.toString());

            assertThat(sign.code()).as(sign.err()).isZero();
            assertThat(verify.code()).as(verify.out()).isZero();
            assertThat(verify.out()).contains("VALID");
            assertThat(sign.out() + sign.err()).doesNotContain(new String(SoftHsm.PIN));
        }
    }

    @Test
    void jadesSeal_withThePinFromTheEnvironment_verifiesWithTrust() throws Exception {
        Path edc = Files.write(dir.resolve("edc.jsonld"), io.github.microcredentials.edc.EdcWriter.create()
                .writeBytes(io.github.microcredentials.core.sample.Samples.microCredential()));
        Path root = Files.writeString(dir.resolve("root.pem"), rootPem);
        Path sealed = dir.resolve("sealed.json");
        SealOptions.environment = name -> Pkcs11Options.PIN_VARIABLE.equals(name) ? new String(SoftHsm.PIN) : null;

        SigningCommandsTest.Run sign = SigningCommandsTest.run("sign", "--format", "jades", "--pkcs11-config", hsm.config().toString(),
                "--pkcs11-alias", "issuer", "--out", sealed.toString(), edc.toString());
        SigningCommandsTest.Run verify = SigningCommandsTest.run("verify", "--trust", root.toString(), sealed.toString());

        assertThat(sign.code()).as(sign.err()).isZero();
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("VALID JAdES-BASELINE-B seal by CN=HSM SEAL");
    }

    @Test
    void keygen_describesTheTokenKey_andWritesItsDidDocument_withoutGeneratingOne() throws Exception {
        Path didJson = dir.resolve("did.json");

        SigningCommandsTest.Run keygen = SigningCommandsTest.run("keygen", "--pkcs11-config", hsm.config().toString(),
                "--pkcs11-alias", "issuer", "--pin-file", pinFile().toString(), "--did-web", "example.edu", "--did-out", didJson.toString());
        SigningCommandsTest.Run both = SigningCommandsTest.run("keygen", "--pkcs11-config", hsm.config().toString(),
                "--pkcs11-alias", "issuer", "--pin-file", pinFile().toString(), "--out", dir.resolve("k.pem").toString());

        assertThat(keygen.code()).as(keygen.err()).isZero();
        assertThat(keygen.out()).contains("P-256 key 'issuer' on the PKCS#11 token", "did:key:zDn", "did:web:example.edu")
                .doesNotContain("PRIVATE KEY");
        assertThat(Files.readString(didJson)).contains("did:web:example.edu");
        assertThat(both.code()).isEqualTo(Main.USAGE);
        assertThat(Files.exists(dir.resolve("k.pem"))).isFalse();
        assertThat(SigningCommandsTest.run("keygen").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void withoutPin_orWithAWrongOne_orThePinOnTheCommandLine_isAUsageError() throws Exception {
        SealOptions.environment = name -> null;
        SigningCommandsTest.Run none = SigningCommandsTest.run("sign", "--pkcs11-config", hsm.config().toString(),
                "--pkcs11-alias", "issuer", credential().toString());
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "9999-wrong\n");
        SigningCommandsTest.Run bad = SigningCommandsTest.run("sign", "--pkcs11-config", hsm.untouchedConfig().toString(),
                "--pkcs11-alias", "issuer", "--pin-file", wrong.toString(), credential().toString());
        SigningCommandsTest.Run onCommandLine = SigningCommandsTest.run("sign", "--pkcs11-config", hsm.config().toString(),
                "--pkcs11-alias", "issuer", "--pin", "1234", credential().toString());
        SigningCommandsTest.Run noAlias = SigningCommandsTest.run("sign", "--pkcs11-config", hsm.config().toString(),
                "--pin-file", pinFile().toString(), credential().toString());

        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains(Pkcs11Options.PIN_VARIABLE).contains("never from the command line");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("wrong PIN").doesNotContain("9999");
        assertThat(onCommandLine.code()).isEqualTo(Main.USAGE);
        assertThat(noAlias.code()).isEqualTo(Main.USAGE);
        assertThat(noAlias.err()).contains("--pkcs11-alias");
    }
}
