package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.Workload;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.edc.internal.elm.NoteSubject;
import org.junit.jupiter.api.Test;

/**
 * Two notes of the specification that share an identifier (a fuzzing finding, issue 12): the
 * reader reads the document's two notes, JSON-LD makes one node of them, and the writer writes
 * that node back with the credential's preserved data. The one node has the subjects and texts
 * of both notes; it must not be read as one of the library's notes (its subject from one note,
 * its text from the other), so what is read is written and reads back.
 */
class EdcNoteIdReuseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTES = "/credentialSubject/hasClaim/0/specifiedBy/additionalNote";

    /** The sample as EDC, and the index of its dual ECTS note among the specification's notes. */
    private static ObjectNode sample() throws Exception {
        return (ObjectNode) JSON.readTree(EdcWriter.create().writeBytes(Samples.microCredential()));
    }

    private static int dualNote(ArrayNode notes) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).at("/subject/id").asText().equals(NoteSubject.DUAL_ECTS.uri().toString())) {
                return i;
            }
        }
        throw new AssertionError("the sample has no dual ECTS note");
    }

    @Test
    void dualEctsNoteAndTheNextNoteWithOneIdentifier_areReadWrittenAndReadBack() throws Exception {
        ObjectNode root = sample();
        ArrayNode notes = (ArrayNode) root.at(NOTES);
        int dual = dualNote(notes);
        JsonNode next = notes.get(dual + 1);
        assertThat(next.at("/subject/id").asText()).doesNotStartWith(NoteSubject.SCHEME);
        ((ObjectNode) next).put("id", notes.get(dual).get("id").asText());

        ReadResult<MicroCredential> read = EdcReader.create().read(JSON.writeValueAsBytes(root));

        // The document's notes, as they are written: the split, and the note after it (reported as reused).
        assertThat(read.value().workload().flatMap(Workload::split))
                .isEqualTo(Samples.microCredential().workload().flatMap(Workload::split)).isPresent();
        assertThat(read.value().qualityAssurance()).isEqualTo(Samples.microCredential().qualityAssurance());
        assertThat(read.findings().findings(EdcFindings.ID_REUSE)).isNotEmpty();

        byte[] written = EdcWriter.create().writeBytes(read.value());
        ReadResult<MicroCredential> back = EdcReader.create().read(written);

        // Written back, the two notes are the one node JSON-LD makes of them: read as a note the model has no element for.
        assertThat(back.value().workload().flatMap(Workload::split)).isEmpty();
        assertThat(back.findings().findings(EdcFindings.UNMAPPED)).extracting(Finding::pointer)
                .anySatisfy(p -> assertThat(p).contains("/specifiedBy/additionalNote/"));
        assertThat(EdcReader.create().read(EdcWriter.create().writeBytes(back.value())).value()).isEqualTo(back.value());
    }

    @Test
    void noteWithTwoSubjects_isNotReadAsTheNoteOfEither() throws Exception {
        ObjectNode root = sample();
        ArrayNode notes = (ArrayNode) root.at(NOTES);
        int dual = dualNote(notes);
        ObjectNode note = (ObjectNode) notes.get(dual);
        JsonNode other = notes.get(dual + 1);
        note.set("subject", JSON.createArrayNode().add(note.get("subject")).add(other.get("subject")));
        ((ObjectNode) note.get("noteLiteral")).set("en", other.at("/noteLiteral/en"));

        ReadResult<MicroCredential> read = EdcReader.create().read(JSON.writeValueAsBytes(root));

        assertThat(read.value().workload().flatMap(Workload::split)).isEmpty();
        assertThat(read.findings().findings(EdcFindings.UNMAPPED)).extracting(Finding::pointer)
                .contains(NOTES + "/" + dual);
    }

    @Test
    void dualEctsNoteAndANoteWithoutSubjectWithOneIdentifier_areReadWrittenAndReadBack() throws Exception {
        ObjectNode root = sample();
        ArrayNode notes = (ArrayNode) root.at(NOTES);
        int dual = dualNote(notes);
        ObjectNode plain = JSON.createObjectNode().put("id", notes.get(dual).get("id").asText()).put("type", "Note");
        plain.set("noteLiteral", JSON.createObjectNode().put("en", "Taught in the evenings"));
        notes.insert(dual + 1, plain);

        ReadResult<MicroCredential> read = EdcReader.create().read(JSON.writeValueAsBytes(root));

        assertThat(read.value().workload().flatMap(Workload::split))
                .isEqualTo(Samples.microCredential().workload().flatMap(Workload::split)).isPresent();
        byte[] written = EdcWriter.create().writeBytes(read.value());
        ReadResult<MicroCredential> back = EdcReader.create().read(written);
        assertThat(EdcReader.create().read(EdcWriter.create().writeBytes(back.value())).value()).isEqualTo(back.value());
    }

    @Test
    void dualEctsNoteWithATextInALanguageToo_isReadFromItsCode() throws Exception {
        ObjectNode root = sample();
        ArrayNode notes = (ArrayNode) root.at(NOTES);
        int dual = dualNote(notes);
        ((ObjectNode) notes.get(dual).get("noteLiteral")).put("en", "Taught in the evenings");

        ReadResult<MicroCredential> read = EdcReader.create().read(JSON.writeValueAsBytes(root));

        assertThat(read.value().workload().flatMap(Workload::split))
                .isEqualTo(Samples.microCredential().workload().flatMap(Workload::split)).isPresent();
        assertThat(read.findings().findings(EdcFindings.UNMAPPED)).extracting(Finding::pointer)
                .contains(NOTES + "/" + dual + "/noteLiteral/en");
    }
}
