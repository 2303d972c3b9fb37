package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.sample.Samples;
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
}
