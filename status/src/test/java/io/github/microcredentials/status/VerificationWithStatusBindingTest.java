package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.status.StatusResult.Indication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A credential whose issuer binding cannot be established is indeterminate with its status too, not invalid. */
class VerificationWithStatusBindingTest {

    @Test
    void unestablishedIssuerBinding_isIndeterminate() throws Exception {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        URI issuer = URI.create("https://example.edu/issuers/1");
        String credential = """
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiableCredential"],
                 "issuer": "%s", "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": {"id": "did:example:learner"}}"""
                .formatted(issuer);
        // the signer is told that the issuer's document lists the did:key method; the verifier has no such document
        byte[] signed = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, key.signer())
                .keyResolver(KeyResolver.of(List.of(new VerificationMethod(key.publicKey().didKeyVerificationMethod(), issuer,
                        key.publicKey()))))
                .build().sign(credential.getBytes(StandardCharsets.UTF_8));

        VerificationWithStatus result = VerificationWithStatus.verify(DataIntegrityVerifier.builder().build(),
                StatusChecker.builder(StatusListResolver.of(Map.of())).build(), signed);

        assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.INDETERMINATE);
        assertThat(result.summary()).startsWith("INDETERMINATE: ISSUER_BINDING_UNESTABLISHED");
    }
}
