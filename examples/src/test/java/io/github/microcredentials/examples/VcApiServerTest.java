package io.github.microcredentials.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.PresentationOptions;
import io.github.microcredentials.signing.PresentationSigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREDENTIAL = """
            {"@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
             "type": ["VerifiableCredential", "ExampleAlumniCredential"],
             "issuer": "%s",
             "validFrom": "2024-01-01T00:00:00Z",
             "credentialSubject": {"id": "did:example:alice", "alumniOf": "Example University"}}""";

    private static SigningKey ecdsaKey;
    private static VcApiServer server;

    @BeforeAll
    static void start() throws Exception {
        ecdsaKey = SigningKey.generate(KeyType.P256);
        server = VcApiServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Map.of(Cryptosuite.ECDSA_RDFC_2019, List.of(ecdsaKey)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void endpoints_listEveryCryptosuiteWithItsIssuerDidAndTheVerifiers() throws Exception {
        JsonNode manifest = JSON.readTree(get("/endpoints").body());

        for (Cryptosuite suite : Cryptosuite.values()) {
            assertThat(issuer(manifest, suite.id()).get("endpoint").asText()).endsWith("/credentials/issue");
        }
        JsonNode ecdsa = issuer(manifest, "ecdsa-rdfc-2019");
        assertThat(ecdsa.get("id").asText()).isEqualTo(ecdsaKey.publicKey().did().toString());
        assertThat(ecdsa.get("endpoint").asText()).endsWith("/issuers/ecdsa-rdfc-2019/P-256/credentials/issue");
        assertThat(ecdsa.get("supportedEcdsaKeyTypes").get(0).asText()).isEqualTo("P-256");
        assertThat(manifest.get("verifiers").get(0).get("endpoint").asText()).endsWith("/credentials/verify");
        assertThat(manifest.get("vpVerifiers").get(0).get("tags").get(0).asText()).isEqualTo("vc2.0");
    }

    @Test
    void issuedCredential_verifies_andFailsOnceChanged() throws Exception {
        for (Cryptosuite suite : Cryptosuite.values()) {
            JsonNode manifest = JSON.readTree(get("/endpoints").body());
            String did = issuer(manifest, suite.id()).get("id").asText();
            Response issued = post("/issuers/" + suite.id() + "/credentials/issue",
                    "{\"credential\": " + CREDENTIAL.formatted(did) + ", \"options\": {}}");
            assertThat(issued.statusCode()).as(suite.id()).isEqualTo(201);
            JsonNode vc = JSON.readTree(issued.body()).get("verifiableCredential");
            assertThat(vc.toString()).contains("\"cryptosuite\":\"" + suite.id() + "\"");

            Response verified = post("/credentials/verify", "{\"verifiableCredential\": " + vc + "}");
            assertThat(verified.statusCode()).as(suite.id()).isEqualTo(200);
            assertThat(JSON.readTree(verified.body()).get("errors")).isEmpty();

            String changed = vc.toString().replace("Example University", "Another University");
            Response refused = post("/credentials/verify", "{\"verifiableCredential\": " + changed + "}");
            assertThat(refused.statusCode()).as(suite.id()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("errors")).isNotEmpty();
        }
    }

    /**
     * The vc-di-ecdsa specification's ecdsa-rdfc-2019 P-256 test vector (w3c/vc-di-ecdsa at 00781de, the one the
     * W3C suite sends): an https issuer with no controller document anywhere, signed with a did:key.
     */
    private static final String ECDSA_P256_VECTOR = """
            {
             "@context": [
              "https://www.w3.org/ns/credentials/v2",
              "https://www.w3.org/ns/credentials/examples/v2"
             ],
             "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
             "type": [
              "VerifiableCredential",
              "AlumniCredential"
             ],
             "name": "Alumni Credential",
             "description": "A minimum viable example of an Alumni Credential.",
             "issuer": "https://vc.example/issuers/5678",
             "validFrom": "2023-01-01T00:00:00Z",
             "credentialSubject": {
              "id": "did:example:abcdefgh",
              "alumniOf": "The School of Examples"
             },
             "proof": {
              "type": "DataIntegrityProof",
              "cryptosuite": "ecdsa-rdfc-2019",
              "created": "2023-02-24T23:36:38Z",
              "verificationMethod": "did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP#zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP",
              "proofPurpose": "assertionMethod",
              "proofValue": "zaHXrr7AQdydBk3ahpCDpWbxfLokDqmCToYm2dyWvpcFVyWooC2he63w1f7UNQoAMKdhaRtcnaE2KTo5o5vTCcfw"
             }
            }
            """;

    @Test
    void w3cVectorWithAnHttpsIssuerSignedByADidKey_verifiesWithAWarning() throws Exception {
        Response verified = post("/credentials/verify", "{\"verifiableCredential\": " + ECDSA_P256_VECTOR + "}");

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode warnings = JSON.readTree(verified.body()).get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).asText()).contains("https://vc.example/issuers/5678", "accepted by policy");

        String changed = ECDSA_P256_VECTOR.replace("The School of Examples", "Another School");
        Response refused = post("/credentials/verify", "{\"verifiableCredential\": " + changed + "}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    }

    @Test
    void presentation_isVerifiedWithItsChallengeAndDomain() throws Exception {
        JsonNode manifest = JSON.readTree(get("/endpoints").body());
        String did = issuer(manifest, "eddsa-rdfc-2022").get("id").asText();
        JsonNode vc = JSON.readTree(post("/issuers/eddsa-rdfc-2022/credentials/issue",
                "{\"credential\": " + CREDENTIAL.formatted(did) + "}").body()).get("verifiableCredential");
        SigningKey holder = SigningKey.generate(KeyType.ED25519);
        byte[] vp = PresentationSigner.builder(DataIntegritySigner.builder(Cryptosuite.EDDSA_JCS_2022, holder.signer())
                .contexts(VcApiServer.contexts()).build()).build()
                .present(List.of(JSON.writeValueAsBytes(vc)), PresentationOptions.challenge("c-1").withDomain("example.org"));
        String presentation = new String(vp, StandardCharsets.UTF_8);

        Response verified = post("/presentations/verify", "{\"verifiablePresentation\": " + presentation
                + ", \"options\": {\"challenge\": \"c-1\", \"domain\": \"example.org\"}}");
        Response replayed = post("/presentations/verify", "{\"verifiablePresentation\": " + presentation
                + ", \"options\": {\"challenge\": \"c-2\", \"domain\": \"example.org\"}}");

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("CHALLENGE_MISMATCH");
    }

    @Test
    void badRequests_getAClientError() throws Exception {
        assertThat(post("/credentials/issue", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/credentials/issue", "{\"credential\": 1}").statusCode()).isEqualTo(400);
        assertThat(post("/issuers/no-such-suite/credentials/issue", "{}").statusCode()).isEqualTo(404);
        assertThat(post("/credentials/verify", "{\"verifiableCredential\": {\"a\": 1, \"a\": 2}}").statusCode())
                .isEqualTo(400);
        assertThat(get("/credentials/verify").statusCode()).isEqualTo(405);
    }

    @Test
    void readKeys_readsPemFilesRelativeToTheConfiguration(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        Files.writeString(dir.resolve("ed25519.pem"), key.toPkcs8Pem());
        Files.writeString(dir.resolve("keys.properties"), "eddsa-jcs-2022 = ed25519.pem\n");

        Map<Cryptosuite, List<SigningKey>> keys = VcApiServer.readKeys(dir.resolve("keys.properties"));

        assertThat(keys.get(Cryptosuite.EDDSA_JCS_2022).get(0).publicKey()).isEqualTo(key.publicKey());
        Files.writeString(dir.resolve("keys.properties"), "no-such-suite = ed25519.pem\n");
        assertThatThrownBy(() -> VcApiServer.readKeys(dir.resolve("keys.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-suite");
    }

    @Test
    void keyOfTheWrongType_isRefusedAtStart() {
        assertThatThrownBy(() -> VcApiServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Map.of(Cryptosuite.EDDSA_RDFC_2022, List.of(ecdsaKey))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ed25519");
    }

    private static JsonNode issuer(JsonNode manifest, String suite) {
        for (JsonNode issuer : manifest.get("issuers")) {
            if (issuer.get("tags").get(0).asText().equals(suite)) {
                return issuer;
            }
        }
        throw new AssertionError("no issuer " + suite);
    }

    /** The test reads responses with the JDK's URL connection: the examples module does not read java.net.http. */
    private record Response(int statusCode, String body) {
    }

    private static Response get(String path) throws IOException {
        return exchange(path, "GET", null);
    }

    private static Response post(String path, String body) throws IOException {
        return exchange(path, "POST", body);
    }

    private static Response exchange(String path, String method, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri(path).toURL().openConnection();
        connection.setRequestMethod(method);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(status, text);
        } finally {
            connection.disconnect();
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
