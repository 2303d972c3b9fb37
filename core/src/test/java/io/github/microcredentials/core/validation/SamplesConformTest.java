package io.github.microcredentials.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample, the demo credential among them, conforms to every shipped profile. */
class SamplesConformTest {

    static List<Profile> shippedProfiles() {
        List<Profile> profiles = new ArrayList<>();
        Profiles.names().forEach(name -> profiles.add(Profiles.byName(name)));
        Profiles.institutions().forEach(i -> profiles.add(Profiles.all().and(Profiles.institution(i))));
        return profiles;
    }

    static Stream<Document> samples() {
        return Stream.of(Samples.microCredential(), Samples.progressionBadge(), Samples.learningOpportunity(),
                Samples.standaloneCourse(), Samples.learningPathway(), Samples.microCredentialPathway(),
                Samples.courseDesign());
    }

    static Stream<Arguments> sampleAndProfile() {
        return samples().flatMap(sample -> shippedProfiles().stream().map(p -> Arguments.of(sample, p)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("sampleAndProfile")
    void sample_conformsToShippedProfile(Document sample, Profile profile) {
        Report report = Validator.of(profile).validateDocument(sample);

        assertThat(report.conforms()).as(report.toString()).isTrue();
    }

    @Test
    void demoCredential_hasNoFindingAtAllUnderEveryRule() {
        Validator everything = Validator.builder().profile(Profiles.all()).profile(Profiles.institution("UCN")).build();

        assertThat(everything.validate(Samples.microCredential()).findings()).isEmpty();
        assertThat(everything.validate(Samples.learningOpportunity()).findings()).isEmpty();
    }

    @Test
    void courseDesign_reportsItsUnaddressedConsiderItemsAsInformation() {
        Report report = Validator.of(Profiles.heroes()).validate(Samples.courseDesign());

        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("HE-DESIGN");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(report.findings()).hasSize(9).extracting(Finding::pointer).contains("/items/3.5", "/items/6.9");
    }
}
