package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.LegalIdentifier;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.vocab.Country;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.openbadges.IdentityDisclosure;
import io.github.microcredentials.openbadges.OpenBadgesReader;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Open Badges 3.0 → EDC, as {@code convert --to edc} does it: for every 1EdTech example and every
 * {@code achievementType} (all of the enumeration, none, and an {@code ext:} value) no exception,
 * (the examples include those of the specification's other documents, under {@code more/}, two of
 * them without the achievement Open Badges requires),
 * and the writer says "conforms" exactly when the EU shapes (Apache Jena) say so. The 1EdTech
 * examples cannot conform (their issuers have no eIDAS identifier and no country, which the shapes
 * require); a complete credential of every type does.
 */
class OpenBadgesToEdcTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"spec-basic", "spec-basic-vc11", "spec-complete", "spec-skill-assertion-case",
        "spec-achievementAlignmentCase", "spec-achievementAlignmentCe", "spec-skillAssertionCtdl",
        "spec-ldp-testvector-signed", "spec-ldp-testvector-unsigned",
        "more/spec-basicOpenBadgeCredential", "more/spec-docformat-Sample-OpenBadgeCredential-file-contents", "more/spec-equality-and-comparison-Sample-credential-A", "more/spec-equality-and-comparison-Sample-credential-C", "more/spec-fullOpenBadge", "more/spec-migrating-Upgraded-OB-2-0-assertion-included-within-CLR-2-0", "more/spec-recommended-practices-Achievement-alignment-CASE", "more/spec-recommended-practices-Skill-Assertion-Credential-Registry", "more/spec-skillAssertionCase", "more/spec-examples-5", "more/spec-readme-Sample-assertion-credential"})
    void oneEdTechExample_toEdc_isJudgedAsTheShapesJudgeIt(String name) throws Exception {
        MicroCredential mc = OpenBadgesReader.create().read(Fixtures.bytes("ob3/" + name + ".json")).value();

        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        List<String> jena = Shacl.violations(Shacl.validate(result.bytes()));
        assertThat(result.conforms()).isEqualTo(jena.isEmpty());
        assertThat(result.findings().findings(EdcFindings.SHAPE)).hasSameSizeAs(jena);
        assertThat(result.findings().findings(EdcFindings.SHAPE)).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).containsAnyOf("eidasLegalIdentifier", "issuer (issuer) needs at least 1"));
    }

    @org.junit.jupiter.api.Test
    void thirdPartyMicroCredential_toEdc_isJudgedAsTheShapesJudgeIt() throws Exception {
        MicroCredential mc = OpenBadgesReader.create().read(Fixtures.bytes("ob3/mynextid-open-badge-mc-example.json")).value();

        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        List<String> jena = Shacl.violations(Shacl.validate(result.bytes()));
        assertThat(result.conforms()).isEqualTo(jena.isEmpty());
        assertThat(result.findings().findings(EdcFindings.SHAPE)).hasSameSizeAs(jena);
        assertThat(SafeMode.check(result.bytes())).isEmpty();
    }

    static Stream<String> achievementTypes() {
        List<String> types = new ArrayList<>();
        CredentialKind.vocabulary().values().forEach(k -> types.add(k.openBadgesTerm().orElseThrow()));
        types.add("ext:MicroMasters");
        types.add("");
        return types.stream();
    }

    @ParameterizedTest
    @MethodSource("achievementTypes")
    void everyAchievementType_ofAnExample_isJudgedAsTheShapesJudgeIt(String type) throws Exception {
        ObjectNode example = (ObjectNode) JSON.readTree(Fixtures.bytes("ob3/spec-basic.json"));
        setType(example, type);
        MicroCredential mc = OpenBadgesReader.create().read(JSON.writeValueAsBytes(example)).value();

        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        assertThat(result.conforms()).isEqualTo(Shacl.violations(Shacl.validate(result.bytes())).isEmpty());
        assertTypeWarning(result, type);
    }

    @ParameterizedTest
    @MethodSource("achievementTypes")
    void everyAchievementType_ofACompleteCredential_givesAConformingEdc(String type) throws Exception {
        MicroCredential complete = Samples.microCredential().toBuilder().issuer(Samples.ucn().toBuilder()
                .eidasIdentifier(LegalIdentifier.of("VATDK-30827651", new Country("DK"))).build()).build();
        ObjectNode badge = (ObjectNode) JSON.readTree(OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN)
                .build().writeBytes(complete));
        setType(badge, type);
        ReadResult<MicroCredential> read = OpenBadgesReader.create().read(JSON.writeValueAsBytes(badge));

        EdcWriter.Result result = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(read.value());

        assertThat(result.conforms()).as("%s", result.findings()).isTrue();
        assertThat(Shacl.violations(Shacl.validate(result.bytes()))).isEmpty();
        assertThat(SafeMode.check(result.bytes())).isEmpty();
        assertTypeWarning(result, type);
        // And the EDC reads back as the same kind.
        assertThat(EdcReader.create().read(result.bytes()).value().kind()).isEqualTo(read.value().kind());
    }

    private static void setType(ObjectNode credential, String type) {
        ObjectNode achievement = (ObjectNode) credential.at("/credentialSubject/achievement");
        achievement.remove("credentialKind");
        if (type.isEmpty()) {
            achievement.remove("achievementType");
        } else {
            achievement.put("achievementType", type);
        }
    }

    /** A warning naming the value exactly where ELM states the type only approximately. */
    private static void assertTypeWarning(EdcWriter.Result result, String type) {
        boolean exact = type.isEmpty() || type.equals("Achievement") || type.equals("Course") || type.equals("LearningProgram")
                || type.equals("MicroCredential") || type.equals("ApprenticeshipCertificate");
        List<Finding> warnings = result.findings().findings(EdcFindings.ACHIEVEMENT_TYPE);
        if (exact) {
            assertThat(warnings).isEmpty();
        } else {
            String value = type.startsWith("ext:") ? type.substring(4) : type;
            assertThat(warnings).singleElement().satisfies(w -> assertThat(w.value()).contains(value));
        }
    }
}
