package io.github.microcredentials.openbadges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** credentialStatus in Open Badges 3.0: one BitstringStatusListEntry, the revocation entry. */
class OpenBadgesStatusTest {

    private static final URI LIST = URI.create("https://www.ucn.dk/status/revocation/1");
    private static final BitstringStatusListEntry REVOCATION =
            BitstringStatusListEntry.revocation(LIST, 94_567).withId(URI.create(LIST + "#94567"));

    @Test
    void revocationEntry_isWrittenAsTheOneCredentialStatus_validAgainstTheSchema_andReadBack() throws Exception {
        MicroCredential mc = Samples.microCredential().toBuilder()
                .addCredentialStatus(BitstringStatusListEntry.suspension(URI.create("https://www.ucn.dk/status/s/1"), 3))
                .addCredentialStatus(REVOCATION).build();
        String json = OpenBadgesWriter.create().write(mc);
        JsonNode status = new ObjectMapper().readTree(json).get("credentialStatus");
        assertThat(status.isObject()).isTrue();
        assertThat(status.get("type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose").asText()).isEqualTo("revocation");
        assertThat(status.get("statusListIndex").isTextual()).isTrue();
        assertThat(status.get("statusListIndex").asText()).isEqualTo("94567");
        assertThat(OfficialSchema.errors(json)).isEmpty();
        assertThat(SafeMode.expand(json)).isNotEmpty();
        var read = OpenBadgesReader.create().read(json);
        assertThat(read.value().credentialStatus()).containsExactly(REVOCATION);
        assertThat(read.findings().findings()).noneSatisfy(f -> assertThat(f.pointer()).startsWith("/credentialStatus"));
    }

    @Test
    void legacyRevocationList_isReportedAsNotCarried() throws Exception {
        String json = OpenBadgesWriter.create().write(Samples.microCredential());
        String legacy = json.replaceFirst("\"validFrom\"", "\"credentialStatus\": {\"id\": \"https://www.ucn.dk/revocations\","
                + " \"type\": \"1EdTechRevocationList\"},\n  \"validFrom\"");
        var read = OpenBadgesReader.create().read(legacy);
        assertThat(read.value().credentialStatus()).isEmpty();
        assertThat(read.findings().findings()).anySatisfy(f -> assertThat(f.pointer()).startsWith("/credentialStatus"));
    }
}
