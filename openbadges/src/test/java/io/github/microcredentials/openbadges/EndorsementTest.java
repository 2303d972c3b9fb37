package io.github.microcredentials.openbadges;

import io.github.microcredentials.openbadges.model.Endorsement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EndorsementCredentials: read on their own and embedded, checked as Open Badges 3.0 requires. */
class EndorsementTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenBadgesReader reader = OpenBadgesReader.create();

    @Test
    void specificationExample_readsItsEndorserSubjectAndDates() throws Exception {
        byte[] example = SpecExamplesRoundTripTest.sample("spec-endorsement");

        ReadResult<Endorsement> read = reader.readEndorsement(example);

        Endorsement e = read.value();
        assertThat(e.id()).isEqualTo(URI.create("http://1edtech.edu/endorsementcredential/3732"));
        assertThat(e.name()).isEqualTo("SDE endorsement");
        assertThat(e.endorser()).isEqualTo(URI.create("https://state.gov/issuers/565049"));
        assertThat(e.endorserName()).contains("State Department of Education");
        assertThat(e.subject()).isEqualTo(URI.create("https://1edtech.edu/issuers/565049"));
        assertThat(e.comment()).contains("1EdTech University is in good standing");
        assertThat(e.validFrom()).isEqualTo(OffsetDateTime.parse("2010-01-01T00:00:00Z"));
        assertThat(e.validUntil()).contains(OffsetDateTime.parse("2030-01-01T00:00:00Z"));
        assertThat(e.signed()).isFalse();
        assertThat(read.findings().findings()).extracting(f -> f.ruleId() + " " + f.pointer()).containsExactlyInAnyOrder(
                "OB3-ENDORSEMENT-UNSIGNED ", "OB3-UNMAPPED /credentialSchema", "OB3-UNMAPPED /credentialStatus",
                "OB3-UNMAPPED /refreshService");
        assertThat(OfficialSchema.endorsementErrors(new String(example, StandardCharsets.UTF_8))).isEmpty();
        assertThat(reader.isEndorsementCredential(example)).isTrue();
        assertThat(reader.isOpenBadgeCredential(example)).isFalse();
    }

    /** What the official schema requires, the reader requires: both refuse an endorsement without it. */
    @ParameterizedTest
    @ValueSource(strings = {"/id", "/name", "/issuer", "/validFrom", "/credentialSubject", "/credentialSubject/id",
        "/credentialSubject/type", "/type", "/@context", "/issuer/id"})
    void endorsementWithoutARequiredMember_isRefusedAsTheSchemaRefusesIt(String member) throws Exception {
        ObjectNode endorsement = (ObjectNode) JSON.readTree(SpecExamplesRoundTripTest.sample("spec-endorsement"));
        int cut = member.lastIndexOf('/');
        ((ObjectNode) endorsement.at(member.substring(0, cut))).remove(member.substring(cut + 1));
        byte[] bytes = JSON.writeValueAsBytes(endorsement);

        assertThat(OfficialSchema.endorsementErrors(new String(bytes, StandardCharsets.UTF_8))).isNotEmpty();
        assertThatThrownBy(() -> reader.readEndorsement(bytes)).isInstanceOfSatisfying(CredentialParseException.class,
                e -> assertThat(e.location()).startsWith(member.equals("/credentialSubject/type") ? "/credentialSubject" : member));
    }

    @Test
    void signedEndorsement_hasNoUnsignedFinding_andItsProofIsReportedAsUnchecked() throws Exception {
        ObjectNode endorsement = (ObjectNode) JSON.readTree(SpecExamplesRoundTripTest.sample("spec-endorsement"));
        endorsement.putArray("proof").addObject().put("type", "DataIntegrityProof").put("cryptosuite", "eddsa-rdfc-2022");

        ReadResult<Endorsement> read = reader.readEndorsement(JSON.writeValueAsBytes(endorsement));

        assertThat(read.value().signed()).isTrue();
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_UNSIGNED)).isEmpty();
        assertThat(read.findings().findings(OpenBadgesReader.PROOF)).hasSize(1);
    }

    @Test
    void endorsementsEmbeddedInTheCompleteExample_areCheckedWhereTheyAre() throws Exception {
        ReadResult<MicroCredential> read = reader.read(SpecExamplesRoundTripTest.sample("spec-complete"));

        // The specification's example endorses the issuer inside the credential and the achievement:
        // the subject of those two is not what they are embedded in.
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_SUBJECT)).extracting(Finding::pointer)
                .containsExactlyInAnyOrder("/endorsement/0/credentialSubject/id",
                        "/credentialSubject/achievement/endorsement/0/credentialSubject/id");
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_INVALID)).isEmpty();
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_UNSIGNED)).isEmpty();
    }

    @Test
    void endorsementJwt_isReadFromItsPayload_andABrokenOneIsReported() throws Exception {
        ObjectNode credential = (ObjectNode) JSON.readTree(SpecExamplesRoundTripTest.sample("spec-basic"));
        JsonNode endorsement = JSON.readTree(SpecExamplesRoundTripTest.sample("spec-endorsement"));
        ((ObjectNode) endorsement.get("credentialSubject")).put("id", credential.get("id").asText());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(endorsement));
        credential.putArray("endorsementJwt").add("eyJhbGciOiJSUzI1NiJ9." + payload + ".c2ln").add("not a jws");

        ReadResult<MicroCredential> read = reader.read(JSON.writeValueAsBytes(credential));

        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_INVALID)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/endorsementJwt/1"));
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_SUBJECT)).isEmpty();
        assertThat(read.findings().findings(OpenBadgesReader.ENDORSEMENT_UNSIGNED)).isEmpty();
        assertThat(read.findings().findings(OpenBadgesReader.UNMAPPED)).extracting(Finding::pointer).contains("/endorsementJwt");
    }

    @Test
    void embeddedEndorsementsSurviveTheRoundTrip() throws Exception {
        MicroCredential read = reader.read(SpecExamplesRoundTripTest.sample("spec-complete")).value();

        JsonNode written = JSON.readTree(OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build().writeBytes(read));

        JsonNode original = JSON.readTree(SpecExamplesRoundTripTest.sample("spec-complete"));
        assertThat(written.get("endorsement")).isEqualTo(original.get("endorsement"));
        assertThat(written.at("/credentialSubject/achievement/endorsement")).isEqualTo(original.at("/credentialSubject/achievement/endorsement"));
        assertThat(Optional.of(written.at("/issuer/endorsement"))).contains(original.at("/issuer/endorsement"));
    }

    @Test
    void achievementCredential_isNotAnEndorsement() {
        assertThatThrownBy(() -> reader.readEndorsement(SpecExamplesRoundTripTest.sample("spec-basic")))
                .isInstanceOfSatisfying(CredentialParseException.class, e -> assertThat(e.location()).isEqualTo("/type"));
    }
}
