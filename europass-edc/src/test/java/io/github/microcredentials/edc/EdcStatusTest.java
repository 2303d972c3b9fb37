package io.github.microcredentials.edc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.core.json.ReadResult;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/** credentialStatus in an EDC: the xsd:anyURI literal the EU shapes require. */
class EdcStatusTest {

    private static final URI LIST = URI.create("https://www.ucn.dk/status/revocation/1");

    private static MicroCredential withStatus() {
        return EdcWriterTest.sealed(Samples.microCredential()).toBuilder()
                .addCredentialStatus(BitstringStatusListEntry.suspension(URI.create("https://www.ucn.dk/status/suspension/1"), 7))
                .addCredentialStatus(BitstringStatusListEntry.revocation(LIST, 94_567).withId(URI.create(LIST + "#94567")))
                .build();
    }

    @Test
    void edcWithStatus_conformsToTheEdcShapes() throws Exception {
        byte[] edc = EdcWriter.create(EdcWriter.Form.ISSUED).writeBytes(withStatus());
        JsonNode status = new ObjectMapper().readTree(edc).get("credentialStatus");
        assertThat(status.get("@value").asText()).isEqualTo(LIST + "#94567");
        assertThat(status.get("@type").asText()).isEqualTo("http://www.w3.org/2001/XMLSchema#anyURI");
        ValidationReport report = Shacl.validate(edc);
        assertThat(Shacl.violations(report)).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(SafeMode.check(edc)).isEmpty();
    }

    @Test
    void entryObjectOrPlainString_failTheShapes_whichIsWhyTheLiteralIsWritten() throws Exception {
        String edc = EdcWriter.create(EdcWriter.Form.ISSUED).write(withStatus());
        String literal = "{\"@value\":\"" + LIST + "#94567\",\"@type\":\"http://www.w3.org/2001/XMLSchema#anyURI\"}";
        String compact = new ObjectMapper().readTree(edc).toString();
        assertThat(compact).contains("\"credentialStatus\":" + literal);
        String plain = compact.replace(literal, "\"" + LIST + "#94567\"");
        assertThat(Shacl.violations(Shacl.validate(plain.getBytes(StandardCharsets.UTF_8))))
                .anySatisfy(v -> assertThat(v).contains("credentialStatus"));
    }

    @Test
    void statusLiteral_isReadBackAsTheRevocationEntry() throws Exception {
        MicroCredential written = withStatus();
        ReadResult<MicroCredential> read = EdcReader.create().read(EdcWriter.create(EdcWriter.Form.ISSUED).write(written));
        assertThat(read.value().credentialStatus()).containsExactly(
                BitstringStatusListEntry.revocation(LIST, 94_567).withId(URI.create(LIST + "#94567")));
    }
}
