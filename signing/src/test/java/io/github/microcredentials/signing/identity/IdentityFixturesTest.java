package io.github.microcredentials.signing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.jsonld.JsonLdContexts;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials other implementations issued under did:web and https identities verify given their documents, offline. */
class IdentityFixturesTest {

    static final JsonLdContexts CONTEXTS = JsonLdContexts.bundled()
            .with(URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                    bytes("/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.3.json"))
            .with(URI.create("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"),
                    bytes("/identity/contexts/purl.imsglobal.org_spec_ob_v3p0_context-3.0.1.json"))
            .with(URI.create("https://www.w3.org/ns/credentials/status/v1"),
                    bytes("/identity/contexts/www.w3.org_ns_credentials_status_v1.jsonld"));

    static final DocumentStore DCC_DIDS = DocumentStore.ofDocuments(List.of(
            bytes("/identity/dcc/dids/legacy.did.json"), bytes("/identity/dcc/dids/oidf.did.json")));

    static Stream<String> dccCredentials() {
        return Stream.of("v1/legacy-noStatus-noExpiry.json", "v1/legacy-revokedStatus-noExpiry.json",
                "v1/legacy-validStatus-noExpiry.json", "v1/oidf-noStatus-noExpiry.json", "v1/oidf-revokedStatus-noExpiry.json",
                "v1/oidf-validStatus-noExpiry.json", "v2/legacy-revokedStatus-expired.json",
                "v2/legacy-revokedStatus-noExpiry.json", "v2/oidf-noStatus-notExpired.json");
    }

    @ParameterizedTest
    @MethodSource("dccCredentials")
    void dccDidWebCredentials_verifyWithTheirDidDocuments(String name) {
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(CONTEXTS)
                .clock(Clock.fixed(latestDate(bytes("/identity/dcc/" + name)).plusSeconds(60), ZoneOffset.UTC))
                .keyResolver(IdentifierResolver.offline(DCC_DIDS).keys()).build();

        VerificationReport report = verifier.verify(bytes("/identity/dcc/" + name));

        if (name.contains("-expired")) {
            // signed after its validUntil: the proof verifies, the credential is expired
            assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.CREDENTIAL_EXPIRED);
            return;
        }
        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.credential().orElseThrow().issuer().toString())
                .startsWith("did:web:digitalcredentials.github.io:vc-test-fixtures:dids:");
    }

    @Test
    void dccDidWebCredential_withoutItsDocument_isKeyNotFound_andNothingIsFetched() {
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(CONTEXTS)
                .keyResolver(IdentifierResolver.offline().keys()).build();

        VerificationReport report = verifier.verify(bytes("/identity/dcc/v1/oidf-noStatus-noExpiry.json"));

        assertThat(report.allFailures()).extracting(Failure::code).containsExactly(FailureCode.KEY_NOT_FOUND);
    }

    @Test
    void oneEdTechVector_verifiesWithItsHttpsControllerDocument() {
        DocumentStore store = DocumentStore.of(Map.of(URI.create("https://example.edu/issuers/565049"),
                bytes("/identity/1edtech/controller-565049.json")));
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(CONTEXTS)
                .keyResolver(IdentifierResolver.offline(store).keys()).build();

        VerificationReport report = verifier.verify(bytes("/identity/1edtech/spec-ldp-testvector-signed.json"));

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.credential().orElseThrow().issuer()).isEqualTo(URI.create("https://example.edu/issuers/565049"));
    }

    @Test
    void oneEdTechVector_withADocumentThatDoesNotListTheKeyForAssertions_isRefused() {
        String document = new String(bytes("/identity/1edtech/controller-565049.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"assertionMethod\"", "\"authentication\"");
        DocumentStore store = DocumentStore.of(Map.of(URI.create("https://example.edu/issuers/565049"),
                document.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        DataIntegrityVerifier verifier = DataIntegrityVerifier.builder().contexts(CONTEXTS)
                .keyResolver(IdentifierResolver.offline(store).keys()).build();

        VerificationReport report = verifier.verify(bytes("/identity/1edtech/spec-ldp-testvector-signed.json"));

        assertThat(report.allFailures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FailureCode.KEY_RESOLUTION_FAILED);
            assertThat(f.message()).contains("assertionMethod");
        });
    }

    /** The verdicts of the corpus were taken in the credential's validity period, after its proofs were made. */
    private static Instant latestDate(byte[] credential) {
        java.util.regex.Matcher dates = java.util.regex.Pattern
                .compile("\"(?:created|validFrom|issuanceDate)\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(new String(credential, java.nio.charset.StandardCharsets.UTF_8));
        Instant latest = Instant.EPOCH;
        while (dates.find()) {
            Instant date = Instant.parse(dates.group(1));
            latest = date.isAfter(latest) ? date : latest;
        }
        return latest;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = IdentityFixturesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
