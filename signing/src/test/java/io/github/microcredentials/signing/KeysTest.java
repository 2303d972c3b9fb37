package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Key encodings: Multikey, did:key, JWK, PKCS#8 PEM, JCA keys. */
class KeysTest {

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void everyEncoding_roundTrips(KeyType type) {
        SigningKey key = type == KeyType.RSA ? VcJwtTest.KEYS.get(KeyType.RSA) : SigningKey.generate(type);
        VerificationKey pub = key.publicKey();

        assertThat(VerificationKey.fromMultikey(pub.multikey())).isEqualTo(pub);
        assertThat(VerificationKey.fromDidKey(pub.didKeyVerificationMethod())).isEqualTo(pub);
        assertThat(VerificationKey.fromJwk(pub.jwk())).isEqualTo(pub);
        assertThat(SigningKey.fromPkcs8Pem(key.toPkcs8Pem()).publicKey()).isEqualTo(pub);
        assertThat(key.toString()).doesNotContain("PRIVATE").contains(pub.multikey());
        assertThat(pub.multikey()).startsWith(switch (type) {
            case ED25519 -> "z6Mk";
            case P256 -> "zDn";
            case P384 -> "z82L";
            case RSA -> "z4MX";
        });
    }

    @Test
    void didKeyResolver_resolvesOfflineAndRejectsForeignFragments() throws Exception {
        VerificationKey pub = SigningKey.generate(KeyType.ED25519).publicKey();

        Optional<VerificationMethod> method = KeyResolver.didKey().resolve(pub.didKeyVerificationMethod());

        assertThat(method).contains(VerificationMethod.didKey(pub));
        assertThat(KeyResolver.didKey().resolve(URI.create("did:web:example.edu#key-1"))).isEmpty();
        assertThatThrownBy(() -> KeyResolver.didKey().resolve(URI.create(pub.did() + "#z6MkOther")))
                .isInstanceOf(SigningException.class);
    }

    @Test
    void jcaPublicKey_isAccepted_andJwkWithPrivateMember_isRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        VerificationKey pub = VerificationKey.of(generator.generateKeyPair().getPublic());

        assertThat(pub.type()).isEqualTo(KeyType.P256);
        String jwk = pub.jwk().replace("}", ",\"d\":\"AAAA\"}");
        assertThatThrownBy(() -> VerificationKey.fromJwk(jwk)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("private");
    }
}
