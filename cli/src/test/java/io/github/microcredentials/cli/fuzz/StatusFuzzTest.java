package io.github.microcredentials.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.microcredentials.status.EntryStatus;
import io.github.microcredentials.status.StatusBitstring;
import io.github.microcredentials.status.StatusChecker;
import io.github.microcredentials.status.StatusListResolver;
import io.github.microcredentials.status.StatusListVerifier;
import io.github.microcredentials.status.StatusResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Fuzz targets for credential status (issue 16): the status list credential reader behind
 * {@link StatusChecker} (the list's JSON, dates, purpose, {@code statusSize}, the GZIP and multibase
 * bitstring inside it) and the bitstring decoder alone. The checker never throws and never answers
 * VALID from a list it could not read; the decoder returns a bitstring or its one checked exception.
 */
class StatusFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
    private static final URI LIST = URI.create("https://testing.dcconsortium.org/status/e5WK8CbZ1GjycuPombrj");
    private static final String ISSUER = "did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q";

    /** A credential whose status entry points at the fuzzed list; bit 6 of the seed list is set. */
    private static final byte[] CREDENTIAL = ("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"type\":[\"VerifiableCredential\"],\"issuer\":\"" + ISSUER + "\","
            + "\"credentialSubject\":{\"id\":\"did:example:subject\"},"
            + "\"credentialStatus\":{\"id\":\"" + LIST + "#6\",\"type\":\"BitstringStatusListEntry\","
            + "\"statusPurpose\":\"revocation\",\"statusListIndex\":\"6\",\"statusListCredential\":\"" + LIST + "\"}}")
            .getBytes(StandardCharsets.UTF_8);

    /**
     * The proofs of the fuzzed list are accepted, so that the fuzzer reaches the list's reading
     * (proof verification has targets of its own); the seed lists are 100,000 entries long.
     */
    private static StatusChecker checker(byte[] list) {
        return StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list)))
                .listVerifier(bytes -> StatusListVerifier.Outcome.verified("accepted by the fuzz target"))
                .trust((listIssuer, credentialIssuer) -> true)
                .minimumEntries(8)
                .clock(CLOCK)
                .cacheEntries(0)
                .build();
    }

    @FuzzTest
    void statusList(byte[] input) {
        StatusResult result = checker(input).check(CREDENTIAL);
        if (result.entries().size() != 1) {
            throw new AssertionError("one status entry in, " + result.entries().size() + " out: " + result.summary());
        }
        EntryStatus entry = result.entries().get(0);
        if (entry.indication() == StatusResult.Indication.VALID && entry.status().isEmpty()) {
            throw new AssertionError("VALID without a status read from the list: " + result.summary());
        }
        if (entry.status().isEmpty() && entry.findings().isEmpty()) {
            throw new AssertionError("no status and no finding saying why: " + result.summary());
        }
        if (result.findings().stream().anyMatch(f -> f.message().isBlank())) {
            throw new AssertionError("a finding without a message: " + result.summary());
        }
        result.toJson();
    }

    @FuzzTest
    void bitstring(byte[] input) {
        String encoded = new String(input, StandardCharsets.UTF_8);
        for (boolean legacy : new boolean[] {false, true}) {
            StatusBitstring bits;
            try {
                bits = legacy ? StatusBitstring.decodeStatusList2021(encoded) : StatusBitstring.decode(encoded);
            } catch (StatusBitstring.EncodedListException e) {
                if (e.getMessage() == null || e.getMessage().isBlank() || e.reason() == null) {
                    throw new AssertionError("a decoding failure without a message or reason", e);
                }
                continue;
            }
            if (bits.length() > 8L * StatusBitstring.MAX_DECODED_BYTES) {
                throw new AssertionError("decoded past the size limit: " + bits.length() + " bits");
            }
            for (int size : new int[] {1, 2, 8}) {
                long entries = bits.entries(size);
                if (entries > 0) {
                    bits.status(entries - 1, size);
                    bits.status(0, size);
                }
            }
            if (!legacy && !StatusBitstring.of(bits.toByteArray()).equals(bits)) {
                throw new AssertionError("a decoded bitstring does not equal its own bytes");
            }
        }
    }
}
