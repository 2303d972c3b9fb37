package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.ects.EctsCredits;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Skill;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Severity;
import io.github.microcredentials.core.vocab.CredentialKind;
import io.github.microcredentials.core.vocab.Language;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OpenBadgesReaderTest {

    private final OpenBadgesReader reader = OpenBadgesReader.create();
    private final OpenBadgesWriter plain = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build();

    static Stream<MicroCredential> samples() {
        return OpenBadgesWriterTest.samples();
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = OpenBadgesReaderTest.class.getResourceAsStream("/ob3/samples/" + name + ".json")) {
            return in.readAllBytes();
        }
    }

    private static List<String> pointers(ReadResult<?> read, String rule) {
        return read.findings().findings(rule).stream().map(f -> f.pointer()).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ownOutput_readsBackEqual_withoutFindings(MicroCredential sample) throws CredentialParseException {
        byte[] written = plain.writeBytes(sample);

        ReadResult<MicroCredential> read = reader.read(written);

        assertThat(read.findings().findings()).isEmpty();
        assertThat(read.value()).isEqualTo(sample);
        assertThat(plain.writeBytes(read.value())).isEqualTo(written);
    }

    @Test
    void hashedEmail_isReportedAndIsTheOnlyDifference() throws CredentialParseException {
        MicroCredential sample = Samples.microCredential();

        String hashed = OpenBadgesWriter.create().write(sample);
        ReadResult<MicroCredential> read = reader.read(hashed);

        assertThat(read.findings().findings()).extracting(f -> f.ruleId() + " " + f.severity() + " " + f.pointer())
                .containsExactly("OB3-HASHED-IDENTITY INFO /credentialSubject/identifier/1", "OB3-PRESERVED INFO ");
        assertThat(read.value().toBuilder().preserved(List.of()).build()).isEqualTo(sample.toBuilder()
                .learner(sample.learner().orElseThrow().toBuilder().email(null).build()).build());
        // The hashed identity the model cannot hold is preserved, and written back as it was.
        String hash = hashed.substring(hashed.indexOf("sha256$"), hashed.indexOf("sha256$") + 71);
        assertThat(OpenBadgesWriter.create().write(read.value())).contains(hash);
    }

    @Test
    void issuerDid_readsBackTheOrganisation() throws CredentialParseException {
        OpenBadgesWriter writer = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN)
                .issuerId(URI.create("did:web:ucn.dk")).build();
        MicroCredential withSeparateIssuer = Samples.microCredential().toBuilder()
                .issuer(Samples.ucn()).addAwardingBody(Samples.halmstad()).build();

        for (MicroCredential mc : List.of(Samples.microCredential(), withSeparateIssuer)) {
            ReadResult<MicroCredential> read = reader.read(writer.write(mc));
            assertThat(read.findings().findings()).isEmpty();
            assertThat(read.value()).isEqualTo(mc);
        }
    }

    @Test
    void editedDerivedText_isReported() throws CredentialParseException {
        String json = plain.write(Samples.microCredential()).replace("\"name\": \"FAIR Research Data Management\",",
                "\"name\": \"FAIR RDM (edited)\",");

        ReadResult<MicroCredential> read = reader.read(json);

        assertThat(pointers(read, OpenBadgesReader.UNMAPPED)).containsExactly("/name", "/credentialSubject/achievement/name");
        assertThat(read.value().title()).isEqualTo(Samples.microCredential().title());
    }

    @Test
    void myNextIdMicroCredential_readsWithItsGapsReported() throws IOException, CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(sample("mynextid-open-badge-mc-example"));
        MicroCredential mc = read.value();

        assertThat(mc.kind()).isEqualTo(CredentialKind.MICRO_CREDENTIAL);
        assertThat(mc.title().orElseThrow().text()).isEqualTo("Data Science Fundamentals");
        assertThat(mc.awardingBodies()).singleElement().satisfies(org -> {
            assertThat(org.legalName().text()).isEqualTo("NETIS d.o.o.");
            assertThat(org.eidasIdentifier().orElseThrow().notation()).startsWith("urn:epass:legalIdentifier:");
        });
        assertThat(mc.workload().flatMap(Workload::credits)).contains(EctsCredits.of(5));
        assertThat(mc.skills()).extracting(Skill::isEsco).containsExactly(true, true);
        assertThat(mc.languages()).containsExactly(Language.ENGLISH);
        assertThat(mc.issued()).contains(OffsetDateTime.parse("2026-01-12T07:04:19Z"));
        assertThat(mc.learner().orElseThrow().id()).contains(URI.create("urn:uuid:754208fc-d60e-4977-897f-54f58ed54707"));
        assertThat(pointers(read, OpenBadgesReader.HASHED_IDENTITY)).containsExactly("/credentialSubject/identifier/0");
        assertThat(pointers(read, OpenBadgesReader.CREDIT_UNIT))
                .containsExactly("/credentialSubject/achievement/creditsAvailable");
        assertThat(pointers(read, OpenBadgesReader.INVALID_VALUE)).containsExactly("/credentialSubject/achievement/fieldOfStudy");
        assertThat(pointers(read, OpenBadgesReader.UNMAPPED)).containsExactlyInAnyOrder("/image",
                "/credentialSubject/achievement/criteria", "/credentialSubject/achievement/image",
                "/credentialSubject/achievement/tag", "/credentialSubject/achievement/specialization",
                "/credentialSubject/achievement/humanCode", "/credentialSubject/achievement/alignment/0/targetDescription",
                "/credentialSubject/achievement/alignment/1/targetDescription", "/credentialSubject/achievement/creator");
    }

    @Test
    void specificationBasicExample_reportsTheCredentialNameAndCriteria() throws IOException, CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(sample("spec-basic"));

        assertThat(read.value().title().orElseThrow().text()).isEqualTo("Teamwork");
        assertThat(read.value().kind().code()).isEqualTo("achievement");
        assertThat(read.value().kind().openBadgesTerm()).contains("Achievement");
        assertThat(read.value().specification())
                .contains(URI.create("https://example.com/achievements/21st-century-skills/teamwork"));
        assertThat(pointers(read, OpenBadgesReader.UNMAPPED))
                .containsExactly("/name", "/credentialSubject/achievement/criteria");
    }

    @Test
    void specificationCompleteExample_readsGradeAndReportsEveryGap() throws IOException, CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(sample("spec-complete"));
        MicroCredential mc = read.value();

        assertThat(mc.kind().code()).isEqualTo("degree");
        assertThat(mc.grade().orElseThrow().value()).isEqualTo("A");
        assertThat(mc.grade().orElseThrow().scheme().orElseThrow().allowedValues()).containsExactly("D", "C", "B", "A");
        assertThat(mc.learner().orElseThrow().email()).contains("student@1edtech.edu");
        assertThat(mc.awardingBodies().get(0).country().orElseThrow().code()).isEqualTo("US");
        assertThat(pointers(read, OpenBadgesReader.UNMAPPED)).contains("/evidence", "/endorsement", "/credentialStatus",
                "/credentialSchema", "/refreshService", "/credentialSubject/source", "/credentialSubject/creditsEarned",
                "/credentialSubject/result/1", "/credentialSubject/achievement/resultDescription/1",
                "/issuer/address/streetAddress", "/issuer/parentOrg");
        assertThat(read.findings().findings()).allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
    }

    @Test
    void specificationSkillAssertion_readsTheCaseAlignmentAsASkill() throws IOException, CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(sample("spec-skill-assertion-case"));

        assertThat(read.value().skills()).singleElement().extracting(Skill::uri).isEqualTo(
                URI.create("https://robotics-competencies.example.com/competencies/robot-programming"));
        assertThat(pointers(read, OpenBadgesReader.UNMAPPED)).contains(
                "/credentialSubject/achievement/alignment/0/targetFramework", "/evidence");
    }

    @Test
    void vc11Credential_isReadAndReportedAsLegacy() throws IOException, CredentialParseException {
        ReadResult<MicroCredential> read = reader.read(sample("spec-basic-vc11"));

        assertThat(read.findings().findings(OpenBadgesReader.LEGACY_VC11)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/@context/0"));
        assertThat(read.value().issued()).contains(OffsetDateTime.parse("2010-01-01T00:00:00Z"));
        assertThat(read.value().awardingBodies().get(0).legalName().text()).isEqualTo("Example Corp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json                                                  | MALFORMED        | ''",
        "[]                                                        | WRONG_TYPE       | ''",
        "{\"a\": 1, \"a\": 2}                                      | DUPLICATE_KEY    | /a",
        "{\"type\": [\"VerifiableCredential\"]}                    | MISSING_PROPERTY | /@context",
        "{\"@context\": [\"https://example.org/ctx\"]}             | UNSUPPORTED      | /@context",
        "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"]} | UNSUPPORTED     | /@context",
    })
    void malformedInput_throwsNamingThePointer(String json, Problem problem, String pointer) {
        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(CredentialParseException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.location()).isEqualTo(pointer);
            assertThat(e.getMessage()).startsWith(pointer.isEmpty() ? "at document root" : "at " + pointer);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"validFrom\": \"2026-06-30T10:00:00+02:00\",          | ''                                                   | MISSING_PROPERTY | /validFrom",
        "\"2026-06-30T10:00:00+02:00\"                         | \"2026-06-30T10:00:00\"                               | INVALID_VALUE    | /validFrom",
        "\"OpenBadgeCredential\"                               | \"ExampleCredential\"                                 | UNSUPPORTED      | /type",
        "\"credentialSubject\": {                              | \"credentialSubject\": 7, \"x\": {                     | WRONG_TYPE       | /credentialSubject",
        "\"creditsAvailable\": 3,                              | \"creditsAvailable\": \"3\",                           | WRONG_TYPE       | /credentialSubject/achievement/creditsAvailable",
        "\"ectsCredits\": 0.5,                                 | \"ectsCredits\": 0.555,                                | INVALID_VALUE    | /credentialSubject/assessment/0/ectsCredits",
        "\"localId\": \"lo-2\",                                | \"localId\": \"lo-1\",                                 | INVALID_VALUE    | ''",
    })
    void brokenCredential_throwsNamingThePointer(String from, String to, Problem problem, String pointer) {
        String json = plain.write(Samples.microCredential()).replace(from, to);

        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(CredentialParseException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.location()).isEqualTo(pointer);
        });
    }

    @Test
    void credentialWithoutAchievement_isReadWithoutTitle_andReported() throws CredentialParseException {
        // The specification's readme and examples page show such credentials.
        String json = plain.write(Samples.microCredential()).replace("\"achievement\": {", "\"achievementX\": {");

        ReadResult<MicroCredential> read = reader.read(json);

        assertThat(read.value().title()).isEmpty();
        assertThat(read.findings().findings(OpenBadgesReader.ACHIEVEMENT_MISSING)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/credentialSubject"));
        assertThat(pointers(read, OpenBadgesReader.UNMAPPED)).contains("/credentialSubject/achievementX");
    }

    @Test
    void detection_recognisesOpenBadgeCredentialsOnly() throws IOException {
        assertThat(reader.isOpenBadgeCredential(plain.writeBytes(Samples.microCredential()))).isTrue();
        assertThat(reader.isOpenBadgeCredential(sample("spec-basic-vc11"))).isTrue();
        assertThat(reader.isOpenBadgeCredential("{\"type\": \"MicroCredential\"}".getBytes())).isFalse();
        assertThat(reader.isOpenBadgeCredential("nope".getBytes())).isFalse();
    }

    @Test
    void unknownContextAndProof_areReportedAsInformation() throws CredentialParseException {
        String json = plain.write(Samples.microCredential())
                .replace("\"https://microcredentials.github.io/ns/ob3/v1.jsonld\"",
                        "\"https://microcredentials.github.io/ns/ob3/v1.jsonld\", \"https://example.org/other\"")
                .replace("\"placeOfIssue\"", "\"proof\": [{\"type\": \"DataIntegrityProof\"}], \"placeOfIssue\"");

        ReadResult<MicroCredential> read = reader.read(json);

        assertThat(read.findings().findings()).extracting(f -> f.ruleId() + " " + f.severity() + " " + f.pointer())
                .containsExactly("OB3-UNKNOWN-CONTEXT INFO /@context/3", "OB3-PROOF INFO /proof/0", "OB3-PRESERVED INFO ");
        assertThat(read.value().toBuilder().preserved(List.of()).build()).isEqualTo(Samples.microCredential());
    }

    @Test
    void alignmentUrlUnderTheEqfPrefixThatIsNoUri_isReported_notADefect() throws CredentialParseException {
        // Jazzer finding (openBadges, crash-dc681eaf): URI.create on such a target escaped as IllegalArgumentException.
        String json = plain.write(Samples.microCredential())
                .replaceFirst("\"targetUrl\": \"http://data\\.europa\\.eu/esco/[^\"]*\"",
                        "\"targetUrl\": \"http://data.europa.eu/snb/eqf/ll/f10142ce>3529d4\"");
        assertThat(json).contains("eqf/ll/f10142ce>3529d4");

        ReadResult<MicroCredential> read = reader.read(json);

        assertThat(read.value().level().flatMap(l -> l.eqf())).isEqualTo(Samples.microCredential().level().flatMap(l -> l.eqf()));
        assertThat(read.findings().findings()).filteredOn(f -> f.pointer().endsWith("/targetUrl"))
                .extracting(f -> f.severity() + " " + f.pointer()).isNotEmpty();
    }
}
