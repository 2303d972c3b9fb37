package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.status.StatusResult.Indication;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Digital Credentials Consortium's fixtures with a status (resources {@code dcc/}, see SOURCES.md):
 * every {@code revokedStatus} credential is reported revoked when its list is supplied, every
 * {@code validStatus} one is not, and the four negative lists give their findings.
 *
 * <p>Two settings the DCC ecosystem needs, both explicit verifier decisions: its lists are signed by
 * a status issuer ({@code did:key:z6MknNQ…}) other than most credentials' issuers (trusted here by
 * policy), and have 100,000 entries, fewer than the Recommendation's default minimum of 131,072
 * (lowered here as §3.2 allows for an ecosystem). The lists' {@code Ed25519Signature2020} proofs are
 * verified by the signing module's {@code DataIntegrityVerifier} (the checker's default list verifier),
 * and cross-checked against an independent test oracle ({@link Ed25519Signature2020Oracle}).
 */
class DccFixturesTest {

    private static final URI LIST_ISSUER = URI.create("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q");
    private static final String FIXTURES = "https://digitalcredentials.github.io/vc-test-fixtures/statusLists/didkey-ed25519Signature2020/";
    private static final String VERIFIER_CORE =
            "https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/";

    record Fixture(String file, String category) {
        @Override
        public String toString() {
            return file + " (" + category + ")";
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        for (String line : new String(read("VERDICTS.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            out.add(new Fixture(columns[0], columns[1]));
        }
        assertThat(out).hasSize(39);
        return out.stream();
    }

    /** A DCC test resource (the end-to-end test reads the same corpus). */
    static byte[] read(String path) throws IOException {
        try (InputStream in = DccFixturesTest.class.getResourceAsStream("/dcc/" + path)) {
            if (in == null) {
                throw new IOException("missing test resource dcc/" + path);
            }
            return in.readAllBytes();
        }
    }

    /** The DCC status list credentials by their URLs. */
    static StatusListResolver lists() throws IOException {
        Map<URI, byte[]> lists = new HashMap<>();
        for (String name : List.of("e5WK8CbZ1GjycuPombrj", "expired", "notYetValid", "missingBitStringType", "tampered")) {
            lists.put(URI.create(FIXTURES + name), read("statusLists/didkey-ed25519Signature2020/" + name));
        }
        lists.put(URI.create(VERIFIER_CORE + "e5WK8CbZ1GjycuPombrj"), read("verifier-core-status/e5WK8CbZ1GjycuPombrj"));
        return StatusListResolver.of(lists);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void dccSettings_revokedIsRevoked_validIsValid_negativeListsFail(Fixture fixture) throws IOException {
        StatusChecker checker = StatusChecker.builder(lists())
                .trust(ListIssuerTrust.sameIssuerOr(Set.of(LIST_ISSUER)))
                .minimumEntries(100_000)
                .build();
        StatusResult result = checker.check(read(fixture.file()));
        String category = fixture.category();
        if (category.startsWith("revoked")) {
            assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.INVALID);
            assertThat(result.isRevoked()).isTrue();
            assertThat(result.entries().get(0).purpose()).contains("revocation");
        } else if (category.startsWith("validStatus")) {
            assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.VALID);
            assertThat(result.isRevoked()).isFalse();
        } else {
            StatusCode expected = switch (category.split(",")[0]) {
                case "statusListExpired" -> StatusCode.LIST_EXPIRED;
                case "statusListNotYetValid" -> StatusCode.LIST_NOT_YET_VALID;
                case "statusListMissingType" -> StatusCode.LIST_TYPE_MISMATCH;
                case "statusListTampered" -> StatusCode.LIST_PROOF_INVALID;
                default -> throw new AssertionError("unknown category " + category);
            };
            assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.INDETERMINATE);
            assertThat(result.findings().stream().filter(f -> f.level() == StatusPolicy.Level.FAIL).findFirst().orElseThrow().code())
                    .isEqualTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void libraryListVerifier_agreesWithTheIndependentOracle_onEveryList() throws IOException {
        StatusListVerifier library = StatusListVerifier.dataIntegrity(io.github.microcredentials.signing.DataIntegrityVerifier.builder().build());
        StatusListVerifier oracle = new Ed25519Signature2020Oracle();
        int verified = 0;
        for (String name : List.of("e5WK8CbZ1GjycuPombrj", "expired", "notYetValid", "missingBitStringType", "tampered")) {
            byte[] list = read("statusLists/didkey-ed25519Signature2020/" + name);
            boolean ours = library.verify(list).verified();
            assertThat(ours).as(name + ": " + library.verify(list).detail()).isEqualTo(oracle.verify(list).verified());
            assertThat(ours).as(name).isEqualTo(!name.equals("tampered"));
            verified += ours ? 1 : 0;
        }
        assertThat(verified).isEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void defaultSettings_neverSayValidForARevokedFixture(Fixture fixture) throws IOException {
        StatusResult result = StatusChecker.builder(lists()).build().check(read(fixture.file()));
        if (!fixture.category().startsWith("validStatus")) {
            assertThat(result.indication()).as(result.summary()).isNotEqualTo(Indication.VALID);
        }
        // By default: the list's issuer is not the credential's, and the list is shorter than the Recommendation's minimum.
        assertThat(result.indication()).isIn(Indication.INDETERMINATE, Indication.INVALID);
    }
}
