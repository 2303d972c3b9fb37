package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.json.NativeJson;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.model.LocalizedString;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * EDC → model → EDC keeps every statement: on every EU sample, the EDC written back has the RDF
 * graph of the EDC read (Apache Jena's JSON-LD processor and graph isomorphism judge), also through
 * the native JSON format, and reading it again gives the same credential.
 */
class EdcRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The statements each sample still holds as preserved data because the model has no element
     * for them (gender, place of birth, logos, groups, contact addresses, activity periods and
     * directors, a second field of education, the display images, vocabulary labels …); a change
     * that maps more lowers these numbers, one that maps less fails here.
     */
    private static final Map<String, Integer> PRESERVED_AT_MOST = Map.ofEntries(
            Map.entry("samples/Sample-MC-Annex1-signed.jsonld", 159),
            Map.entry("samples/Sample-MC-Annex1-unsigned.jsonld", 111),
            Map.entry("samples/Sample-MC-Annex1-unsigned-uploadable.json", 111),
            Map.entry("samples/Sample-CertOfPart-signed.jsonld", 112),
            Map.entry("samples/Sample-CertOfPart-unsigned.jsonld", 72),
            Map.entry("samples/Sample-CertOfPart-unsigned-uploadable.json", 72),
            Map.entry("samples/support-AA-Annex1-MC-signed.jsonld", 115),
            Map.entry("samples/support-AA-Annex1-MC-unsigned.json", 114),
            Map.entry("samples/support-Sample-CertOfPart-signed.jsonld", 68),
            Map.entry("samples/support-Sample-CertOfPart-unsigned.json", 63),
            Map.entry("samples/credential-sample.jsonld", 21),
            Map.entry("seals/signed_credential.jsonld", 64),
            Map.entry("mynextid/edc-mc-signed.jsonld", 162),
            Map.entry("mynextid/edc-mc-example.json", 162));

    /**
     * Every EDC the tests bundle: the EU samples, the EU's minimal sample (not valid against the
     * shapes) and the third-party micro-credential (known not to conform), sealed and as it was
     * before sealing. {@link #everyBundledEdc_isInTheRoundTrip} keeps this list complete.
     */
    static final List<String> ROUND_TRIP = Stream.concat(Stream.of(EdcReaderSamplesTest.EU_SAMPLES),
            Stream.of("samples/Sample-CertOfPart-unsigned-uploadable.json", "samples/credential-sample.jsonld",
                    "mynextid/edc-mc-signed.jsonld", "mynextid/edc-mc-example.json")).toList();

    static Stream<String> samples() {
        return ROUND_TRIP.stream();
    }

    @Test
    void everyBundledEdc_isInTheRoundTrip() throws Exception {
        List<String> bundled = new java.util.ArrayList<>();
        for (String folder : List.of("samples", "mynextid", "seals")) {
            try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                    java.nio.file.Path.of(EdcRoundTripTest.class.getResource("/edc/" + folder).toURI()))) {
                files.map(f -> folder + "/" + f.getFileName()).filter(f -> f.endsWith(".json") || f.endsWith(".jsonld"))
                        .forEach(bundled::add);
            }
        }

        // The EDC project's sealed presentation holds no credential (EdcReaderSamplesTest refuses it).
        assertThat(bundled).contains("seals/json_sealed_advanced.json").hasSize(ROUND_TRIP.size() + 1);
        assertThat(ROUND_TRIP).containsAll(bundled.stream().filter(f -> !f.equals("seals/json_sealed_advanced.json")).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void euSample_writtenBack_hasTheGraphOfTheSampleRead(String file) throws Exception {
        JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();

        byte[] written = writer(credential).writeBytes(mc);

        assertThat(JenaGraphs.parse(written).isIsomorphicWith(JenaGraphs.parseCredential(credential))).isTrue();
        assertThat(SafeMode.check(written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void euSample_throughNativeJson_writtenBack_hasTheGraphOfTheSampleRead(String file) throws Exception {
        JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));
        MicroCredential read = EdcReader.create().read(Fixtures.bytes(file)).value();

        MicroCredential viaNative = NativeJson.create().read(NativeJson.create().writeBytes(read), MicroCredential.class);
        byte[] written = writer(credential).writeBytes(viaNative);

        assertThat(viaNative).isEqualTo(read);
        assertThat(JenaGraphs.parse(written).isIsomorphicWith(JenaGraphs.parseCredential(credential))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void euSample_writtenBackAndReadAgain_isTheSameCredential(String file) throws Exception {
        // The EDC project's test credential names a mailbox and a contact point with relative IRIs
        // ("edciempl2019@gmail.com", "http//example.org/cp1"): JSON-LD gives no statement for them,
        // so the graph (and what is written back) has no e-mail address the reader could read again.
        assumeFalse(file.equals("seals/signed_credential.jsonld"));
        JsonNode credential = EdcReaderSamplesTest.credential(Fixtures.bytes(file));
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();

        ReadResult<MicroCredential> again = EdcReader.create().read(writer(credential).writeBytes(mc));

        assertThat(again.value()).isEqualTo(mc);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void euSample_preservesOnlyWhatTheModelHasNoElementFor(String file) throws Exception {
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();

        int statements = preservedStatements(mc);

        assertThat(statements).isLessThanOrEqualTo(PRESERVED_AT_MOST.get(file));
    }

    @Test
    void editedCredential_keepsThePreservedStatementsOfWhatWasNotEdited() throws Exception {
        String file = "samples/support-AA-Annex1-MC-signed.jsonld";
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();
        MicroCredential edited = mc.toBuilder().title(LocalizedString.en("Digital micro-credential creation, 2nd edition")).build();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(edited);

        String text = written.text();
        assertThat(text).contains("2nd edition", "human-sex/FEMALE", "placeOfBirth", "Research Alliance");
        assertThat(written.findings().findings(EdcFindings.PRESERVED)).isEmpty();
        assertThat(written.conforms()).isTrue();
    }

    @Test
    void credentialWhoseAwardingBodyIsReplaced_dropsWhatWasPreservedAboutTheOldOne_andSaysSo() throws Exception {
        String file = "samples/support-AA-Annex1-MC-signed.jsonld";
        MicroCredential mc = EdcReader.create().read(Fixtures.bytes(file)).value();
        Organisation other = Organisation.builder(java.net.URI.create("https://example.org/other"), LocalizedString.en("Other"))
                .country(new io.github.microcredentials.core.vocab.Country("IE")).build();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc.toBuilder().awardingBodies(java.util.List.of(other)).build());

        assertThat(written.findings().findings(EdcFindings.PRESERVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no longer connect"));
        assertThat(JenaGraphs.parse(written.bytes()).isEmpty()).isFalse();
    }

    @Test
    void preservedDataThatIsNotTheLibrarys_isNotWritten_andSaysSo() {
        MicroCredential mc = io.github.microcredentials.core.sample.Samples.microCredential().toBuilder()
                .addPreserved(new PreservedData("edc", "{\"something\": \"else\"}")).build();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        assertThat(written.findings().findings(EdcFindings.PRESERVED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not written"));
        assertThat(written.bytes()).isEqualTo(EdcWriter.create(EdcWriter.Form.ISSUED)
                .writeBytes(io.github.microcredentials.core.sample.Samples.microCredential()));
    }

    @Test
    void longChainOfReferencedNodes_isWrittenBackWhole_withinTheNestingReadersAccept() throws Exception {
        ObjectNode edc = (ObjectNode) JSON.readTree(EdcWriter.create(EdcWriter.Form.ISSUED)
                .writeBytes(io.github.microcredentials.core.sample.Samples.microCredential()));
        com.fasterxml.jackson.databind.node.ArrayNode chain = edc.putArray("attachment");
        for (int i = 0; i < 2000; i++) {
            chain.addObject().put("id", "urn:example:part:" + i).put("type", "MediaObject")
                    .put("content", "x" + i).put("isPartOf", "urn:example:part:" + (i + 1));
        }
        MicroCredential mc = EdcReader.create().read(JSON.writeValueAsBytes(edc)).value();

        EdcWriter.Result written = EdcWriter.create(EdcWriter.Form.ISSUED).writeReporting(mc);

        assertThat(written.findings().findings(EdcFindings.PRESERVED)).isEmpty();
        assertThat(JenaGraphs.parse(written.bytes()).isIsomorphicWith(JenaGraphs.parseCredential(edc))).isTrue();
        assertThat(EdcReader.create().read(written.bytes()).value()).isEqualTo(mc);
    }

    /** The statements the preserved data adds to what the writer writes of the credential. */
    static int preservedStatements(MicroCredential mc) throws java.io.IOException {
        JsonNode preserved = JSON.readTree(mc.preserved("edc").map(PreservedData::json).orElse("{\"add\": []}"));
        int statements = 0;
        for (JsonNode node : preserved.get("add")) {
            for (var member : (Iterable<Map.Entry<String, JsonNode>>) node.properties()::iterator) {
                statements += member.getKey().equals("id") ? 0 : member.getValue().size();
            }
        }
        return statements;
    }

    /** The form of the sample: with {@code issued} when it has one. */
    static EdcWriter writer(JsonNode credential) {
        return EdcWriter.create(((ObjectNode) credential).hasNonNull("issued") ? EdcWriter.Form.ISSUED : EdcWriter.Form.UNSEALED);
    }
}
