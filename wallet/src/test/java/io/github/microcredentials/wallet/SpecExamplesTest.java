package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.VerificationKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SD-JWT specification's own examples (resources {@code sd-jwt-spec/}, see SOURCES.md there), with
 * the specification's example issuer key, verify; tampered copies do not.
 */
class SpecExamplesTest {

    /** The issuer key of the specification's examples/settings.yml (public part). */
    private static final VerificationKey ISSUER = VerificationKey.fromJwk(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"b28d4MwZMjw8-00CG4xfnn9SLMVMM19SlqZpVb_uNtQ\","
                    + "\"y\":\"Xv5zWwuoaTgdS6hV43yI6gBwTnjukmFQQnJ_kCxzqk8\"}");

    private static final Clock SPEC_TIME = Clock.fixed(Instant.ofEpochSecond(1725374413L), ZoneOffset.UTC);

    private final SdJwtVerifier verifier = SdJwtVerifier.builder().plainSdJwt().issuerKey(ISSUER).clock(SPEC_TIME).build();

    static String resource(String name) throws IOException {
        try (InputStream in = SpecExamplesTest.class.getResourceAsStream("/sd-jwt-spec/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void example1_allClaims() throws Exception {
        SdJwtVerification result = verifier.verify(resource("example1-all-claims.txt"));

        assertThat(result.problems()).isEmpty();
        Map<String, Object> claims = result.claims().orElseThrow();
        assertThat(claims).containsEntry("given_name", "John").containsEntry("family_name", "Doe")
                .containsEntry("email", "johndoe@example.com").containsEntry("phone_number", "+1-202-555-0101")
                .containsEntry("birthdate", "1940-01-01").containsEntry("sub", "user_42")
                .containsEntry("nationalities", List.of("US", "DE"));
        assertThat(SdJwtVcTest.asMap(claims.get("address"))).containsEntry("country", "US");
    }

    @Test
    void example1_presentationOfThreeClaims() throws Exception {
        SdJwtVerification result = verifier.verify(resource("example1-given-family-address.txt"));

        assertThat(result.problems()).isEmpty();
        Map<String, Object> claims = result.claims().orElseThrow();
        assertThat(claims).containsKeys("given_name", "family_name", "address")
                .doesNotContainKeys("email", "phone_number", "birthdate");
        assertThat(claims.get("nationalities")).isEqualTo(List.of("US"));
    }

    @Test
    void example3_nestedEkyc() throws Exception {
        SdJwtVerification result = verifier.verify(resource("example3-ekyc-nested.txt"));

        assertThat(result.problems()).isEmpty();
        Map<String, Object> verified = SdJwtVcTest.asMap(result.claims().orElseThrow().get("verified_claims"));
        assertThat(SdJwtVcTest.asMap(verified.get("claims"))).containsEntry("given_name", "Max")
                .containsEntry("family_name", "M\u00fcller");
        assertThat(SdJwtVcTest.asMap(verified.get("verification"))).containsEntry("trust_framework", "de_aml")
                .containsEntry("time", "2012-04-23T18:25Z");
    }

    @Test
    void jsonSerializationExample_keyBindingVerifiesInCompactForm() throws Exception {
        SdJwtVerification result = verifier.verifyPresentation(resource("json-serialization-flattened-presentation.compact.txt"),
                "https://verifier.example.org", "1234567890");

        assertThat(result.problems()).isEmpty();
        assertThat(result.isKeyBound()).isTrue();
        assertThat(result.claims().orElseThrow()).containsEntry("given_name", "John").containsEntry("family_name", "Doe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example1-all-claims.txt", "example1-given-family-address.txt", "example3-ekyc-nested.txt"})
    void tamperedCopies_doNotVerify(String name) throws Exception {
        SdJwt original = SdJwt.parse(resource(name));
        String jwt = original.issuerSignedJwt();
        String[] parts = jwt.split("\\.");

        String payloadFlip = parts[0] + "." + flip(parts[1], 40) + "." + parts[2];
        assertThat(verifier.verify(new SdJwt(payloadFlip, original.disclosures(), java.util.Optional.empty()).serialize()).isValid()).isFalse();

        String sigFlip = parts[0] + "." + parts[1] + "." + flip(parts[2], 10);
        SdJwtVerification bad = verifier.verify(new SdJwt(sigFlip, original.disclosures(), java.util.Optional.empty()).serialize());
        assertThat(bad.has(SdJwtCode.SIGNATURE_INVALID)).isTrue();

        java.util.List<String> disclosures = new java.util.ArrayList<>(original.disclosures());
        disclosures.set(0, flip(disclosures.get(0), 5));
        assertThat(verifier.verify(new SdJwt(jwt, disclosures, java.util.Optional.empty()).serialize()).isValid()).isFalse();

        SdJwtVerification otherKey = SdJwtVerifier.builder().plainSdJwt().clock(SPEC_TIME)
                .issuerKey(TestIssuer.holderKey(io.github.microcredentials.signing.KeyType.P256).publicKey()).build()
                .verify(original.serialize());
        assertThat(otherKey.has(SdJwtCode.SIGNATURE_INVALID)).isTrue();
    }

    @Test
    void tamperedKeyBinding_doesNotVerify() throws Exception {
        SdJwt original = SdJwt.parse(resource("json-serialization-flattened-presentation.compact.txt"));
        SdJwt fewer = new SdJwt(original.issuerSignedJwt(), original.disclosures().subList(0, 1), original.keyBindingJwt());
        assertThat(verifier.verifyPresentation(fewer.serialize(), "https://verifier.example.org", "1234567890")
                .has(SdJwtCode.KEY_BINDING_SD_HASH)).isTrue();
        assertThat(verifier.verifyPresentation(original.serialize(), "https://verifier.example.org", "other")
                .has(SdJwtCode.KEY_BINDING_NONCE)).isTrue();
    }

    private static String flip(String base64url, int index) {
        char c = base64url.charAt(index);
        char replacement = c == 'A' ? 'B' : 'A';
        return base64url.substring(0, index) + replacement + base64url.substring(index + 1);
    }
}
