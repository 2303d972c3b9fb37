package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.validation.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A third-party EDC known to violate the shapes in 9 ways: read, with its problems reported. */
class MyNextIdSampleTest {

    private static final String FILE = "mynextid/edc-mc-signed.jsonld";

    @Test
    void payload_violatesTheShapesNineTimes() throws Exception {
        String payload = new ObjectMapper().readTree(Fixtures.bytes(FILE)).get("payload").asText();

        List<String> violations = Shacl.violations(Shacl.validate(payload.getBytes(StandardCharsets.UTF_8)));

        assertThat(violations).hasSize(9);
    }

    @Test
    void reader_readsItAndReportsTheCausesOfTheViolations() throws Exception {
        ReadResult<MicroCredential> read = EdcReader.create().read(Fixtures.bytes(FILE));

        List<Finding> scheme = read.findings().findings(EdcFindings.CONCEPT_SCHEME);
        assertThat(scheme).hasSize(4).allSatisfy(f -> assertThat(f.pointer()).contains("/relatedESCOSkill/"));
        assertThat(read.findings().findings(EdcFindings.NODE_TYPE)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/credentialSubject/hasClaim/provenBy/specifiedBy/type"));
        List<Finding> reuse = read.findings().findings(EdcFindings.ID_REUSE);
        assertThat(reuse).extracting(f -> f.value().orElseThrow())
                .contains("http://publications.europa.eu/resource/authority/language/ENG", "urn:epass:mediaObject:2");
        assertThat(read.findings().findings(EdcFindings.UNMAPPED)).extracting(Finding::pointer).contains("/cnf", "/status");

        MicroCredential mc = read.value();
        assertThat(mc.learningOutcomes()).hasSize(2);
        assertThat(mc.assessments()).singleElement().satisfies(a -> assertThat(a.grade().orElseThrow().value()).isEqualTo("19"));
        assertThat(mc.workload().orElseThrow().credits().orElseThrow().value()).isEqualByComparingTo("5");
    }

    @Test
    void readThenWritten_keepsItsStatements_andTheWriterReportsTheSameViolationsAsJena() throws Exception {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(FILE)).value();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        List<String> violations = Shacl.violations(Shacl.validate(written.bytes()));
        assertThat(violations).hasSize(9);
        assertThat(written.conforms()).isFalse();
        assertThat(written.findings().findings(EdcFindings.SHAPE)).hasSize(9);
    }

    @Test
    void readThenWrittenWithoutWhatTheModelDoesNotCarry_noLongerViolatesTheShapes() throws Exception {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(FILE)).value().toBuilder().preserved(List.of()).build();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        assertThat(Shacl.violations(Shacl.validate(written.bytes()))).isEmpty();
        assertThat(written.conforms()).isTrue();
    }
}
