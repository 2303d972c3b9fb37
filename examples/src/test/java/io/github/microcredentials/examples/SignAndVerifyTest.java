package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.VerifiedCredential;
import org.junit.jupiter.api.Test;

class SignAndVerifyTest {

    @Test
    void dataIntegrity_verifiesTheSignedCredential() throws Exception {
        VerifiedCredential verified = SignAndVerify.dataIntegrity().orElseThrow();

        assertThat(verified.format()).isEqualTo(VerifiedCredential.Format.DATA_INTEGRITY);
        assertThat(verified.issuer().toString()).startsWith("did:key:z6Mk");
        assertThat(verified.json()).contains("\"cryptosuite\": \"eddsa-rdfc-2022\"");
    }

    @Test
    void jwt_verifiesWithRs256() throws Exception {
        var report = SignAndVerify.jwt();

        assertThat(report.isValid()).isTrue();
        assertThat(report.proofs().get(0).method()).isEqualTo("RS256");
    }
}
