package io.github.microcredentials.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.signing.internal.di.DataUrl;
import io.github.microcredentials.signing.internal.json.StrictJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials enclosed in a presentation as {@code EnvelopedVerifiableCredential} (VC Data Model 2.0
 * §4.13.1): a VC-JWT in a {@code data:application/vc+jwt,…} URL is verified as the VC-JWT verifier
 * verifies one on its own, with the presentation verifier's settings; a URL that does not decode,
 * another media type and an envelope that breaks the data model are clear failures.
 */
class EnvelopedCredentialTest {

    private static final SigningKey ISSUER = SigningKey.generate(KeyType.ED25519);
    private static final SigningKey HOLDER = SigningKey.generate(KeyType.ED25519);
    private static final PresentationOptions EXPECTED = PresentationOptions.challenge("nonce-1").withDomain("https://verifier.example");
    private static final String V2 = "https://www.w3.org/ns/credentials/v2";

    private static DataIntegrityVerifier.Builder credentials() {
        return DataIntegrityVerifier.builder().contexts(TestSupport.CONTEXTS).clock(TestSupport.clockAt("2026-07-01T00:00:00Z"));
    }

    private static final PresentationVerifier VERIFIER = PresentationVerifier.of(credentials().build());

    private static JsonObject credential(String subject) {
        return StrictJson.PROVIDER.createObjectBuilder(TestSupport.json("/credentials/vc2-example.json"))
                .add("issuer", ISSUER.publicKey().did().toString())
                .add("credentialSubject", StrictJson.PROVIDER.createObjectBuilder().add("id", subject)).build();
    }

    private static String jwt(JsonObject credential) throws Exception {
        return VcJwtSigner.withKeyId(ISSUER.signer()).sign(TestSupport.toBytes(credential));
    }

    private static JsonObject envelope(String id) {
        return StrictJson.PROVIDER.createObjectBuilder().add("@context", V2).add("id", id)
                .add("type", "EnvelopedVerifiableCredential").build();
    }

