package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        OpenBadgesWriter writer = OpenBadgesWriter.builder().identityDisclosure(IdentityDisclosure.PLAIN).build();
        String json = writer.write(Samples.microCredential());
        System.out.println(json);
        System.out.println(OfficialSchema.errors(json));
        SafeMode.expand(json);
        ReadResult<MicroCredential> read = OpenBadgesReader.create().read(json);
        read.findings().findings().forEach(System.out::println);
        assertThat(read.value()).isEqualTo(Samples.microCredential());
    }
}
