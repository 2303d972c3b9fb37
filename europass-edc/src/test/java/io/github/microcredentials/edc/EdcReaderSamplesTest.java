package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.vocab.EqfLevel;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The official EU samples and the real sealed EDCs: read without loss, and written back conformant. */
class EdcReaderSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String[] EU_SAMPLES = {
        "samples/Sample-MC-Annex1-signed.jsonld", "samples/Sample-MC-Annex1-unsigned.jsonld",
        "samples/Sample-MC-Annex1-unsigned-uploadable.json", "samples/Sample-CertOfPart-signed.jsonld",
        "samples/Sample-CertOfPart-unsigned.jsonld", "samples/support-AA-Annex1-MC-signed.jsonld",
        "samples/support-AA-Annex1-MC-unsigned.json", "samples/support-Sample-CertOfPart-signed.jsonld",
        "samples/support-Sample-CertOfPart-unsigned.json", "seals/signed_credential.jsonld"};

    @ParameterizedTest
    @ValueSource(strings = {
        "samples/Sample-MC-Annex1-signed.jsonld", "samples/Sample-MC-Annex1-unsigned.jsonld",
        "samples/Sample-MC-Annex1-unsigned-uploadable.json", "samples/Sample-CertOfPart-signed.jsonld",
        "samples/Sample-CertOfPart-unsigned.jsonld", "samples/support-AA-Annex1-MC-signed.jsonld",
        "samples/support-AA-Annex1-MC-unsigned.json", "samples/support-Sample-CertOfPart-signed.jsonld",
        "samples/support-Sample-CertOfPart-unsigned.json", "seals/signed_credential.jsonld"})
    void euSample_everyValueIsReadOrReported(String file) throws Exception {
        ReadResult<MicroCredential> read = EdcReader.create().read(Fixtures.bytes(file));
        byte[] written = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(read.value());

        List<String> lost = lost(credential(Fixtures.bytes(file)), read.findings().findings(), JSON.readTree(written));

        assertThat(lost).as("input values neither carried into the output nor reported").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "samples/Sample-MC-Annex1-signed.jsonld", "samples/Sample-MC-Annex1-unsigned.jsonld",
        "samples/Sample-MC-Annex1-unsigned-uploadable.json", "samples/Sample-CertOfPart-signed.jsonld",
        "samples/Sample-CertOfPart-unsigned.jsonld", "samples/support-AA-Annex1-MC-signed.jsonld",
        "samples/support-AA-Annex1-MC-unsigned.json", "samples/support-Sample-CertOfPart-signed.jsonld",
        "samples/support-Sample-CertOfPart-unsigned.json", "seals/signed_credential.jsonld"})
    void euSample_reportsEachFindingOnce(String file) throws Exception {
        List<Finding> findings = EdcReader.create().read(Fixtures.bytes(file)).findings().findings();

        assertThat(findings).doesNotHaveDuplicates();
    }

    @Test
    void issuerThatIsAnAwardingBody_hasWhatItCannotCarryReportedOnce() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode edc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                EdcWriter.create().writeBytes(io.github.microcredentials.core.sample.Samples.microCredential()));
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) edc
                .at("/credentialSubject/hasClaim/0/awardedBy/awardingBody/0");
        com.fasterxml.jackson.databind.node.ObjectNode second = body.withArray("location").get(0).deepCopy();
        second.put("id", "urn:epass:location:99");
        body.withArray("location").add(second);
        body.putObject("homepage").put("id", "https://example.org/home").put("type", "WebResource")
                .put("contentURL", "https://example.org/home");

        List<Finding> findings = EdcReader.create().read(JSON.writeValueAsBytes(edc)).findings().findings();

        assertThat(findings).doesNotHaveDuplicates().filteredOn(f -> f.pointer().contains("/location/1")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "samples/Sample-MC-Annex1-signed.jsonld", "samples/Sample-CertOfPart-signed.jsonld",
        "samples/support-AA-Annex1-MC-signed.jsonld", "samples/support-Sample-CertOfPart-signed.jsonld"})
    void sealedEuSample_readThenWritten_conformsToShapes(String file) throws Exception {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();
        byte[] written = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(mc);

        assertThat(Shacl.violations(Shacl.validate(written))).isEmpty();
        assertThat(SafeMode.check(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "samples/Sample-MC-Annex1-unsigned.jsonld", "samples/Sample-MC-Annex1-unsigned-uploadable.json",
        "samples/Sample-CertOfPart-unsigned.jsonld", "samples/support-AA-Annex1-MC-unsigned.json",
        "samples/support-Sample-CertOfPart-unsigned.json"})
    void unsealedEuSample_readThenWritten_lacksOnlyWhatTheSealerAdds(String file) throws Exception {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();

        // Written back as it was: without the issuer, or without its eIDAS identifier, as the sealer wants it.
        List<String> issued = Shacl.violations(Shacl.validate(EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(mc)));
        assertThat(issued).allSatisfy(v -> assertThat(v).containsAnyOf("IssuerNodeShape", "credentials#issuer>"));
        List<String> unsealed = Shacl.violations(Shacl.validate(EdcWriter.create().writeBytes(mc)));
        assertThat(unsealed).allSatisfy(v -> assertThat(v).containsAnyOf("IssuerNodeShape", "credentials#issuer>", "credentials#issued>"));
    }

    @Test
    void euMicroCredential_readsItsAnnexElements() throws CredentialParseException {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes("samples/support-AA-Annex1-MC-unsigned.json")).value();

        assertThat(mc.learner().orElseThrow().givenName()).contains("Ana");
        assertThat(mc.title().orElseThrow().text()).isEqualTo("Digital micro-credential creation");
        assertThat(mc.awardingBodies()).singleElement().satisfies(o -> assertThat(o.country()).isPresent());
        assertThat(mc.issuerCountries()).containsExactly(new io.github.microcredentials.core.vocab.Country("IE"));
        assertThat(mc.learningOutcomes()).hasSize(2);
        assertThat(mc.learningOutcomes().get(0).skills()).hasSize(4);
        assertThat(mc.workload().orElseThrow().credits().orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(mc.workload().orElseThrow().hours()).contains(Duration.ofHours(60));
        assertThat(mc.level().orElseThrow().eqf()).contains(EqfLevel.LEVEL_6);
        assertThat(mc.assessments()).singleElement().satisfies(a -> {
            assertThat(a.grade().orElseThrow().value()).isEqualTo("Pass");
            assertThat(a.type()).isPresent();
            assertThat(a.supervision()).isPresent();
        });
        assertThat(mc.participationForm()).isPresent();
        assertThat(mc.prerequisites()).isPresent();
        assertThat(mc.issued()).contains(OffsetDateTime.parse("2024-05-28T11:52:16+02:00"));
        assertThat(mc.qualityAssurance()).as("not expressed in the EU sample").isEmpty();
        // The activity states no workload; its specification's volume of learning is read as it.
        assertThat(mc.learningActivities()).singleElement().satisfies(a -> assertThat(a.workload()).contains(Duration.ofHours(4)));
    }

    @Test
    void activitySpecification_titleAndVolumeThatAgreeWithTheActivity_areRead_othersReported() throws CredentialParseException {
        List<Finding> agreeing = EdcReader.create().read(Fixtures.bytes("samples/support-Sample-CertOfPart-unsigned.json")).findings().findings();
        // The ELM repository's version says PT2H of workload but P2M (two months) of volume of learning.
        List<Finding> disagreeing = EdcReader.create().read(Fixtures.bytes("samples/Sample-CertOfPart-unsigned.jsonld")).findings().findings();

        assertThat(agreeing).extracting(Finding::pointer).noneMatch(p -> p.contains("/specifiedBy/title") || p.contains("/specifiedBy/volumeOfLearning"));
        assertThat(disagreeing).extracting(Finding::pointer)
                .contains("/credentialSubject/hasClaim/specifiedBy/volumeOfLearning")
                .doesNotContain("/credentialSubject/hasClaim/specifiedBy/title");
    }

    @Test
    void sealedAndUploadForms_readTheSameCredential() throws CredentialParseException {
        MicroCredential sealed = EdcReader.create().read(Fixtures.bytes("samples/support-AA-Annex1-MC-signed.jsonld")).value();
        MicroCredential upload = EdcReader.create().read(Fixtures.bytes("samples/support-AA-Annex1-MC-unsigned.json")).value();

        assertThat(sealed.learner()).isEqualTo(upload.learner());
        assertThat(sealed.learningOutcomes()).isEqualTo(upload.learningOutcomes());
        assertThat(sealed.issuer().orElseThrow().eidasIdentifier().orElseThrow().notation()).isEqualTo("VATES-A00000000");
        assertThat(upload.issuer()).isEmpty();
    }

    @Test
    void certificateOfParticipation_readsAsParticipationBadge() throws CredentialParseException {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes("samples/support-Sample-CertOfPart-unsigned.json")).value();

        assertThat(mc.kind().isCreditBearing()).isFalse();
        assertThat(mc.title().orElseThrow().text()).isEqualTo("EDC Updates Webinar");
        assertThat(mc.learningActivities()).singleElement().satisfies(a -> assertThat(a.workload()).contains(Duration.ofHours(2)));
    }

    @Test
    void minimalSample_yieldsAbsentAnnexElements() throws CredentialParseException {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes("samples/credential-sample.jsonld")).value();

        assertThat(mc.learningOutcomes()).isEmpty();
        assertThat(mc.workload()).isEmpty();
        assertThat(mc.level()).isEmpty();
        assertThat(mc.assessments()).isEmpty();
        assertThat(mc.participationForm()).isEmpty();
        assertThat(mc.qualityAssurance()).isEmpty();
        assertThat(mc.title()).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seals/json_sealed_advanced.json"})
    void sealedPresentation_isNotACredential(String file) {
        assertThatThrownBy(() -> EdcReader.create().read(Fixtures.bytes(file)))
                .isInstanceOfSatisfying(CredentialParseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CredentialParseException.Problem.UNSUPPORTED);
                    assertThat(e.location()).isEqualTo("/type");
                });
    }

    @Test
    void legacyXmlCredential_isRefusedAsMalformed() {
        assertThatThrownBy(() -> EdcReader.create().read(Fixtures.bytes("seals/credential-QSeal.xml")))
                .isInstanceOfSatisfying(CredentialParseException.class,
                        e -> assertThat(e.problem()).isEqualTo(CredentialParseException.Problem.MALFORMED));
    }

    /** The credential object of a fixture, whatever its form. */
    static JsonNode credential(byte[] file) throws IOException {
        JsonNode document = JSON.readTree(file);
        if (document.has("payload")) {
            return JSON.readTree(document.get("payload").asText());
        }
        return document.has("credential") ? document.get("credential") : document;
    }

    /**
     * The leaf values of the input that are neither under a reported pointer nor found in the
     * output. Structure is not compared (the writer regroups), values are: texts, identifiers,
     * numbers, dates (as instants) and durations (as lengths). Local node labels, types and the
     * labels of concepts (vocabulary data) are not information of the credential.
     */
    static List<String> lost(JsonNode input, List<Finding> findings, JsonNode output) {
        String prefix = findings.stream().anyMatch(f -> f.pointer().startsWith("/credential/")) ? "/credential" : "";
        Set<String> reported = new HashSet<>();
        findings.forEach(f -> reported.add(f.pointer()));
        Set<String> values = new HashSet<>();
        leaves(output, "", false, (p, v) -> values.add(normal(v)));
        List<String> lost = new ArrayList<>();
        leaves(input, prefix, false, (p, v) -> {
            if (!underReported(p, reported) && !values.contains(normal(v))) {
                lost.add(p + " = " + v);
            }
        });
        return lost;
    }

    private static boolean underReported(String pointer, Set<String> reported) {
        for (String r : reported) {
            if (pointer.equals(r) || pointer.startsWith(r + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void leaves(JsonNode node, String pointer, boolean inConcept, java.util.function.BiConsumer<String, String> out) {
        if (node.isObject()) {
            boolean concept = node.path("type").asText().equals("Concept") || node.path("type").asText().equals("ConceptScheme");
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String key = e.getKey();
                String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                boolean skip = key.equals("type") || key.equals("@context")
                        || (key.equals("id") && e.getValue().asText().startsWith("urn:epass:"))
                        || (concept && !key.equals("id"));
                if (!skip) {
                    leaves(e.getValue(), at, concept, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), pointer + "/" + i, inConcept, out);
            }
        } else {
            out.accept(pointer, node.asText());
        }
    }

    private static String normal(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return Duration.parse(value).toString();
            } catch (DateTimeParseException again) {
                return value;
            }
        }
    }
}
