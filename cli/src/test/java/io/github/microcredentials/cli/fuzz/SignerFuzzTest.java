package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.signing.internal.json.JsonBytes;
import io.github.microcredentials.signing.internal.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Fuzz target for {@link DataIntegritySigner#signCompact}, which copies a credential that is
 * already in compact form instead of writing it again: for any input it signs, the output must be
 * exactly the compact form of what it holds (so the copy is byte for byte what writing would give)
 * and must verify (only the credential's own validity period may fail: the signer does not judge
 * it); any other input is refused with a documented exception.
 */
class SignerFuzzTest {

    /** A test-only key; the seeds' issuer is its did:key. */
    private static final String TEST_KEY = """
            -----BEGIN PRIVATE KEY-----
            MC4CAQAwBQYDK2VwBCIEIIIWKCNPyRQfpusSg6peOpX01NL3MgyfciopwVWOkCR0
            -----END PRIVATE KEY-----
            """;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
    private static final DataIntegritySigner SIGNER = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022,
            SigningKey.fromPkcs8Pem(TEST_KEY).signer()).clock(CLOCK).build();
    private static final DataIntegrityVerifier VERIFIER = DataIntegrityVerifier.builder().clock(CLOCK).build();
    private static final Set<FailureCode> VALIDITY_PERIOD = EnumSet.of(FailureCode.CREDENTIAL_NOT_YET_VALID, FailureCode.CREDENTIAL_EXPIRED);

    @FuzzTest
    void signCompact(byte[] input) throws CredentialParseException {
        byte[] signed;
        try {
            signed = SIGNER.signCompact(input);
        } catch (CredentialParseException e) {
            Contract.expected(e);
            return;
        } catch (SigningException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a signing failure without a message", e);
            }
            return;
        }
        if (!Arrays.equals(signed, JsonBytes.compact(StrictJson.parseObject(signed)))) {
            throw new AssertionError("signCompact wrote what is not the compact form of its content: "
                    + new String(signed, StandardCharsets.UTF_8));
        }
        // The signer does not judge the credential's own validity period; everything else must pass.
        VerificationReport report = VERIFIER.verify(signed);
        if (!report.allFailures().stream().allMatch(f -> VALIDITY_PERIOD.contains(f.code()))) {
            throw new AssertionError("a credential signCompact signed does not verify: " + report.summary());
        }
    }
}
