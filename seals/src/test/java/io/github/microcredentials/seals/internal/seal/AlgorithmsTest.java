package io.github.microcredentials.seals.internal.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.SignatureAlgorithm;
import io.github.microcredentials.signing.internal.keys.JcaSignatures;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seal checks are the signing module's JCA code, narrowed to seal keys: what the signing
 * module signs verifies here, and EdDSA, which the signing module accepts, never fits a seal.
 */
class AlgorithmsTest {

    private static final byte[] DATA = "data to be sealed".getBytes(StandardCharsets.US_ASCII);

    @Test
    void ecdsaValueSignedBySigning_verifiesAsASeal_andNotOverOtherData() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair p256 = generator.generateKeyPair();
        byte[] value = JcaSignatures.sign(SignatureAlgorithm.ES256, p256.getPrivate(), Optional.empty(), DATA);

        assertThat(value).hasSize(64);
        assertThat(Algorithms.defaultFor(p256.getPublic())).isEqualTo(SignatureAlgorithm.ES256);
        assertThat(Algorithms.verify(SignatureAlgorithm.ES256, p256.getPublic(), DATA, value)).isTrue();
        assertThat(Algorithms.verify(SignatureAlgorithm.ES256, p256.getPublic(), "other".getBytes(StandardCharsets.US_ASCII), value))
                .isFalse();
        assertThat(Algorithms.verify(SignatureAlgorithm.ES384, p256.getPublic(), DATA, value)).isFalse();
    }

    @Test
    void ed25519_fitsForSigning_butNeverForASeal() throws Exception {
        KeyPair ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] value = JcaSignatures.sign(SignatureAlgorithm.EDDSA, ed25519.getPrivate(), Optional.empty(), DATA);

        assertThat(JcaSignatures.fits(SignatureAlgorithm.EDDSA, ed25519.getPublic())).isTrue();
        assertThat(JcaSignatures.verify(SignatureAlgorithm.EDDSA, ed25519.getPublic(), DATA, value)).isTrue();
        assertThat(Algorithms.fits(SignatureAlgorithm.EDDSA, ed25519.getPublic())).isFalse();
        assertThat(Algorithms.verify(SignatureAlgorithm.EDDSA, ed25519.getPublic(), DATA, value)).isFalse();
    }

    @Test
    void rsaBelow2048Bits_fitsNoAlgorithm() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair rsa1024 = generator.generateKeyPair();

        assertThat(Algorithms.MIN_RSA_BITS).isEqualTo(2048);
        assertThat(Algorithms.fits(SignatureAlgorithm.RS256, rsa1024.getPublic())).isFalse();
        assertThat(Algorithms.fits(SignatureAlgorithm.PS256, rsa1024.getPublic())).isFalse();
    }
}
