package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.model.MicroCredential;
import org.junit.jupiter.api.Test;

class BuildAndExchangeTest {

    @Test
    void roundTrip_returnsAnEqualCredential() throws CredentialParseException {
        MicroCredential credential = BuildAndExchange.build();

        assertThat(BuildAndExchange.roundTrip(credential)).isEqualTo(credential);
    }

    @Test
    void ects_givesTheValuesItsCommentsState() {
        assertThat(BuildAndExchange.ects()).isEqualTo("3.0 false true PT81H 3.0");
    }
}
