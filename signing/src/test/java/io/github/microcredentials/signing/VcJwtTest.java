package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.internal.codec.Multibase;
import io.github.microcredentials.signing.internal.jose.Jws;
import io.github.microcredentials.signing.internal.json.JsonText;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** VC-JWT with EdDSA, ES256 and RS256: claims, allow-list, header and key binding. */
class VcJwtTest {

    static final Map<KeyType, SigningKey> KEYS = Map.of(
            KeyType.ED25519, DataIntegrityVerifierTest.ED25519,
            KeyType.P256, DataIntegrityVerifierTest.P256,
            KeyType.P384, SigningKey.generate(KeyType.P384),
            KeyType.RSA, SigningKey.generate(KeyType.RSA));
    static final Clock LATER = DataIntegrityVerifierTest.LATER;

    static String token(KeyType type) throws Exception {
        SigningKey key = KEYS.get(type);
        return VcJwtSigner.withKeyId(key.signer()).sign(TestSupport.toBytes(DataIntegrityVerifierTest.credentialFor(key)));
    }

    static VcJwtVerifier verifier() {
        return VcJwtVerifier.builder().clock(LATER).build();
    }

    static List<FailureCode> codes(VerificationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    /** Re-assembles a token with another header (and the original signature). */
    static String withHeader(String token, String headerJson) {
        String[] parts = token.split("\\.");
        return Multibase.base64url(headerJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void signedToken_verifiesAndCarriesDerivedClaims(KeyType type) throws Exception {
        String token = token(type);

        VerificationReport report = verifier().verify(token);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.proofs().get(0).method()).isEqualTo(SignatureAlgorithm.forKeyType(type).jwsName());
        JsonObject payload = StrictJson.parseObject(Jws.parseCompact(token).payload());
        assertThat(payload.getString("iss")).isEqualTo(KEYS.get(type).publicKey().did().toString());
        assertThat(payload.getString("jti")).isEqualTo("urn:uuid:1d0c5a57-2f0e-4a4e-9b8e-6c2d1f0a9b3c");
        assertThat(payload.getString("sub")).isEqualTo("did:example:learner-sofie-nielsen");
        assertThat(payload.getJsonNumber("nbf").longValue()).isEqualTo(1782806400L);
        assertThat(payload.getJsonNumber("exp").longValue()).isEqualTo(2098425600L);
        assertThat(Jws.parseCompact(token).header().getString("typ")).isEqualTo("JWT");
    }

    @Test
    void verifiedContent_isTheExactPayloadVerified_andOnlyWhenValid() throws Exception {
        String token = token(KeyType.ED25519);

        VerificationReport report = verifier().verify(token);

        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.checks()).isEmpty();
        byte[] payload = Jws.parseCompact(token).payload();
        assertThat(report.credential().orElseThrow().bytes()).isEqualTo(payload);
        assertThat(report.credential().orElseThrow().json()).isEqualTo(new String(payload, StandardCharsets.UTF_8));

        String[] parts = token.split("\\.");
        VerificationReport tampered = verifier().verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (parts[2].endsWith("AA") ? "BA" : "AA"));
        assertThat(tampered.indication()).isEqualTo(Indication.INVALID);
        assertThat(tampered.credential()).isEmpty();
        assertThat(tampered.checks()).extracting(Check::code).contains(FailureCode.SIGNATURE_INVALID.name());
        assertThat(tampered.checks()).allMatch(Check::failed);
    }

    @Test
    void embeddedJwk_verifiesWhenTheIssuerIsItsDidKey() throws Exception {
        SigningKey key = KEYS.get(KeyType.RSA);
        String token = VcJwtSigner.withEmbeddedJwk(key.signer()).sign(TestSupport.toBytes(DataIntegrityVerifierTest.credentialFor(key)));

        assertThat(verifier().verify(token).isValid()).isTrue();
        assertThat(Jws.parseCompact(token).header().getJsonObject("jwk")).doesNotContainKey("d");
    }

    @Test
    void algNone_andHmac_areNotAllowed() throws Exception {
        String token = token(KeyType.ED25519);
        String kid = KEYS.get(KeyType.ED25519).publicKey().didKeyVerificationMethod().toString();

        for (String alg : List.of("none", "HS256", "eddsa")) {
            VerificationReport report = verifier().verify(withHeader(token, "{\"alg\":\"" + alg + "\",\"kid\":\"" + kid + "\"}"));
            assertThat(codes(report)).as(alg).containsExactly(FailureCode.ALGORITHM_NOT_ALLOWED);
        }
    }