    /** A presentation of the given members of verifiableCredential, signed by the holder (whose did:key it names). */
    private static byte[] present(JsonObject... enclosed) throws Exception {
        JsonArrayBuilder items = StrictJson.PROVIDER.createArrayBuilder();
        for (JsonObject item : enclosed) {
            items.add(item);
        }
        JsonObjectBuilder vp = StrictJson.PROVIDER.createObjectBuilder()
                .add("@context", StrictJson.PROVIDER.createArrayBuilder().add(V2))
                .add("type", StrictJson.PROVIDER.createArrayBuilder().add("VerifiablePresentation"))
                .add("holder", HOLDER.publicKey().did().toString())
                .add("verifiableCredential", items);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, HOLDER.signer()).contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2026-06-30T09:00:00Z")).build();
        return TestSupport.toBytes(signer.secure(vp.build(), "authentication", EXPECTED, false));
    }

    private static List<FailureCode> codes(PresentationReport report) {
        return report.allFailures().stream().map(Failure::code).toList();
    }

    @Test
    void envelopedVcJwt_isVerifiedAsOnItsOwn_besideAnEmbeddedCredential() throws Exception {
        byte[] embedded = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, ISSUER.signer()).contexts(TestSupport.CONTEXTS)
                .clock(TestSupport.clockAt("2026-06-30T08:00:00Z")).build().sign(TestSupport.toBytes(credential("did:example:other")));
        String token = jwt(credential("did:example:learner"));
        byte[] vp = present(envelope("data:application/vc+jwt," + token), StrictJson.parseObject(embedded));

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.indication()).isEqualTo(Indication.VALID);
        assertThat(report.credentials()).hasSize(2).allMatch(VerificationReport::isValid);
        VerifiedCredential first = report.credentials().get(0).credential().orElseThrow();
        assertThat(first.format()).isEqualTo(VerifiedCredential.Format.VC_JWT);
        assertThat(first.issuer()).isEqualTo(ISSUER.publicKey().did());
        // the same verdict as the VC-JWT verifier's on the token alone
        assertThat(VcJwtVerifier.builder().clock(TestSupport.clockAt("2026-07-01T00:00:00Z")).build().verify(token).isValid()).isTrue();
    }

    @Test
    void envelopedVcJwt_inABase64DataUrl_withParameters_isRead() throws Exception {
        String token = jwt(credential("did:example:learner"));
        String base64 = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.US_ASCII));

        PresentationReport report = VERIFIER.verify(present(envelope("DATA:Application/VC+JWT;charset=US-ASCII;base64," + base64)), EXPECTED);

        assertThat(report.allFailures()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void tamperedEnvelopedVcJwt_isCredentialInvalid_withTheVcJwtReport() throws Exception {
        String token = jwt(credential("did:example:learner"));
        String[] parts = token.split("\\.");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("did:example:learner", "did:example:mallory").getBytes(StandardCharsets.UTF_8));
        // the holder signs over the forged token: the holder's proof holds, the issuer's signature does not
        byte[] vp = present(envelope("data:application/vc+jwt," + parts[0] + "." + forged + "." + parts[2]));

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.CREDENTIAL_INVALID);
        assertThat(report.failures().get(0).location()).isEqualTo("/verifiableCredential/0");
        assertThat(report.proofs()).allMatch(ProofResult::valid);
        assertThat(report.credentials()).singleElement().satisfies(c ->
                assertThat(c.allFailures()).extracting(Failure::code).containsExactly(FailureCode.SIGNATURE_INVALID));
    }

    @Test
    void envelopedCredential_isHeldToTheIssuerBindingPolicy() throws Exception {
        // an https issuer whose document the verifier does not have, signing with its did:key: indeterminate by default
        JsonObject credential = StrictJson.PROVIDER.createObjectBuilder(credential("did:example:learner"))
                .add("issuer", "https://university.example/issuers/1").build();
        String token = VcJwtSigner.withKeyId(ISSUER.signer()).withKeyResolver(KeyResolver.of(List.of(new VerificationMethod(
                ISSUER.publicKey().didKeyVerificationMethod(), java.net.URI.create("https://university.example/issuers/1"),
                ISSUER.publicKey())))).sign(TestSupport.toBytes(credential));
        byte[] vp = present(envelope("data:application/vc+jwt," + token));

        PresentationReport report = VERIFIER.verify(vp, EXPECTED);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.credentials()).singleElement().extracting(VerificationReport::indication).isEqualTo(Indication.INDETERMINATE);

        PresentationReport relaxed = PresentationVerifier.of(credentials().issuerBinding(IssuerBinding.ACCEPT_UNESTABLISHED).build())
                .verify(vp, EXPECTED);
        assertThat(relaxed.indication()).isEqualTo(Indication.VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/vc+sd-jwt", "application/vc+cose", "application/jwt", "text/plain"})
    void anotherMediaType_isCredentialInvalid_namingIt(String mediaType) throws Exception {
        String token = jwt(credential("did:example:learner"));

        PresentationReport report = VERIFIER.verify(present(envelope("data:" + mediaType + "," + token)), EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FailureCode.CREDENTIAL_INVALID);
            assertThat(f.location()).isEqualTo("/verifiableCredential/0/id");
            assertThat(f.message()).contains(mediaType, "application/vc+jwt");
        });
        assertThat(report.credentials()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:application/vc+jwt", "data:application/vc+jwt;base64,@@@", "data:application/vc+jwt,ab%zzcd",
        "data:application vc+jwt,abc", "data:application/vc+jwt;charset,abc", "data:application/vc+jwt,a b"})
    void aDataUrlThatDoesNotDecode_isPresentationMalformed(String url) throws Exception {
        PresentationReport report = VERIFIER.verify(present(envelope(url)), EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FailureCode.PRESENTATION_MALFORMED);
            assertThat(f.location()).isEqualTo("/verifiableCredential/0/id");
            assertThat(f.message()).startsWith("the enveloped credential's data: URL cannot be read: ");
        });
        assertThat(report.proofs()).allMatch(ProofResult::valid);
    }

    @Test
    void anEnvelopeThatBreaksTheDataModel_isDataModelViolation_withItsRule() throws Exception {
        String token = jwt(credential("did:example:learner"));
        JsonObject notADataUrl = envelope(token);
        JsonObject noContext = StrictJson.PROVIDER.createObjectBuilder(envelope("data:application/vc+jwt," + token)).remove("@context").build();

        PresentationReport report = VERIFIER.verify(present(notADataUrl, noContext), EXPECTED);

        assertThat(report.failures()).extracting(Failure::code).containsOnly(FailureCode.DATA_MODEL_VIOLATION);
        assertThat(report.failures()).extracting(Failure::ruleId, Failure::location).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of("VCDM-VP-7"), "/verifiableCredential/0/id"),
                org.assertj.core.groups.Tuple.tuple(Optional.of("VCDM-VP-6"), "/verifiableCredential/1/@context"));
        // the second one's token is still verified
        assertThat(report.credentials()).singleElement().matches(VerificationReport::isValid);
        assertThat(report.indication()).isEqualTo(Indication.INVALID);
    }

    @Test
    void anEnvelopedCredentialOverTheVerifiersLimits_isRefused_asOnItsOwn() throws Exception {
        JsonArrayBuilder many = StrictJson.PROVIDER.createArrayBuilder();
        for (int i = 0; i < 300; i++) {
            many.add("skill-" + i);
        }
        JsonObject big = StrictJson.PROVIDER.createObjectBuilder(credential("did:example:learner"))
                .add("credentialSubject", StrictJson.PROVIDER.createObjectBuilder().add("id", "did:example:learner").add("skills", many))
                .build();
        String token = jwt(big);
        ReadLimits limits = ReadLimits.DEFAULT.withMaxElements(200);
        // the presentation itself is small in elements: the token is one string in it
        byte[] vp = present(envelope("data:application/vc+jwt," + token));
        PresentationVerifier limited = PresentationVerifier.of(credentials().readLimits(limits).build());

        PresentationReport report = limited.verify(vp, EXPECTED);

        assertThat(report.indication()).isEqualTo(Indication.INVALID);
        assertThat(codes(report)).containsExactly(FailureCode.CREDENTIAL_INVALID);
        assertThat(report.credentials()).singleElement().satisfies(c -> {
            assertThat(c.indication()).isEqualTo(Indication.INVALID);
            assertThat(c.malformed()).isTrue();
            assertThat(c.allFailures()).extracting(Failure::code).containsExactly(FailureCode.LIMIT_EXCEEDED);
        });
        // the VC-JWT verifier with the same limits says the same of the token alone
        assertThat(VcJwtVerifier.builder().readLimits(limits).build().verify(token).allFailures())
                .extracting(Failure::code).containsExactly(FailureCode.LIMIT_EXCEEDED);
        // and the default limits take it
        assertThat(VERIFIER.verify(vp, EXPECTED).isValid()).isTrue();
    }

    @Test
    void aCallersVcJwtVerifier_isUsedForEnvelopedCredentials() throws Exception {
        byte[] vp = present(envelope("data:application/vc+jwt," + jwt(credential("did:example:learner"))));
        VcJwtVerifier rsaOnly = VcJwtVerifier.builder().allowedAlgorithms(java.util.Set.of(SignatureAlgorithm.RS256))
                .clock(TestSupport.clockAt("2026-07-01T00:00:00Z")).build();

        PresentationReport report = PresentationVerifier.of(credentials().build(), rsaOnly).verify(vp, EXPECTED);

        assertThat(codes(report)).containsExactly(FailureCode.CREDENTIAL_INVALID);
        assertThat(report.credentials().get(0).allFailures()).extracting(Failure::code).containsExactly(FailureCode.ALGORITHM_NOT_ALLOWED);
    }

    /** The token re-signed by the issuer under another header: the payload as the library's VC-JWT signer wrote it. */
    private static String resigned(String token, String header) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + token.split("\\.")[1];
        return input + "." + b64.encodeToString(ISSUER.signer().sign(input.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aVcJoseCoseHeader_typVcJwt_ctyVc_isAccepted_anotherCtyIsNot() throws Exception {
        String token = jwt(credential("did:example:learner"));
        String kid = ISSUER.publicKey().didKeyVerificationMethod().toString();
        String jose = resigned(token, "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\",\"cty\":\"vc\",\"kid\":\"" + kid + "\"}");
        String other = resigned(token, "{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\",\"cty\":\"vp\",\"kid\":\"" + kid + "\"}");

        assertThat(VERIFIER.verify(present(envelope("data:application/vc+jwt," + jose)), EXPECTED).isValid()).isTrue();
        PresentationReport refused = VERIFIER.verify(present(envelope("data:application/vc+jwt," + other)), EXPECTED);
        assertThat(refused.credentials()).singleElement().satisfies(c ->
                assertThat(c.allFailures()).extracting(Failure::code, Failure::location)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(FailureCode.MALFORMED_HEADER, "header/cty")));
    }

    @Test
    void dataUrl_readsMediaTypeAndContent_andRefusesWhatIsNotOne() {
        DataUrl plain = DataUrl.parse("data:,A%20brief%20note");
        assertThat(plain.mediaType()).isEqualTo("text/plain");
        assertThat(new String(plain.content(), StandardCharsets.US_ASCII)).isEqualTo("A brief note");
        assertThat(new String(DataUrl.parse("data:text/plain;base64,SGVsbG8=").content(), StandardCharsets.US_ASCII)).isEqualTo("Hello");
        assertThatThrownBy(() -> DataUrl.parse("https://example.org/a,b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a data: URL");
        assertThatThrownBy(() -> DataUrl.parse("data:text/plain;base64")).hasMessageContaining("no comma");
        assertThatThrownBy(() -> DataUrl.parse("data:,%4")).hasMessageContaining("two hex digits");
    }
}
