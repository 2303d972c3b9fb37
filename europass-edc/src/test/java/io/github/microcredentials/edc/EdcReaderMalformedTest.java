package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.json.ReadLimits;
import io.github.microcredentials.core.sample.Samples;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Input that is not a readable EDC throws the library's parse exception, naming where and what. */
class EdcReaderMalformedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sample credential as EDC, changed. */
    private static byte[] edc(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(EdcWriter.create().writeBytes(Samples.microCredential()));
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }

    private static ObjectNode claim(ObjectNode root) {
        return (ObjectNode) root.at("/credentialSubject/hasClaim/0");
    }

    private static void fails(byte[] input, Problem problem, String pointer) {
        assertThatThrownBy(() -> EdcReader.create().read(input)).isInstanceOfSatisfying(CredentialParseException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.location()).isEqualTo(pointer);
            assertThat(e.getMessage()).startsWith(pointer.isEmpty() ? "at document root" : "at " + pointer);
        });
    }

    @Test
    void notJson_isMalformed() {
        fails("{\"id\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8), Problem.MALFORMED, "/id");
    }

    @Test
    void duplicateKey_isRefused() {
        fails("{\"id\": \"urn:a\", \"id\": \"urn:b\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), Problem.DUPLICATE_KEY, "/id");
    }

    @Test
    void titleThatIsNotALanguageMap_isWrongType() throws Exception {
        fails(edc(root -> claim(root).put("title", 42)), Problem.WRONG_TYPE, "/credentialSubject/hasClaim/0/title");
    }

    @Test
    void eqfLevelOfAnUnknownScheme_isInvalid() throws Exception {
        fails(edc(root -> ((ObjectNode) claim(root).at("/specifiedBy/eqfLevel/inScheme")).put("id", "http://example.org/levels")),
                Problem.INVALID_VALUE, "/credentialSubject/hasClaim/0/specifiedBy/eqfLevel/inScheme");
    }

    @Test
    void countryOutsideTheCountryTable_isInvalid() throws Exception {
        fails(edc(root -> ((ObjectNode) claim(root).at("/awardedBy/location/address/0/countryCode"))
                .put("id", "http://publications.europa.eu/resource/authority/country/XXX")),
                Problem.INVALID_VALUE, "/credentialSubject/hasClaim/0/awardedBy/location/address/0/countryCode");
    }

    @Test
    void unparseableDate_isInvalid() throws Exception {
        fails(edc(root -> root.put("validFrom", "yesterday")), Problem.INVALID_VALUE, "/validFrom");
    }

    @Test
    void badEctsPoints_areInvalid() throws Exception {
        fails(edc(root -> ((ObjectNode) claim(root).at("/specifiedBy/creditPoint/0")).put("point", "three")),
                Problem.INVALID_VALUE, "/credentialSubject/hasClaim/0/specifiedBy/creditPoint/0/point");
    }

    @Test
    void credentialWithoutLearningClaim_isUnsupported() throws Exception {
        fails(edc(root -> ((ObjectNode) root.get("credentialSubject")).remove("hasClaim")), Problem.UNSUPPORTED,
                "/credentialSubject/hasClaim");
    }

    @Test
    void otherVerifiableCredential_isUnsupported() throws Exception {
        fails(edc(root -> root.set("type", JSON.createArrayNode().add("VerifiableCredential"))), Problem.UNSUPPORTED, "/type");
    }

    /**
     * A fuzzing finding (issue 12): without {@code VerifiableCredential}, JSON-LD defines none of the
     * credential terms, so the graph the preserved data follows has no learner; read, such an EDC
     * was written back without its {@code credentialSubject}, which did not read back.
     */
    @Test
    void europeanDigitalCredentialNotTypedVerifiableCredential_isUnsupported() throws Exception {
        fails(edc(root -> root.set("type", JSON.createArrayNode().add("EuropeanDigitalPresentationVerifiableCredential")
                .add("EuropeanDigitalCredential"))), Problem.UNSUPPORTED, "/type");
        fails(edc(root -> root.put("type", "EuropeanDigitalCredential")), Problem.UNSUPPORTED, "/type");
    }

    @Test
    void relativeNodeIdentifier_isInvalid() throws Exception {
        fails(edc(root -> root.put("id", "credential-1")), Problem.INVALID_VALUE, "/id");
    }

    @Test
    void sealedPayloadThatIsNotJson_namesThePayload() {
        byte[] jws = "{\"payload\": \"{not json\", \"signatures\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EdcReader.create().read(jws)).isInstanceOfSatisfying(CredentialParseException.class,
                e -> assertThat(e.location()).startsWith("/payload"));
    }

    @Test
    void inputOverTheSizeLimit_isTooLarge() {
        byte[] edc = EdcWriter.create().writeBytes(Samples.microCredential());
        assertThatThrownBy(() -> small().read(edc)).isInstanceOfSatisfying(CredentialParseException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void unknownMember_isReportedNotDropped() throws Exception {
        var read = EdcReader.create().read(edc(root -> claim(root).put("favouriteColour", "blue")));

        assertThat(read.findings().findings(EdcFindings.UNMAPPED)).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/credentialSubject/hasClaim/0/favouriteColour"));
        assertThat(read.value()).isEqualTo(Samples.microCredential());
    }

    @Test
    void awardingDateOtherThanIssued_isTheDateOfIssuing_andTheOtherDatesAreReported() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(Samples.microCredential()));
        ((ObjectNode) claim(root).get("awardedBy")).put("awardingDate", "2026-07-01T10:00:00+02:00");

        var read = EdcReader.create().read(JSON.writeValueAsBytes(root));

        assertThat(read.findings().findings(EdcFindings.UNMAPPED)).extracting(f -> f.pointer())
                .containsExactlyInAnyOrder("/issued", "/issuanceDate", "/validFrom");
        assertThat(read.value().issued()).contains(java.time.OffsetDateTime.parse("2026-07-01T10:00:00+02:00"));
    }

    @Test
    void detection_tellsEdcFromOtherJson() {
        assertThat(EdcReader.create().isEdcDocument(EdcWriter.create().writeBytes(Samples.microCredential()))).isTrue();
        assertThat(EdcReader.create().isEdcDocument(Fixtures.bytes("samples/support-AA-Annex1-MC-signed.jsonld"))).isTrue();
        assertThat(EdcReader.create().isEdcDocument(Fixtures.bytes("samples/support-AA-Annex1-MC-unsigned.json"))).isTrue();
        assertThat(EdcReader.create().isEdcDocument("{\"type\": \"MicroCredential\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(EdcReader.create().isEdcDocument(Fixtures.bytes("seals/credential-QSeal.xml"))).isFalse();
    }

    static EdcReader small() {
        return EdcReader.create(ReadLimits.DEFAULT.withMaxDocumentBytes(1000));
    }
}