    @Test
    void algorithmOutsideTheVerifiersList_isNotAllowed() throws Exception {
        VcJwtVerifier onlyRs256 = VcJwtVerifier.builder().clock(LATER).allowedAlgorithms(EnumSet.of(SignatureAlgorithm.RS256)).build();

        assertThat(codes(onlyRs256.verify(token(KeyType.ED25519)))).containsExactly(FailureCode.ALGORITHM_NOT_ALLOWED);
        assertThat(onlyRs256.verify(token(KeyType.RSA)).isValid()).isTrue();
    }

    @Test
    void headerKeyMismatch_isKeyTypeMismatch() throws Exception {
        String token = token(KeyType.ED25519);
        String kid = KEYS.get(KeyType.ED25519).publicKey().didKeyVerificationMethod().toString();

        VerificationReport report = verifier().verify(withHeader(token, "{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}"));

        assertThat(codes(report)).containsExactly(FailureCode.KEY_TYPE_MISMATCH);
    }

    @Test
    void unknownOrCriticalHeader_isMalformedHeader() throws Exception {
        String token = token(KeyType.ED25519);
        String kid = KEYS.get(KeyType.ED25519).publicKey().didKeyVerificationMethod().toString();

        VerificationReport report = verifier().verify(withHeader(token,
                "{\"alg\":\"EdDSA\",\"kid\":\"" + kid + "\",\"crit\":[\"b64\"],\"b64\":false}"));

        assertThat(codes(report)).containsOnly(FailureCode.MALFORMED_HEADER);
    }

    @Test
    void tamperedPayload_isSignatureInvalid_andClaimMismatchIsReported() throws Exception {
        String token = token(KeyType.ED25519);
        String[] parts = token.split("\\.");
        JsonObject payload = StrictJson.parseObject(Multibase.decodeBase64url(parts[1]));
        JsonObject changed = StrictJson.PROVIDER.createObjectBuilder(payload).add("jti", "urn:uuid:other").build();
        String forged = parts[0] + "." + Multibase.base64url(JsonText.compact(changed).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(codes(verifier().verify(forged))).containsExactlyInAnyOrder(FailureCode.CLAIM_MISMATCH, FailureCode.SIGNATURE_INVALID);
    }

    @Test
    void unboundController_expired_andDuplicateKeys_areReported() throws Exception {
        SigningKey key = KEYS.get(KeyType.ED25519);
        JsonObject credential = DataIntegrityVerifierTest.set(DataIntegrityVerifierTest.credentialFor(key), "issuer", "https://www.ucn.dk");
        KeyResolver misinformed = KeyResolver.of(List.of(new VerificationMethod(key.publicKey().didKeyVerificationMethod(),
                URI.create("https://www.ucn.dk"), key.publicKey())));
        String token = VcJwtSigner.withKeyId(key.signer()).withKeyResolver(misinformed).sign(TestSupport.toBytes(credential));

        // the issuer's document is unknown: not a mismatch, but a binding that cannot be established
        assertThat(codes(verifier().verify(token))).containsExactly(FailureCode.ISSUER_BINDING_UNESTABLISHED);
        assertThat(codes(VcJwtVerifier.builder().clock(TestSupport.clockAt("2040-01-01T00:00:00Z")).build().verify(token(KeyType.P256))))
                .containsExactly(FailureCode.CREDENTIAL_EXPIRED);
        String duplicated = withHeader(token(KeyType.ED25519), "{\"alg\":\"EdDSA\",\"alg\":\"EdDSA\"}");
        assertThat(codes(verifier().verify(duplicated))).containsExactly(FailureCode.DUPLICATE_KEY);
        assertThat(codes(verifier().verify("not-a-jwt"))).containsExactly(FailureCode.MALFORMED_JSON);
    }

    @Test
    void unencodedPayloadJws_signsHeaderDotRawPayload() throws Exception {
        SigningKey key = KEYS.get(KeyType.P256);
        byte[] payload = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        JsonObject header = StrictJson.PROVIDER.createObjectBuilder().add("alg", "ES256").build();

        JsonObject jws = Jws.signUnencoded(header, payload, key.signer(), true);

        JsonObject decodedHeader = StrictJson.parseObject(Multibase.decodeBase64url(jws.getString("protected")));
        assertThat(decodedHeader.getBoolean("b64")).isFalse();
        assertThat(decodedHeader.getJsonArray("crit").getString(0)).isEqualTo("b64");
        assertThat(jws).doesNotContainKey("payload");
        byte[] signature = Multibase.decodeBase64url(jws.getString("signature"));
        assertThat(key.publicKey().verify(Jws.unencodedSigningInput(jws.getString("protected"), payload), signature)).isTrue();
    }
}
