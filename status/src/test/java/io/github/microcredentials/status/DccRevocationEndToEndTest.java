package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.status.StatusResult.Indication;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Digital Credentials Consortium's credentials with a status, verified end to end: their proofs
 * ({@code Ed25519Signature2020} alone or with {@code eddsa-rdfc-2022}, did:key and did:web issuers) by
 * the signing module, then their status by a {@link StatusChecker} with the DCC status lists
 * ({@link VerificationWithStatus}). Every {@code revokedStatus} credential within its validity period is
 * INVALID because it is revoked; every {@code validStatus} one is VALID. That includes the
 * "badSchema" credential, whose inline context adds a term: accepted since issue 14's inline context
 * policy (it was refused as not plain before).
 *
 * <p>Settings the DCC ecosystem needs, each an explicit verifier decision: the lists' issuer
 * ({@code did:key:z6MknNQ…}) is trusted for credentials of other issuers, and lists of 100,000 entries
 * are accepted (fewer than the Recommendation's 131,072). did:web keys come from the fixture
 * repository's DID documents through a {@link KeyResolver} built in this test (a did:web resolver of
 * the library, issue 17, would supply them the same way). The clock is the instant Digital Bazaar's
 * verifier ran on the same files (VERDICTS.tsv), so the expired ones stay expired and nothing drifts.
 */
class DccRevocationEndToEndTest {

    private static final Instant DB_RUN = Instant.parse("2026-12-05T13:03:37Z");
    private static final URI LIST_ISSUER = URI.create("did:key:z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q");
    /** Named "noExpiry" but its validUntil is 2010-01-02: expired for Digital Bazaar's verifier too. */
    private static final String MISNAMED_EXPIRED = "verifiableCredentials/v2/dataIntegrityProof/didKey/noRegistry-revokedStatus-noExpiry.json";

    record Fixture(String file, String category) {
        @Override
        public String toString() {
            return file + " (" + category + ")";
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        List<Fixture> out = new ArrayList<>();
        for (String line : new String(DccFixturesTest.read("VERDICTS.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns[1].startsWith("revoked") || columns[1].startsWith("validStatus")) {
                out.add(new Fixture(columns[0], columns[1]));
            }
        }
        assertThat(out).hasSize(35);
        return out.stream();
    }

    private static StatusChecker checker() throws IOException {
        return StatusChecker.builder(DccFixturesTest.lists())
                .clock(Clock.fixed(DB_RUN, ZoneOffset.UTC))
                .trust(ListIssuerTrust.sameIssuerOr(Set.of(LIST_ISSUER)))
                .minimumEntries(100_000)
                .build();
    }

    private static DataIntegrityVerifier verifier() throws IOException {
        JsonLdContexts contexts = JsonLdContexts.bundled()
                .with(URI.create("https://www.w3.org/ns/credentials/status/v1"), DccFixturesTest.read("contexts/www.w3.org_ns_credentials_status_v1.jsonld"))
                .with(URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"),
                        DccFixturesTest.read("contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.1.json"))
                .with(URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                        DccFixturesTest.read("contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json"));
        List<VerificationMethod> methods = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String doc : List.of("dids/legacy/did.json", "dids/oidf/did.json")) {
            JsonNode did = json.readTree(DccFixturesTest.read(doc));
            for (JsonNode m : did.path("assertionMethod")) {
                if (m.has("publicKeyMultibase")) {
                    methods.add(new VerificationMethod(URI.create(m.get("id").asText()), URI.create(m.get("controller").asText()),
                            VerificationKey.fromMultikey(m.get("publicKeyMultibase").asText())));
                }
            }
        }
        assertThat(methods).hasSize(2);
        return DataIntegrityVerifier.builder().contexts(contexts).clock(Clock.fixed(DB_RUN, ZoneOffset.UTC))
                .keyResolver(KeyResolver.of(methods).orElse(KeyResolver.didKey())).build();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void revokedIsInvalidBecauseRevoked_validStatusIsValid(Fixture fixture) throws IOException {
        VerificationWithStatus result = VerificationWithStatus.verify(verifier(), checker(), DccFixturesTest.read(fixture.file()));

        VerificationReport proofs = result.proofs();
        String why = result.summary() + "\n" + proofs.toJson();
        if (fixture.category().contains("expired") || fixture.file().equals(MISNAMED_EXPIRED)) {
            // expired before anything else: INVALID on the proofs' side, status not consulted
            assertThat(proofs.allFailures()).as(why).extracting(f -> f.code()).contains(FailureCode.CREDENTIAL_EXPIRED);
            assertThat(result.indication()).isEqualTo(Indication.INVALID);
            return;
        }
        assertThat(proofs.isValid()).as(why).isTrue();
        StatusResult status = result.status().orElseThrow();
        if (fixture.category().startsWith("revoked")) {
            assertThat(status.isRevoked()).as(why).isTrue();
            assertThat(status.entries().get(0).purpose()).contains("revocation");
            assertThat(result.indication()).as(why).isEqualTo(Indication.INVALID);
        } else {
            assertThat(status.isRevoked()).as(why).isFalse();
            assertThat(result.indication()).as(why).isEqualTo(Indication.VALID);
        }
    }
}
