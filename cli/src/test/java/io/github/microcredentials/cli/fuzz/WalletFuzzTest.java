package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.SdJwtVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Fuzz targets for the SD-JWT verifier: an SD-JWT on its own and a presentation with a Key
 * Binding JWT. The seeds are the SD-JWT specification's examples, so the verifier is given that
 * specification's example issuer key and time: mutations then reach the digest, disclosure and
 * key binding checks instead of stopping at the signature.
 */
class WalletFuzzTest {

    /** The issuer key of the SD-JWT specification's examples (examples/settings.yml, public part). */
    private static final VerificationKey SPEC_ISSUER = VerificationKey.fromJwk(
            "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"b28d4MwZMjw8-00CG4xfnn9SLMVMM19SlqZpVb_uNtQ\","
                    + "\"y\":\"Xv5zWwuoaTgdS6hV43yI6gBwTnjukmFQQnJ_kCxzqk8\"}");
    private static final Clock SPEC_TIME = Clock.fixed(Instant.ofEpochSecond(1725374413L), ZoneOffset.UTC);

    private static final SdJwtVerifier PLAIN = SdJwtVerifier.builder().plainSdJwt().issuerKey(SPEC_ISSUER).clock(SPEC_TIME).build();
    private static final SdJwtVerifier SD_JWT_VC = SdJwtVerifier.builder().issuerKey(SPEC_ISSUER).clock(SPEC_TIME).skipStatus().build();

    @FuzzTest
    void sdJwt(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Contract.checked(PLAIN.verify(text));
        Contract.checked(SD_JWT_VC.verify(text));
    }

    @FuzzTest
    void sdJwtPresentation(byte[] input) {
        Contract.checked(PLAIN.verifyPresentation(new String(input, StandardCharsets.UTF_8), "https://verifier.example.org",
                "1234567890"));
    }
}
