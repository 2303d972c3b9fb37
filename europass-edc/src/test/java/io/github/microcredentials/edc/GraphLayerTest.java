package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.edc.internal.graph.Compactor;
import io.github.microcredentials.edc.internal.graph.Flattener;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's EDC graph layer against Apache Jena's JSON-LD processor: flattening gives the
 * triples Jena gives, and a tree compacted from them gives Jena the same graph again.
 */
class GraphLayerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTEXTS = List.of("https://www.w3.org/2018/credentials/v1",
            "http://data.europa.eu/snb/model/context/edc-ap");

    static Stream<String> documents() {
        return Stream.concat(Stream.of(EdcReaderSamplesTest.EU_SAMPLES), Stream.of("mynextid/edc-mc-signed.jsonld", "samples/credential-sample.jsonld"));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void flattening_givesTheTriplesJenaGives(String file) throws Exception {
        JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));

        Flattener.Flattened flat = Flattener.flatten((ObjectNode) credential, "_:b");

        Graph jena = JenaGraphs.parseCredential(credential);
        assertThat(JenaGraphs.of(flat.graph()).isIsomorphicWith(jena)).as(file).isTrue();
        assertThat(flat.graph().size()).isEqualTo(jena.size());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void compactedTree_givesJenaTheSameGraph(String file) throws Exception {
        JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));
        Flattener.Flattened flat = Flattener.flatten((ObjectNode) credential, "_:b");

        ObjectNode tree = Compactor.compact(flat.graph(), flat.root(), CONTEXTS);

        assertThat(JenaGraphs.parse(JSON.writeValueAsBytes(tree)).isIsomorphicWith(JenaGraphs.parseCredential(credential))).as(file).isTrue();
        assertThat(Compactor.leftOut(flat.graph(), flat.root())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("writerOutputs")
    void writerOutput_flattensAsJenaReadsIt(byte[] edc) throws Exception {
        Flattener.Flattened flat = Flattener.flatten((ObjectNode) JSON.readTree(edc), "_:b");

        assertThat(JenaGraphs.of(flat.graph()).isIsomorphicWith(JenaGraphs.parse(edc))).isTrue();
    }

    static Stream<byte[]> writerOutputs() {
        return Stream.of(EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(Samples.microCredential()),
                EdcWriter.create().writeBytes(Samples.progressionBadge()));
    }
}
