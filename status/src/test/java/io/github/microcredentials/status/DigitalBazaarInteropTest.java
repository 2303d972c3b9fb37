package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.status.internal.Json;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A fixed status list credential, published by this library with the W3C vc-di-eddsa test key and
 * a fixed clock, so that it is the same bytes on every run: the file
 * {@code interop/bitstring-status-list.json} is what Digital Bazaar's
 * {@code @digitalbazaar/vc-bitstring-status-list} was run on (test-tools/status-interop, see its
 * README), and which it accepted with the same bits.
 */
class DigitalBazaarInteropTest {

    /** The W3C vc-di-eddsa test vector key (public test data, never a real issuer's). */
    static final String TEST_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    static final URI LIST = URI.create("https://example.edu/status/interop");
    static final Set<Long> SET = Set.of(0L, 7L, 8L, 1000L, 65_535L, 131_071L);

    static byte[] publish() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022,
                SigningKey.fromMultikey(TEST_KEY).signer()).clock(clock).build();
        String vm = signer.verificationMethod().toString();
        StatusListPublisher publisher = StatusListPublisher.builder(URI.create(vm.substring(0, vm.indexOf('#'))),
                StatusListSigner.dataIntegrity(signer)).clock(clock).validity(Duration.ofDays(3650)).build();
        StatusBitstring.Builder bits = StatusBitstring.builder(131_072, 1);
        SET.forEach(i -> bits.set(i, 1));
        return StatusListSigner.dataIntegrity(signer).sign(publisher.unsigned(LIST, StatusPurpose.REVOCATION, bits.build()));
    }

    @Test
    void fixedList_isTheFileDigitalBazaarAccepted_withTheExpectedBits() throws Exception {
        byte[] published = publish();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "bitstring-status-list.json"), published);
        byte[] accepted;
        try (InputStream in = getClass().getResourceAsStream("/interop/bitstring-status-list.json")) {
            accepted = in.readAllBytes();
        }
        assertThat(new String(published, StandardCharsets.UTF_8)).isEqualTo(new String(accepted, StandardCharsets.UTF_8));
        assertThat(DataIntegrityVerifier.builder().clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC))
                .build().verify(accepted).isValid()).isTrue();
        StatusBitstring bits = StatusBitstring.decode(Json.object(accepted).get("credentialSubject").get("encodedList").asText());
        for (long i = 0; i < 131_072; i++) {
            assertThat(bits.status(i, 1)).as("bit %d", i).isEqualTo(SET.contains(i) ? 1 : 0);
        }
    }
}
