package io.github.microcredentials.test.verification;

import io.github.microcredentials.signing.Indication;
import static io.github.microcredentials.test.verification.VerificationAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import org.junit.jupiter.api.Test;

class VerificationAssertionsTest {

    private static String signed() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        String json = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"VerifiableCredential\"],"
                + " \"issuer\": \"" + key.publicKey().did() + "\", \"validFrom\": \"2026-06-30T10:00:00+02:00\","
                + " \"credentialSubject\": {\"id\": \"did:example:learner\"}}";
        return DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, key.signer()).build().sign(json);
    }

    @Test
    void aSignedCredential_isValid_andATamperedOne_isInvalidBecauseOfItsSignature() throws Exception {
        String signed = signed();
        VerificationReport valid = DataIntegrityVerifier.builder().build().verify(signed);
        VerificationReport tampered = DataIntegrityVerifier.builder().build()
                .verify(signed.replace("did:example:learner", "did:example:mallory"));

        assertThat(valid).isValid().hasIndication(Indication.VALID);
        assertThat(tampered).isInvalidBecause(FailureCode.SIGNATURE_INVALID);
        assertThatThrownBy(() -> assertThat(tampered).isValid())
                .hasMessageContaining("Expecting the credential to verify").hasMessageContaining("SIGNATURE_INVALID");
        assertThatThrownBy(() -> assertThat(valid).isInvalidBecause(FailureCode.SIGNATURE_INVALID))
                .hasMessageContaining("but it verified");
        assertThatThrownBy(() -> assertThat(tampered).isInvalidBecause(FailureCode.KEY_NOT_FOUND))
                .hasMessageContaining("the reasons are others");
    }
}
