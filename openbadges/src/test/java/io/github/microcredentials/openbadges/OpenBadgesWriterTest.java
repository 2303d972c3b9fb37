package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.model.Learner;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.model.LocalizedString;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.vocab.CredentialKind;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpenBadgesWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final URI DID = URI.create("did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");

    static Stream<MicroCredential> samples() {
        return Stream.of(Samples.microCredential(), Samples.progressionBadge(),
                Samples.progressionBadge().toBuilder().kind(CredentialKind.CERTIFICATE_OF_COMPLETION).build());
    }

    static Stream<OpenBadgesWriter> writers() {
        return Stream.of(OpenBadgesWriter.create(),
                OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build(),
                OpenBadgesWriter.builder().issuerId(DID).image(URI.create("https://www.ucn.dk/badges/fair.png"),
                        "FAIR Research Data Management badge").build());
    }

    static Stream<Object[]> samplesAndWriters() {
        return samples().flatMap(sample -> writers().map(writer -> new Object[] {sample, writer}));
    }

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @ParameterizedTest
    @MethodSource("samplesAndWriters")
    void sample_validatesAgainstTheOfficialJsonSchema(MicroCredential sample, OpenBadgesWriter writer) {
        assertThat(OfficialSchema.errors(writer.write(sample))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samplesAndWriters")
    void sample_expandsInSafeModeWithTheBundledContextsOnly(MicroCredential sample, OpenBadgesWriter writer)
            throws JsonLdError {
        assertThat(SafeMode.expand(writer.write(sample))).isNotEmpty();
    }

    @Test
    void schemaCheck_canFail_whenTheAchievementHasNoName() throws Exception {
        ObjectNode credential = (ObjectNode) tree(OpenBadgesWriter.create().write(Samples.microCredential()));
        ((ObjectNode) credential.at("/credentialSubject/achievement")).remove("name");
        credential.put("validFrom", "30 June 2026");

        assertThat(OfficialSchema.errors(credential.toString())).hasSize(2);
    }

    @Test
    void safeModeCheck_canFail_onATermNoContextDefines() throws Exception {
        ObjectNode credential = (ObjectNode) tree(OpenBadgesWriter.create().write(Samples.microCredential()));
        ((ObjectNode) credential.at("/credentialSubject/achievement")).put("ectsValue", 3);

        assertThatThrownBy(() -> SafeMode.expand(credential.toString())).isInstanceOf(JsonLdError.class);
    }

    @Test
    void microCredential_hasTheContextsTypesAndOpenBadgesTermsTheIssueAsksFor() throws Exception {
        JsonNode json = tree(OpenBadgesWriter.create().write(Samples.microCredential()));
        JsonNode achievement = json.at("/credentialSubject/achievement");

        assertThat(json.get("@context")).containsExactly(MAPPER.valueToTree(OpenBadges.VC_V2_CONTEXT.toString()),
                MAPPER.valueToTree(OpenBadges.CONTEXT.toString()), MAPPER.valueToTree(OpenBadges.EXTENSION_CONTEXT_URL));
        assertThat(json.get("type").toString()).isEqualTo("[\"VerifiableCredential\",\"OpenBadgeCredential\"]");
        assertThat(json.get("validFrom").asText()).isEqualTo("2026-06-30T10:00:00+02:00");
        assertThat(json.at("/issuer/type").toString()).isEqualTo("[\"Profile\"]");
        assertThat(achievement.get("achievementType").asText()).isEqualTo("MicroCredential");
        assertThat(achievement.get("creditsAvailable").decimalValue()).isEqualByComparingTo("3");
        assertThat(achievement.get("creditUnit").asText()).isEqualTo("ECTS");
        assertThat(achievement.get("inLanguage").asText()).isEqualTo("en");
        assertThat(achievement.get("fieldOfStudy").asText()).isEqualTo("0688");
        assertThat(achievement.at("/criteria/narrative").asText()).startsWith("Learning outcomes achieved:\n\n- Design");
        assertThat(achievement.at("/alignment/0/targetFramework").asText()).isEqualTo("ESCO");
        assertThat(achievement.at("/alignment/0/targetUrl").asText()).startsWith("http://data.europa.eu/esco/skill/");
        assertThat(achievement.at("/alignment/3/targetUrl").asText()).isEqualTo("http://data.europa.eu/snb/eqf/6");
        assertThat(achievement.at("/resultDescription/0/allowedValue").toString()).isEqualTo("[\"Fail\",\"Pass\"]");
        assertThat(json.at("/credentialSubject/result/0/value").asText()).isEqualTo("Pass");
        assertThat(json.at("/credentialSubject/result/0/resultDescription").asText())
                .isEqualTo(achievement.at("/resultDescription/0/id").asText());
    }

    @Test
    void image_isAnObjectWhoseTypeIsAString() throws Exception {
        JsonNode json = tree(OpenBadgesWriter.builder().image(URI.create("https://example.org/b.png"), null).build()
                .write(Samples.microCredential()));

        assertThat(json.at("/image").toString()).isEqualTo("{\"id\":\"https://example.org/b.png\",\"type\":\"Image\"}");
        assertThat(json.at("/credentialSubject/achievement/image")).isEqualTo(json.at("/image"));
    }

    @Test
    void progressionBadge_isABadgeThatShowsNoEcts_evenWhenTheModelHasCredits() throws Exception {
        MicroCredential badge = Samples.progressionBadge().toBuilder()
                .workload(new Workload(java.util.Optional.of(EctsCredits.of(2.5)), java.util.Optional.of(Duration.ofHours(67)),
                        java.util.Optional.empty()))
                .assessments(Samples.microCredential().assessments())
                .learningActivities(Samples.microCredential().learningActivities())
                .build();

        String json = OpenBadgesWriter.create().write(badge);

        assertThat(tree(json).at("/credentialSubject/achievement/achievementType").asText()).isEqualTo("Badge");
        assertThat(json).doesNotContain("creditsAvailable", "ectsCredits", "Credits\"", "ECTS\"");
        assertThat(tree(json).at("/credentialSubject/achievement/notionalWorkload").asText()).isEqualTo("PT67H");
    }

    @Test
    void hashedIdentity_isTheSaltedSha256TheSpecificationDefines() throws Exception {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .learner(Learner.builder().email("a@example.com").build()).build();

        JsonNode identity = tree(OpenBadgesWriter.builder().saltSource(() -> "Kosher").build().write(mc))
                .at("/credentialSubject/identifier/0");

        // The example of OB 3.0 IdentityHash: 'a@example.com' salted with 'Kosher'.
        assertThat(identity.get("identityHash").asText())
                .isEqualTo("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399");
        assertThat(identity.get("salt").asText()).isEqualTo("Kosher");
        assertThat(identity.get("hashed").asBoolean()).isTrue();
        assertThat(identity.get("identityType").asText()).isEqualTo("emailAddress");
        assertThat(tree(OpenBadgesWriter.create().write(mc)).has("id")).isTrue();
    }

    @Test
    void learnerWithNamesOnly_isIdentifiedByTheNameShown() throws Exception {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .learner(Learner.builder().givenName("Ana").familyName("Andromeda").build()).build();

        JsonNode subject = tree(OpenBadgesWriter.create().write(mc)).at("/credentialSubject");

        assertThat(subject.at("/identifier/0/identityType").asText()).isEqualTo("name");
        assertThat(subject.at("/identifier/0/identityHash").asText()).isEqualTo("Ana Andromeda");
        assertThat(subject.at("/learnerProfile").has("name")).isFalse();
    }

    @Test
    void learnerWithoutId_isIdentifiedByTheHashedEmailOnly() throws Exception {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .learner(Learner.builder().email("sofie.nielsen@example.org").build()).build();

        String json = OpenBadgesWriter.create().write(mc);

        assertThat(tree(json).at("/credentialSubject").has("id")).isFalse();
        assertThat(json).doesNotContain("sofie.nielsen@example.org");
        assertThat(OfficialSchema.errors(json)).isEmpty();
    }

    @Test
    void issuerId_isTheProfileIdAndTheOrganisationsUriIsKept() throws Exception {
        JsonNode json = tree(OpenBadgesWriter.builder().issuerId(DID).build().write(Samples.microCredential()));

        assertThat(json.at("/issuer/id").asText()).isEqualTo(DID.toString());
        assertThat(json.at("/issuer/organisationId").asText()).isEqualTo("https://www.ucn.dk");
        assertThat(json.at("/awardingBody/0").asText()).isEqualTo(DID.toString());
    }

    @Test
    void output_isDeterministicForAFixedSaltSource() {
        OpenBadgesWriter writer = OpenBadgesWriter.builder().saltSource(() -> "salt").build();

        MicroCredential danishFirst = Samples.microCredential().toBuilder()
                .title(LocalizedString.of("da", "FAIR forskningsdatahåndtering").with("en", "FAIR Research Data Management"))
                .build();

        assertThat(danishFirst).isEqualTo(Samples.microCredential());
        assertThat(writer.writeBytes(danishFirst)).isEqualTo(writer.writeBytes(Samples.microCredential()));
        assertThat(OpenBadgesWriter.create().write(Samples.microCredential()))
                .isNotEqualTo(OpenBadgesWriter.create().write(Samples.microCredential()));
    }

    @Test
    void credentialWithoutWhatOpenBadgesRequires_isRejectedNamingTheElement() {
        MicroCredential sample = Samples.microCredential();
        OpenBadgesWriter writer = OpenBadgesWriter.create();

        assertThatThrownBy(() -> writer.write(sample.toBuilder().title(null).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title (CR-M2)");
        assertThatThrownBy(() -> writer.write(sample.toBuilder().issued(null).build()))
                .hasMessageContaining("date of issuing (CR-M5)");
        assertThatThrownBy(() -> writer.write(sample.toBuilder().awardingBodies(List.of()).build()))
                .hasMessageContaining("awarding body (CR-M4)");
        assertThatThrownBy(() -> writer.write(sample.toBuilder().learner(Learner.builder()
                .dateOfBirth(java.time.LocalDate.of(2000, 1, 1)).build()).build()))
                .hasMessageContaining("does not identify the learner (CR-M1)");
    }

    @Test
    void issuerId_mustBeAbsolute() {
        assertThatThrownBy(() -> OpenBadgesWriter.builder().issuerId(URI.create("issuers/1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
