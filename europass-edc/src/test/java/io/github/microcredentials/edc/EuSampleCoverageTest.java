package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

/**
 * The figures of the EDC round trip, per bundled sample: the statements of its graph (Apache Jena's
 * JSON-LD 1.1 processor, which is Titanium), how many the writer writes from the model (mapped) and
 * how many are kept as preserved data, how many members the reader reports as not carried, and
 * whether the EDC written back is isomorphic to the sample. The preserved statements are split by
 * why: data of EU or ESCO concepts (labels, notations, schemes the writer states otherwise), facts
 * the model carries but the writer states in another form (the same node and property in what the
 * writer wrote: a duration as PT60H for P2DT12H, an ESCO skill as {@code relatedESCOSkill}), and the
 * rest, which the model has no element for. Written to {@code target/eu-sample-coverage.md}; the
 * bounds on each figure are asserted in {@link EdcRoundTripTest}.
 */
class EuSampleCoverageTest {

    @Test
    void everySample_roundTripsIsomorphically_andTheFiguresAreWritten() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| sample | statements | mapped | preserved | of which concept data | of which another form | of which not in the model | unmapped findings | round trip isomorphic |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        List<String> notIsomorphic = new ArrayList<>();
        for (String file : EdcRoundTripTest.ROUND_TRIP) {
            JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));
            Graph sample = JenaGraphs.parseCredential(credential);
            ReadResult<MicroCredential> read = EdcReader.create().read(Fixtures.bytes(file));
            int preserved = EdcRoundTripTest.preservedStatements(read.value());
            boolean isomorphic = JenaGraphs.parse(EdcRoundTripTest.writer(credential).writeBytes(read.value())).isIsomorphicWith(sample);
            if (!isomorphic) {
                notIsomorphic.add(file);
            }
            int[] split = split(read.value());
            assertThat(split[0] + split[1] + split[2]).isEqualTo(preserved);
            rows.add("| " + file + " | " + sample.size() + " | " + (sample.size() - preserved) + " | " + preserved + " | "
                    + split[0] + " | " + split[1] + " | " + split[2] + " | " + read.findings().findings(EdcFindings.UNMAPPED).size() + " | " + (isomorphic ? "yes" : "NO") + " |");
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "eu-sample-coverage.md"), rows);

        assertThat(notIsomorphic).isEmpty();
    }

    /** The preserved statements as concept data, facts in another form, and the rest. */
    private static int[] split(MicroCredential mc) throws java.io.IOException {
        JsonNode preserved = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                mc.preserved("edc").map(io.github.microcredentials.core.model.PreservedData::json).orElse("{\"add\": [], \"omit\": []}"));
        java.util.Set<String> omitted = new java.util.HashSet<>();
        for (JsonNode node : preserved.path("omit")) {
            node.fieldNames().forEachRemaining(p -> omitted.add(node.get("id").asText() + " " + p));
        }
        int[] split = new int[3];
        for (JsonNode node : preserved.path("add")) {
            String id = node.get("id").asText();
            boolean concept = id.startsWith("http://data.europa.eu/") || id.startsWith("http://publications.europa.eu/");
            for (var member : (Iterable<java.util.Map.Entry<String, JsonNode>>) node.properties()::iterator) {
                if (!member.getKey().equals("id")) {
                    split[concept ? 0 : omitted.contains(id + " " + member.getKey()) ? 1 : 2] += member.getValue().size();
                }
            }
        }
        return split;
    }
}
