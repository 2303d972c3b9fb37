package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Jose;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.oid4vci.CredentialIssuer;
import io.github.microcredentials.wallet.oid4vci.IssuanceException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A test wallet written from the OpenID4VCI 1.0 text drives the pre-authorized code flow of the issuer objects. */
class OpenId4VciIssuerTest {

    private static final String ID = "https://www.ucn.dk";

    private final CredentialIssuer issuer = new CredentialIssuer(ID, TestIssuer.INSTANCE.issuer().build(), Clock.systemUTC(), 3);

    private static String proof(SigningKey holder, String aud, String nonce) throws Exception {
        JWSHeader header = new JWSHeader.Builder(Jose.algorithmFor(holder.publicKey().type()))
                .type(new JOSEObjectType(CredentialIssuer.PROOF_TYPE)).jwk(JWK.parse(holder.publicKey().jwk())).build();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", aud);
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("nonce", nonce);
        return Jose.sign(header, Json.write(claims), holder.signer());
    }

    private static Map<String, Object> request(String... proofs) {
        return Map.of("credential_configuration_id", CredentialIssuer.CONFIGURATION_ID, "proofs", Map.of("jwt", List.of(proofs)));
    }

    private String accessToken() throws Exception {
        CredentialIssuer.Offer offer = issuer.offer(Samples.microCredential(), null, true);
        Map<?, ?> grant = (Map<?, ?>) ((Map<?, ?>) offer.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT);
        return (String) issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT,
                "pre-authorized_code", (String) grant.get("pre-authorized_code"), "tx_code", offer.txCode().orElseThrow())).get("access_token");
    }

    private static String errorOf(ThrowingCall call) {
        try {
            call.run();
        } catch (IssuanceException e) {
            return e.error().error();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void metadata_followsTheFinalText() {
        Map<String, Object> m = issuer.metadata();
        assertThat(m).containsEntry("credential_issuer", ID).containsKeys("credential_endpoint", "nonce_endpoint");
        assertThat(SdJwtVcTest.asMap(m.get("batch_credential_issuance"))).containsEntry("batch_size", 3L);
        Map<?, ?> configuration = (Map<?, ?>) ((Map<?, ?>) m.get("credential_configurations_supported")).get(CredentialIssuer.CONFIGURATION_ID);
        assertThat(configuration.get("format")).isEqualTo("dc+sd-jwt");
        assertThat(configuration.get("vct")).isEqualTo(MicroCredentialClaims.VCT);
        assertThat(configuration.get("scope")).isNotNull();
        assertThat(SdJwtVcTest.asMap(configuration.get("credential_metadata"))).containsKeys("display", "claims");
    }

    @Test
    void preAuthorizedFlow_batchOfTwo_verifies() throws Exception {
        CredentialIssuer.Offer offer = issuer.offer(Samples.microCredential(), null, true);
        assertThat(offer.uri()).startsWith("openid-credential-offer://?credential_offer=");
        Map<?, ?> grant = (Map<?, ?>) ((Map<?, ?>) offer.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT);
        String code = (String) grant.get("pre-authorized_code");
        Map<String, Object> token = issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT,
                "pre-authorized_code", code, "tx_code", offer.txCode().orElseThrow()));
        assertThat(token).containsEntry("token_type", "Bearer");
        SigningKey k1 = SigningKey.generate(KeyType.P256);
        SigningKey k2 = SigningKey.generate(KeyType.ED25519);

        Map<String, Object> response = issuer.credential((String) token.get("access_token"), request(
                proof(k1, ID, (String) issuer.nonce().get("c_nonce")), proof(k2, ID, (String) issuer.nonce().get("c_nonce"))));

        List<?> credentials = (List<?>) response.get("credentials");
        assertThat(credentials).hasSize(2);
        SdJwtVerifier verifier = TestIssuer.INSTANCE.verifier().build();
        String first = (String) ((Map<?, ?>) credentials.get(0)).get("credential");
        String second = (String) ((Map<?, ?>) credentials.get(1)).get("credential");
        assertThat(verifier.verify(first).isValid()).isTrue();
        String presentation = SdJwtHolder.present(second, List.of("title"), k2.signer(), "https://employer.example", "n", Instant.now());
        assertThat(verifier.verifyPresentation(presentation, "https://employer.example", "n").problems()).isEmpty();
        assertThat(errorOf(() -> issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT, "pre-authorized_code", code,
                "tx_code", offer.txCode().orElseThrow())))).as("a reused pre-authorized code").isEqualTo("invalid_grant");
    }

    @Test
    void batch_proofsMayShareOneNonce_whichTheRequestSpends_evenWhenRefused() throws Exception {
        SigningKey k1 = SigningKey.generate(KeyType.P256);
        SigningKey k2 = SigningKey.generate(KeyType.P256);
        String token = accessToken();
        String nonce = (String) issuer.nonce().get("c_nonce");

        Map<String, Object> response = issuer.credential(token, request(proof(k1, ID, nonce), proof(k2, ID, nonce)));

        assertThat((List<?>) response.get("credentials")).hasSize(2);
        String token2 = accessToken();
        assertThat(errorOf(() -> issuer.credential(token2, request(proof(k1, ID, nonce))))).as("spent with its request").isEqualTo("invalid_nonce");
        String refused = (String) issuer.nonce().get("c_nonce");
        assertThat(errorOf(() -> issuer.credential(token2, request(proof(k1, ID, refused), proof(k2, "https://other.example", refused)))))
                .isEqualTo("invalid_proof");
        assertThat(errorOf(() -> issuer.credential(token2, request(proof(k1, ID, refused))))).as("spent by the refused request")
                .isEqualTo("invalid_nonce");
        String fresh = (String) issuer.nonce().get("c_nonce");
        assertThat((List<?>) issuer.credential(token2, request(proof(k1, ID, fresh))).get("credentials")).hasSize(1);
    }

    @Test
    void txCodeErrors() {
        CredentialIssuer.Offer offer = issuer.offer(Samples.microCredential(), null, true);
        String code = (String) ((Map<?, ?>) ((Map<?, ?>) offer.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT))
                .get("pre-authorized_code");
        assertThat(errorOf(() -> issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT, "pre-authorized_code", code))))
                .isEqualTo("invalid_request");
        CredentialIssuer.Offer other = issuer.offer(Samples.microCredential(), null, true);
        String code2 = (String) ((Map<?, ?>) ((Map<?, ?>) other.json().get("grants")).get(CredentialIssuer.PRE_AUTHORIZED_GRANT))
                .get("pre-authorized_code");
        String wrong = other.txCode().orElseThrow().equals("000000") ? "111111" : "000000";
        assertThat(errorOf(() -> issuer.token(Map.of("grant_type", CredentialIssuer.PRE_AUTHORIZED_GRANT, "pre-authorized_code", code2,
                "tx_code", wrong)))).isEqualTo("invalid_grant");
    }

    @Test
    void proofErrors() throws Exception {
        SigningKey holder = SigningKey.generate(KeyType.P256);
        String token = accessToken();
        String nonce = (String) issuer.nonce().get("c_nonce");
        assertThat(errorOf(() -> issuer.credential(token, request(proof(holder, "https://other.example", nonce))))).isEqualTo("invalid_proof");
        assertThat(errorOf(() -> issuer.credential(token, request(proof(holder, ID, "made-up"))))).isEqualTo("invalid_nonce");
        String used = (String) issuer.nonce().get("c_nonce");
        issuer.credential(token, request(proof(holder, ID, used)));
        String token2 = accessToken();
        assertThat(errorOf(() -> issuer.credential(token2, request(proof(holder, ID, used))))).as("stale nonce").isEqualTo("invalid_nonce");
        String none = Digests.B64.encode("{\"alg\":\"none\",\"typ\":\"openid4vci-proof+jwt\"}".getBytes()) + "."
                + Digests.B64.encode(Json.write(Map.of("aud", ID, "nonce", "x"))) + ".";
        assertThat(errorOf(() -> issuer.credential(token2, request(none)))).isEqualTo("invalid_proof");
        assertThat(errorOf(() -> issuer.credential(token2, Map.of("credential_configuration_id", CredentialIssuer.CONFIGURATION_ID,
                "credential_identifier", "x", "proofs", Map.of("jwt", List.of("a.b.c")))))).isEqualTo("invalid_credential_request");
        assertThat(errorOf(() -> issuer.credential("nope", request("a.b.c")))).isEqualTo("invalid_token");
        assertThatThrownBy(() -> new CredentialIssuer(ID, TestIssuer.INSTANCE.issuer().build(), Clock.systemUTC(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
