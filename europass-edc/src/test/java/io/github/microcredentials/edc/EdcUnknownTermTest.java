package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.vocab.LearningSetting;
import io.github.microcredentials.core.vocab.ParticipationForm;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A term the EU vocabulary does not have, carrying an IRI of its own, is written so that the reader
 * gets the same term back and every concept's scheme is an absolute IRI (Jazzer finding of issue
 * #12: {@code "learningSetting": "non-form:l"} was written with {@code inScheme "non-form"}, which
 * the reader refused).
 */
class EdcUnknownTermTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"non-form:l", "https://example.org/settings/x", "urn:x", "mailto:a", "https://example.org"})
    void unknownLearningSetting_readsBackAsTheSameTerm(String code) throws Exception {
        LearningSetting setting = LearningSetting.vocabulary().parse(code);
        MicroCredential mc = Samples.microCredential().toBuilder().learningSetting(setting).build();

        byte[] edc = EdcWriter.create().writeBytes(mc);

        assertThat(EdcReader.create().read(edc).value().learningSetting()).contains(setting);
        assertEverySchemeAbsolute(JSON.readTree(edc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"non-form:l", "https://example.org/modes/x"})
    void unknownParticipationForm_readsBackAsTheSameTerm(String code) throws Exception {
        ParticipationForm form = ParticipationForm.vocabulary().parse(code);
        MicroCredential mc = Samples.microCredential().toBuilder().participationForm(form).build();

        byte[] edc = EdcWriter.create().writeBytes(mc);

        assertThat(EdcReader.create().read(edc).value().participationForm()).contains(form);
        assertEverySchemeAbsolute(JSON.readTree(edc));
    }

    private static void assertEverySchemeAbsolute(JsonNode node) {
        if (node.isObject()) {
            JsonNode scheme = node.get("inScheme");
            if (scheme != null) {
                String iri = scheme.isObject() ? scheme.path("id").asText() : scheme.asText();
                assertThat(URI.create(iri).isAbsolute()).as("inScheme %s", iri).isTrue();
            }
        }
        node.forEach(EdcUnknownTermTest::assertEverySchemeAbsolute);
    }
}
