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
 * JSON-LD 1.1 processor, which is Titanium), how many the model carries (mapped) and how many it
 * keeps as preserved data, how many members the reader reports as not carried, and whether the EDC
 * written back is isomorphic to the sample. Written to {@code target/eu-sample-coverage.md}; the
 * assertions on each figure are in {@link EdcRoundTripTest}.
 */
class EuSampleCoverageTest {

    @Test
    void everySample_roundTripsIsomorphically_andTheFiguresAreWritten() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| sample | statements | mapped | preserved | unmapped findings | round trip isomorphic |");
        rows.add("|---|---:|---:|---:|---:|---|");
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
            rows.add("| " + file + " | " + sample.size() + " | " + (sample.size() - preserved) + " | " + preserved + " | "
                    + read.findings().findings(EdcFindings.UNMAPPED).size() + " | " + (isomorphic ? "yes" : "NO") + " |");
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "eu-sample-coverage.md"), rows);

        assertThat(notIsomorphic).isEmpty();
    }
}
