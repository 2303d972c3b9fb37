package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.validation.Finding;
import org.junit.jupiter.api.Test;

class OpenBadgesExchangeTest {

    @Test
    void writeThenRead_reportsOnlyTheHashedEmail() throws CredentialParseException {
        String json = OpenBadgesExchange.write(io.github.microcredentials.core.sample.Samples.microCredential(), () -> "s");

        assertThat(json).contains("\"id\": \"did:web:www.ucn.dk\"", "\"achievementType\": \"MicroCredential\"");
        assertThat(OpenBadgesExchange.read(json)).extracting(Finding::ruleId).containsExactly("OB3-HASHED-IDENTITY");
    }

    @Test
    void apiTourCredential_writesWithoutAnEmail() throws CredentialParseException {
        String json = OpenBadgesExchange.write(BuildAndExchange.build(), () -> "s");

        assertThat(json).contains("\"creditsAvailable\": 3");
        assertThat(OpenBadgesExchange.read(json)).isEmpty();
    }
}
