package io.github.microcredentials.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status create → allocate → sign → publish → verify → revoke → publish → verify, through the command line. */
class StatusCommandTest {

    private static final String LIST = "https://example.edu/status/cli";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void issueRevokeVerify_andSuspendReinstate() throws Exception {
        String store = dir.resolve("store").toString();
        String key = dir.resolve("key.pem").toString();
        assertThat(run("keygen", "--out", key)).isZero();
        assertThat(run("status", "create", "--store", store, "--list", LIST)).as(err).isZero();
        assertThat(run("status", "allocate", "--store", store, "--list", LIST)).as(err).isZero();
        ObjectMapper json = new ObjectMapper();
        ObjectNode entry = (ObjectNode) json.readTree(out);
        String index = entry.get("statusListIndex").asText();
        ObjectNode credential = (ObjectNode) json.readTree("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
                + "\"id\":\"urn:uuid:1\",\"type\":[\"VerifiableCredential\"],\"validFrom\":\"2026-01-01T00:00:00Z\","
                + "\"credentialSubject\":{\"id\":\"did:example:learner\"}}");
        credential.set("credentialStatus", entry);
        Path unsigned = dir.resolve("credential.json");
        Files.writeString(unsigned, credential.toString());
        Path signed = dir.resolve("signed.json");
        assertThat(run("sign", "--key", key, "--out", signed.toString(), unsigned.toString())).as(err).isZero();
        Path lists = Files.createDirectories(dir.resolve("lists"));
        String published = lists.resolve("cli").toString();

        assertThat(run("verify", signed.toString())).isEqualTo(Main.FINDINGS);
        assertThat(out).contains("INDETERMINATE", "STATUS_RETRIEVAL_ERROR", "--status-list");

        assertThat(run("status", "publish", "--store", store, "--list", LIST, "--key", key, "--out", published)).as(err).isZero();
        assertThat(run("verify", "--status-list", lists.toString(), signed.toString())).as(out).isZero();
        assertThat(out).contains("VALID", "revocation unset");

        assertThat(run("status", "revoke", "--store", store, "--list", LIST, index)).as(err).isZero();
        assertThat(run("status", "reinstate", "--store", store, "--list", LIST, index)).isEqualTo(Main.FINDINGS);
        assertThat(err).contains("not a suspension list");
        assertThat(run("status", "publish", "--store", store, "--list", LIST, "--key", key, "--out", published)).isZero();
        assertThat(run("verify", "--status-list", published, signed.toString())).isEqualTo(Main.FINDINGS);
        assertThat(out).contains("INVALID: revoked (revocation, index " + index);
        assertThat(run("verify", "--status-list", published, "--format", "json", signed.toString())).isEqualTo(Main.FINDINGS);
        assertThat(json.readTree(out).get("status").get("indication").asText()).isEqualTo("INVALID");

        String suspensions = "https://example.edu/status/cli-suspension";
        assertThat(run("status", "create", "--store", store, "--list", suspensions, "--purpose", "suspension")).isZero();
        assertThat(run("status", "allocate", "--store", store, "--list", suspensions)).isZero();
        String other = json.readTree(out).get("statusListIndex").asText();
        assertThat(run("status", "suspend", "--store", store, "--list", suspensions, other)).as(err).isZero();
        assertThat(run("status", "reinstate", "--store", store, "--list", suspensions, other)).as(err).isZero();
        assertThat(run("status", "revoke", "--store", store, "--list", suspensions, other)).isEqualTo(Main.FINDINGS);
    }
}
