package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.core.validation.Report;
import io.github.microcredentials.core.validation.Severity;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EuropassEdcTest {

    @Test
    void writtenEdc_readsBackWithoutFindings() throws CredentialParseException {
        String edc = EuropassEdc.write(Samples.microCredential());

        assertThat(edc).contains("\"EuropeanDigitalCredential\"", "http://data.europa.eu/snb/model/context/edc-ap");
        assertThat(EuropassEdc.read(edc.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void credentialWhoseIssuerHasNoEidasIdentifier_doesNotConform_andSaysWhy() {
        assertThat(EuropassEdc.writeChecked(Samples.microCredential())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("eidasLegalIdentifier"));
    }

    @Test
    void strictReading_failsOnWhatTheModelCannotCarry_inGerman() throws CredentialParseException {
        String edc = EuropassEdc.write(Samples.microCredential())
                .replaceFirst("\\{", "{\"gender\": \"http://publications.europa.eu/resource/authority/human-sex/FEMALE\",");

        Report findings = EuropassEdc.readStrictly(edc.getBytes(StandardCharsets.UTF_8));

        assertThat(findings.conforms()).isFalse();
        // besides the error, an INFO finding says that the statement was kept as preserved EDC data
        assertThat(findings.findings(Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("EDC-UNMAPPED");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.pointer()).isEqualTo("/gender");
            assertThat(f.message()).isEqualTo("vom Modell nicht übernommen");
        });
    }
}
