package io.github.microcredentials.examples;

import io.github.microcredentials.openbadges.model.Endorsement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.validation.Finding;
import org.junit.jupiter.api.Test;

class OpenBadgesExchangeTest {

    @Test
    void writeThenRead_reportsOnlyTheHashedEmail_keptAsPreservedData() throws CredentialParseException {
        String json = OpenBadgesExchange.write(io.github.microcredentials.core.sample.Samples.microCredential(), () -> "s");

        assertThat(json).contains("\"id\": \"did:web:www.ucn.dk\"", "\"achievementType\": \"MicroCredential\"");
        assertThat(OpenBadgesExchange.read(json)).extracting(Finding::ruleId).containsExactly("OB3-HASHED-IDENTITY", "OB3-PRESERVED");
    }

    @Test
    void apiTourCredential_writesWithoutAnEmail() throws CredentialParseException {
        String json = OpenBadgesExchange.write(BuildAndExchange.build(), () -> "s");

        assertThat(json).contains("\"creditsAvailable\": 3");
        assertThat(OpenBadgesExchange.read(json)).isEmpty();
    }

    @Test
    void endorsement_readsWhoEndorsesWhat() throws Exception {
        String endorsement = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\", "
                + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"], \"id\": \"urn:uuid:e1\", "
                + "\"type\": [\"VerifiableCredential\", \"EndorsementCredential\"], \"name\": \"Endorsement\", "
                + "\"issuer\": {\"id\": \"https://agency.example.eu\", \"type\": [\"Profile\"]}, "
                + "\"validFrom\": \"2026-01-01T00:00:00Z\", \"credentialSubject\": {\"id\": \"https://www.ucn.dk\", "
                + "\"type\": [\"EndorsementSubject\"]}}";

        assertThat(OpenBadgesExchange.endorsement(endorsement.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo("https://agency.example.eu endorses https://www.ucn.dk (1)");
    }
}
