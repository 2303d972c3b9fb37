package io.github.microcredentials.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.testing.ValueTypeChecks;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The aggregates that are final classes with builders rather than records (they have many
 * optional elements and will gain more) must still behave as values: equal by every element, a
 * hash code to match, {@code toBuilder()} copying every element.
 */
class ValueTypesTest {

    private static final URI OTHER_ID = URI.create("urn:uuid:00000000-0000-4000-8000-000000000001");

    static Organisation fullOrganisation() {
        return Samples.ucn().toBuilder()
                .legalIdentifier(LegalIdentifier.of("DK-30 13 64 54", new Country("DK")))
                .eidasIdentifier(LegalIdentifier.of("VATDK-30136454", new Country("DK")))
                .region(Region.atu("DNK_NJY"))
                .build();
    }

    static Learner fullLearner() {
        return Samples.microCredential().learner().orElseThrow().toBuilder()
                .nationalId(LegalIdentifier.of("170498-1234", new Country("DK")))
                .build();
    }

    static LearningOutcome fullOutcome() {
        return Samples.learningOutcomes().get(0);
    }

    static Assessment fullAssessment() {
        return Samples.microCredential().assessments().get(0);
    }

    static MicroCredential fullCredential() {
        return Samples.microCredential().toBuilder()
                .learner(fullLearner())
                .addIssuerRegion(Region.atu("DNK_NJY"))
                .issuer(fullOrganisation())
                .validUntil(OffsetDateTime.parse("2036-06-30T10:00:00+02:00"))
                .addPreserved(new PreservedData("edc", "{\"add\": [{\"id\": \"urn:epass:person:1\", \"gender\": []}]}"))
                .addCredentialStatus(BitstringStatusListEntry.revocation(URI.create("https://www.ucn.dk/status/1"), 94567))
                .build();
    }

    static LearningOpportunity fullOpportunity() {
        return Samples.learningOpportunity().toBuilder()
                .endDate(LocalDate.of(2026, 10, 16))
                .addConfirmation(Confirmation.of(AnnexElement.LEARNING_OUTCOMES, ConfirmationRole.PROGRAMME_COMMITTEE))
                .build();
    }

    @Test
    void microCredential_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullCredential(), mc -> mc.toBuilder().build());
    }

    @Test
    void learningOpportunity_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullOpportunity(), lo -> lo.toBuilder().build());
    }

    @Test
    void learner_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullLearner(), l -> l.toBuilder().build());
    }

    @Test
    void organisation_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullOrganisation(), o -> o.toBuilder().build());
    }

    @Test
    void assessment_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullAssessment(), a -> a.toBuilder().build());
    }

    @Test
    void learningOutcome_isEqualByEveryElement() {
        ValueTypeChecks.behavesAsAValue(fullOutcome(), o -> o.toBuilder().build());
    }

    @Test
    void preservedData_isEqualByFormatAndJsonContent_notByWhiteSpace() {
        new EqualsTester()
                .addEqualityGroup(new PreservedData("edc", "{\"a\": [1, \"x\"]}"), new PreservedData("edc", "{ \"a\":[1,\n\"x\"] }"))
                .addEqualityGroup(new PreservedData("ob3", "{\"a\": [1, \"x\"]}"))
                .addEqualityGroup(new PreservedData("edc", "{\"a\": [\"x\", 1]}"))
                .testEquals();
    }

    @Test
    void preservedData_refusesWhatIsNotAJsonObjectOrAFormatName() {
        assertThatThrownBy(() -> new PreservedData("edc", "[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreservedData("edc", "{\"a\": 1} {}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreservedData("edc", "{\"a\": 1, \"a\": 2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PreservedData("EDC", "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PreservedData("edc", "{\"name\": \"Ana\"}").toString()).doesNotContain("Ana");
    }

    @Test
    void preservedData_ofOneFormat_replacesTheEarlierOne() {
        MicroCredential mc = MicroCredential.builder(OTHER_ID).addPreserved(new PreservedData("edc", "{\"v\": 1}"))
                .addPreserved(new PreservedData("ob3", "{}")).addPreserved(new PreservedData("edc", "{\"v\": 2}")).build();

        assertThat(mc.preserved()).extracting(PreservedData::format).containsExactly("ob3", "edc");
        assertThat(mc.preserved("edc")).contains(new PreservedData("edc", "{\"v\": 2}"));
    }

    @Test
    void builtTwice_theSameValuesAreEqual_andDifferentOnesAreNot() {
        new EqualsTester()
                .addEqualityGroup(MicroCredential.builder(Samples.CREDENTIAL_ID).build(),
                        MicroCredential.builder(Samples.CREDENTIAL_ID).build())
                .addEqualityGroup(MicroCredential.builder(OTHER_ID).build())
                .addEqualityGroup(Samples.microCredential(), Samples.microCredential())
                .addEqualityGroup(Samples.progressionBadge())
                .addEqualityGroup(Samples.learningOpportunity(), Samples.learningOpportunity())
                .addEqualityGroup(Samples.standaloneCourse())
                .addEqualityGroup(LearningOpportunity.builder(Samples.CREDENTIAL_ID).build())
                .testEquals();
    }

    @Test
    void toString_namesTheTypeAndIdentifier_andNoPersonalData() {
        MicroCredential mc = fullCredential();

        assertThat(mc.toString()).isEqualTo("MicroCredential[id=" + Samples.CREDENTIAL_ID + "]");
        assertThat(fullOpportunity().toString()).isEqualTo("LearningOpportunity[id=" + Samples.OPPORTUNITY_ID + "]");
        assertThat(fullLearner().toString()).doesNotContain("Sofie", "Nielsen", "1998", "170498", "UCN-2026");
        assertThat(fullOutcome().toString()).startsWith("LearningOutcome[id=lo-1, text=");
        assertThat(fullAssessment().toString()).startsWith("Assessment[id=as-1, title=");
        assertThat(fullOrganisation().toString()).startsWith("Organisation[id=https://www.ucn.dk, legalName=");
    }
}
