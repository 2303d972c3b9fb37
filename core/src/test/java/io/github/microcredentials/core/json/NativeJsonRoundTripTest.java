package io.github.microcredentials.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import io.github.microcredentials.core.model.PreservedData;
import io.github.microcredentials.core.sample.Samples;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NativeJsonRoundTripTest {

    private final NativeJson json = NativeJson.create();

    static Stream<Document> samples() {
        return Stream.of(Samples.microCredential(), Samples.progressionBadge(), Samples.learningOpportunity(),
                Samples.standaloneCourse(), Samples.learningPathway(), Samples.microCredentialPathway(),
                Samples.courseDesign());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sample_readsBackEqual(Document sample) throws CredentialParseException {
        byte[] written = json.writeBytes(sample);

        Document back = json.read(written, sample.getClass());

        assertThat(back).isEqualTo(sample);
        assertThat(json.writeBytes(back)).isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sample_readAnyDetectsItsType(Document sample) throws CredentialParseException {
        assertThat(json.readAny(json.writeBytes(sample))).isEqualTo(sample);
    }

    @Test
    void preservedData_isCarriedAsEmbeddedJson_andReadsBackEqual() throws CredentialParseException {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .addPreserved(new PreservedData("edc", "{\"add\": [{\"id\": \"urn:epass:person:1\", \"gender\": "
                        + "[{\"id\": \"http://publications.europa.eu/resource/authority/human-sex/FEMALE\"}], "
                        + "\"page\": 1, \"ratio\": 0.50, \"text\": \"\u00e6\u00f8\u00e5 \\\"q\\\"\"}]}"))
                .build();

        String written = json.write(mc);

        assertThat(written).contains("\"preserved\": [", "\"format\": \"edc\"", "\"gender\": [");
        assertThat(json.read(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), MicroCredential.class)).isEqualTo(mc);
    }

    @Test
    void preservedDataThatIsNotAnObject_isAParseErrorAtItsPointer() {
        String bad = "{\"type\": \"MicroCredential\", \"id\": \"urn:x:1\", \"preserved\": [{\"format\": \"edc\", \"data\": [1]}]}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> json.read(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                MicroCredential.class)).isInstanceOfSatisfying(CredentialParseException.class,
                        e -> assertThat(e.location()).isEqualTo("/preserved/0/data"));
    }

    static Class<?>[] documentClasses() {
        return new Class<?>[] {MicroCredential.class, LearningOpportunity.class, LearningPathway.class,
            MicroCredentialPathway.class, CourseDesign.class};
    }

    @Test
    void everyKindOfDocument_hasATypeName_andASample() {
        assertThat(Document.class.getPermittedSubclasses()).containsExactlyInAnyOrder(documentClasses());
        assertThat(NativeJson.documentTypes())
                .containsExactlyInAnyOrderElementsOf(Stream.of(documentClasses()).map(Class::getSimpleName).toList());
        assertThat(samples().map(Object::getClass).distinct()).containsExactlyInAnyOrder(documentClasses());
    }
}
