package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.PresentationOptions;
import io.github.microcredentials.signing.PresentationVerifier;
import io.github.microcredentials.signing.VcJwtVerifier;
import io.github.microcredentials.seals.SealVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzz targets for the verifiers: Data Integrity (all three suites), W3C presentations (the holder's
 * proof, challenge and domain, and the credentials inside), VC-JWT, JAdES and XAdES seals. A verifier returns a report for every input and never throws.
 */
class VerifiersFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
    private static final DataIntegrityVerifier DATA_INTEGRITY = DataIntegrityVerifier.builder().clock(CLOCK).build();
    private static final PresentationVerifier PRESENTATIONS = PresentationVerifier.of(DATA_INTEGRITY);
    /** The seeds' challenge and domain, so that the fuzzer starts from presentations that pass these checks. */
    private static final PresentationOptions EXPECTED = PresentationOptions.challenge("fuzz-challenge").withDomain("fuzz.example");
    private static final VcJwtVerifier VC_JWT = VcJwtVerifier.builder().clock(CLOCK).build();
    private static final SealVerifier SEALS = SealVerifier.builder().clock(CLOCK).build();

    @FuzzTest
    void dataIntegrity(byte[] input) {
        Contract.checked(DATA_INTEGRITY.verify(input));
    }

    @FuzzTest
    void presentation(byte[] input) {
        Contract.checked(PRESENTATIONS.verify(input, EXPECTED));
    }

    @FuzzTest
    void vcJwt(byte[] input) {
        Contract.checked(VC_JWT.verify(new String(input, StandardCharsets.UTF_8)));
    }

    @FuzzTest
    void jades(byte[] input) {
        Contract.checked(SEALS.verifyJades(input));
    }

    @FuzzTest
    void xades(byte[] input) {
        Contract.checked(SEALS.verifyXades(input));
    }
}
