package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The legacy {@code Ed25519Signature2020} proof type on a real credential of the Digital Credentials
 * Consortium (resources {@code interop/dcc/}): verified with a warning, never signed, and every
 * change or misuse fails closed.
 */
class LegacySuiteTest {

    private static final String FILE = "/interop/dcc/verifiableCredentials/v2/ed25519/didKey/legacy-noStatus-noExpiry.json";
    private static final DataIntegrityVerifier VERIFIER = DccInteropTest.verifier(Instant.parse("2026-12-05T13:03:37Z"));

    private static String credential() {
        return new String(TestSupport.bytes(FILE), StandardCharsets.UTF_8);
    }

    @Test
    void verifies_withTheSupersededWarning() {
        VerificationReport report = VERIFIER.verify(credential());

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.proofs()).singleElement().extracting(ProofResult::method).isEqualTo("Ed25519Signature2020");
        assertThat(report.warnings()).singleElement().asString().startsWith("proof: Ed25519Signature2020 is a legacy proof type");
        assertThat(report.summary()).contains("(1 warning)");
        assertThat(report.toJson()).contains("\"warnings\"");
    }

    @Test
    void aChangedProofOption_orClaim_failsTheSignature() {
        String created = credential().replace("\"created\": \"2025-01-09T17:58:33Z\"", "\"created\": \"2025-01-09T17:58:34Z\"");
        String claim = credential().replaceFirst("\"name\": \"", "\"name\": \"X");

        assertThat(VERIFIER.verify(created).allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
        assertThat(VERIFIER.verify(claim).allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID);
    }

    @Test
    void anotherLegacyType_orAMissingSuiteContext_isNeverValid() {
        String ed2018 = credential().replace("\"type\": \"Ed25519Signature2020\"", "\"type\": \"Ed25519Signature2018\"");
        String noContext = credential().replace(",\n        \"https://w3id.org/security/suites/ed25519-2020/v1\"", "");

        assertThat(VERIFIER.verify(ed2018).allFailures()).extracting(Failure::code).contains(FailureCode.UNSUPPORTED_PROOF_TYPE);
        assertThat(noContext).doesNotContain("ed25519-2020");
        VerificationReport report = VERIFIER.verify(noContext);
        assertThat(report.isValid()).as(report.toJson()).isFalse();
    }

    @Test
    void aP256KeyForTheLegacySuite_isAKeyTypeMismatch() throws Exception {
        SigningKey p256 = SigningKey.generate(KeyType.P256);
        String method = p256.publicKey().didKeyVerificationMethod().toString();
        String text = credential().replaceAll("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q#z6Mk[A-Za-z0-9]+", method)
                .replace("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q", p256.publicKey().did().toString());

        assertThat(VERIFIER.verify(text).allFailures()).extracting(Failure::code).contains(FailureCode.KEY_TYPE_MISMATCH);
    }

    @Test
    void theLegacySuite_cannotBeChosenForSigning() {
        assertThat(Cryptosuite.of("Ed25519Signature2020")).isEmpty();
        assertThat(Cryptosuite.values()).extracting(Cryptosuite::id)
                .containsExactly("eddsa-rdfc-2022", "eddsa-jcs-2022", "ecdsa-rdfc-2019", "ecdsa-jcs-2019");
    }
}
