package io.github.microcredentials.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
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
