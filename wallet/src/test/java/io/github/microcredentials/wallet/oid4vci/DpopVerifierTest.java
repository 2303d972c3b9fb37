package io.github.microcredentials.wallet.oid4vci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Replay memory of DPoP proofs: replays are caught, and the memory is bounded against a flood of fresh proofs. */
class DpopVerifierTest {

    private static final String TOKEN_ENDPOINT = "https://issuer.example/token";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    private static String proof(ECKey key, String jti, String nonce) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(jti).claim("htm", "POST").claim("htu", TOKEN_ENDPOINT)
                .issueTime(Date.from(NOW.instant())).claim("nonce", nonce).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static ResourceRequest post(String dpop) {
        return new ResourceRequest("POST", TOKEN_ENDPOINT, null, dpop);
    }

    @Test
    void aReplayedProof_isRefused() throws Exception {
        DpopVerifier verifier = new DpopVerifier(NOW);
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String dpop = proof(key, UUID.randomUUID().toString(), verifier.nonce());

        assertThat(verifier.check(post(dpop), null, false)).isNotEmpty();
        assertThatThrownBy(() -> verifier.check(post(dpop), null, false)).isInstanceOfSatisfying(IssuanceException.class,
                e -> assertThat(e.getMessage()).contains("jti was used before"));
    }

    @Test
    void aFloodOfFreshProofs_isRefusedOnceTheMemoryIsFull_neverForgotten() throws Exception {
        DpopVerifier verifier = new DpopVerifier(NOW, 3);
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String first = proof(key, "jti-0", verifier.nonce());
        verifier.check(post(first), null, false);
        for (int i = 1; i < 3; i++) {
            verifier.check(post(proof(key, "jti-" + i, verifier.nonce())), null, false);
        }

        assertThatThrownBy(() -> verifier.check(post(proof(key, "jti-3", verifier.nonce())), null, false))
                .isInstanceOfSatisfying(IssuanceException.class, e -> {
                    assertThat(e.error().error()).isEqualTo("invalid_dpop_proof");
                    assertThat(e.getMessage()).contains("too many DPoP proofs");
                });
        // The first proof is still remembered: the bound refuses new proofs instead of forgetting old ones.
        assertThatThrownBy(() -> verifier.check(post(first), null, false)).isInstanceOfSatisfying(IssuanceException.class,
                e -> assertThat(e.getMessage()).contains("jti was used before"));
    }
}
