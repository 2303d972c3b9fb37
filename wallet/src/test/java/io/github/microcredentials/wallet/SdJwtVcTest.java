package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SdJwtVcTest {

    private static final String VERIFIER = "https://employer.example";

    private final SigningKey holder = TestIssuer.holderKey(KeyType.P256);

    private String issue() throws SdJwtException {
        return TestIssuer.INSTANCE.issuer().build().issue(Samples.microCredential(), holder.publicKey(), null);
    }

    @Test
    void issuedCredential_verifiesWithEveryClaimDisclosed() throws Exception {
        String credential = issue();

        SdJwtVerification result = TestIssuer.INSTANCE.verifier().build().verify(credential);

        assertThat(result.problems()).isEmpty();
        assertThat(result.indication()).isEqualTo(Indication.VALID);
        Map<String, Object> claims = result.claims().orElseThrow();
        assertThat(claims).containsEntry("title", "FAIR Research Data Management")
                .containsEntry("iss", TestIssuer.ISSUER).containsEntry("vct", MicroCredentialClaims.VCT)
                .containsEntry("vct#integrity", MicroCredentialClaims.typeMetadataIntegrity())
                .containsKeys("learner", "awardingBody", "ects", "learningOutcomes", "grade", "cnf", "exp", "nbf", "iat");
        assertThat(new java.math.BigDecimal(claims.get("ects").toString())).isEqualByComparingTo("3.0");
        assertThat((List<?>) claims.get("learningOutcomes")).hasSize(3);
        assertThat(asMap(claims.get("learner"))).containsEntry("birthDate", "1998-04-17");
    }

    @Test
    void issuerJwt_hidesEveryAnnexElementAndKeepsTheControlClaimsPlain() throws Exception {
        SdJwt sdJwt = SdJwt.parse(issue());
        String[] parts = sdJwt.issuerSignedJwt().split("\\.");
        Map<String, Object> header = Json.parseObject(Digests.B64.decode(parts[0]));
        Map<String, Object> payload = Json.parseObject(Digests.B64.decode(parts[1]));

        assertThat(header).containsEntry("typ", "dc+sd-jwt").containsEntry("alg", "ES256");
        assertThat((List<?>) header.get("x5c")).as("x5c without the trust anchor (HAIP)").hasSize(1);
        assertThat(payload).containsKeys("iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "_sd", "_sd_alg")
                .doesNotContainKeys("title", "ects", "grade", "learner", "awardingBody", "iat");
        String text = new String(Digests.B64.decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Sofie", "FAIR", "Pass");
        // Decoys: more digests than the disclosable top-level claims.
        assertThat(((List<?>) payload.get("_sd")).size()).isGreaterThan(16);
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"P256", "ED25519"})
    void presentation_disclosesTitleEctsAndAwardingBodyOnly(KeyType type) throws Exception {
        SigningKey holderKey = TestIssuer.holderKey(type);
        SigningKey issuerKey = SigningKey.generate(type);
        String credential = SdJwtVcIssuer.builder(issuerKey.signer(), TestIssuer.ISSUER).build()
                .issue(Samples.microCredential(), holderKey.publicKey(), null);
        String presentation = SdJwtHolder.present(credential, List.of("title", "ects", "awardingBody"),
                holderKey.signer(), VERIFIER, "n-0S6_WzA2Mj", Instant.now());

        SdJwtVerification result = SdJwtVerifier.builder().issuerKey(issuerKey.publicKey()).build()
                .verifyPresentation(presentation, VERIFIER, "n-0S6_WzA2Mj");

        assertThat(result.problems()).isEmpty();
        assertThat(result.isKeyBound()).isTrue();
        Map<String, Object> claims = result.claims().orElseThrow();
        assertThat(claims).containsKeys("title", "ects", "awardingBody")
                .doesNotContainKeys("grade", "learner", "iat", "learningOutcomes");
        assertThat(result.claimsJson().orElseThrow()).doesNotContain("1998", "Sofie", "Pass");
    }

    @Test
    void nestedClaim_disclosesItsParentAndNotItsSiblings() throws Exception {
        String presentation = SdJwtHolder.present(issue(), List.of("learner.familyName", "learningOutcomes.1"),
                holder.signer(), VERIFIER, "n", Instant.now());

        SdJwtVerification result = TestIssuer.INSTANCE.verifier().build().verifyPresentation(presentation, VERIFIER, "n");

        assertThat(result.problems()).isEmpty();
        Map<String, Object> learner = asMap(result.claims().orElseThrow().get("learner"));
        assertThat(learner).containsOnlyKeys("familyName");
        assertThat((List<?>) result.claims().orElseThrow().get("learningOutcomes")).hasSize(1);
    }

    @Test
    void disclosablePaths_listEveryElementAndNestedClaim() throws Exception {
        assertThat(SdJwtHolder.disclosablePaths(issue())).contains("title", "ects", "learner", "learner.birthDate",
                "learningOutcomes", "learningOutcomes.0", "learningOutcomes.2", "grade", "iat");
    }

    @Test
    void untrustedChain_isIndeterminate() throws Exception {
        SdJwtVerification result = TestIssuer.OTHER.verifier().build().verify(issue());

        assertThat(result.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(result.has(SdJwtCode.CHAIN_UNTRUSTED)).isTrue();
        assertThat(result.claims()).isEmpty();
    }

    @Test
    void noKey_isIndeterminate() throws Exception {
        String credential = SdJwtVcIssuer.builder(SigningKey.generate(KeyType.P256).signer(), "https://x.example").build()
                .issue(Samples.microCredential(), null, null);

        SdJwtVerification result = SdJwtVerifier.builder().build().verify(credential);

        assertThat(result.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(result.has(SdJwtCode.KEY_UNKNOWN)).isTrue();
    }

    @Test
    void expiredCredential_isInvalid() throws Exception {
        String credential = TestIssuer.INSTANCE.issuer()
                .clock(java.time.Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .validity(java.time.Duration.ofDays(1)).build()
                .issue(io.github.microcredentials.core.model.MicroCredential.builder(java.net.URI.create("urn:x:1"))
                        .title(io.github.microcredentials.core.model.LocalizedString.en("T")).build(), null, null);

        SdJwtVerification result = TestIssuer.INSTANCE.verifier().build().verify(credential);

        assertThat(result.indication()).isEqualTo(Indication.INVALID);
        assertThat(result.has(SdJwtCode.EXPIRED)).isTrue();
    }

    @Test
    void typeMetadata_matchesItsIntegrityAndNamesEveryClaim() {
        String doc = new String(MicroCredentialClaims.typeMetadata(), StandardCharsets.UTF_8);
        assertThat(doc).contains(MicroCredentialClaims.VCT);
        for (var element : io.github.microcredentials.core.model.AnnexElement.values()) {
            for (String claim : MicroCredentialClaims.claimNames(element)) {
                assertThat(doc).contains("\"" + claim + "\"");
            }
        }
        assertThat(MicroCredentialClaims.typeMetadataIntegrity()).isEqualTo(TypeMetadata.integrity(MicroCredentialClaims.typeMetadata()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
