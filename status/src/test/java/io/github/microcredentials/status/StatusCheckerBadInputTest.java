package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.BitstringStatusListEntry.StatusMessage;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.status.StatusResult.Indication;
import io.github.microcredentials.status.internal.Json;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Each bad input of the issue is a clear finding with the Recommendation's error name, never an exception, never VALID. */
class StatusCheckerBadInputTest {

    private static final URI LIST = URI.create("https://example.edu/status/7");

    private final Issuer issuer = new Issuer();
    private String validFrom = "2026-01-01T00:00:00Z";

    private byte[] list(String purpose, String encodedList, String validUntil) throws Exception {
        return list(purpose, encodedList, validUntil, "BitstringStatusListCredential");
    }

    private byte[] list(String purpose, String encodedList, String validUntil, String type) throws Exception {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        root.put("id", LIST.toString());
        root.putArray("type").add("VerifiableCredential").add(type);
        root.put("issuer", issuer.did.toString());
        root.put("validFrom", validFrom);
        if (validUntil != null) {
            root.put("validUntil", validUntil);
        }
        ObjectNode subject = root.putObject("credentialSubject");
        subject.put("id", LIST + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", encodedList);
        return issuer.signer.sign(Json.bytes(root));
    }

    private StatusResult check(byte[] credential, byte[] list) {
        return StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list))).build().check(credential);
    }

    private static StatusFinding failing(StatusResult result) {
        assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.INDETERMINATE);
        return result.findings().stream().filter(f -> f.level() == StatusPolicy.Level.FAIL).findFirst().orElseThrow();
    }

    private static String gzip(byte[] bits) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    @Test
    void indexBeyondTheBitstring_isRangeError() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 131_072)));
        StatusFinding f = failing(check(credential, list("revocation", StatusBitstring.builder(131_072, 1).build().encode(), null)));
        assertThat(f.code()).isEqualTo(StatusCode.INDEX_OUT_OF_RANGE);
        assertThat(f.code().specError()).contains("RANGE_ERROR");
    }

    @Test
    void shortList_isStatusListLengthError_unlessTheEcosystemMinimumIsLower() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 6)));
        byte[] bits = new byte[12_500];
        bits[0] = 0b0000_0010;
        byte[] list = list("revocation", gzip(bits), null);
        StatusFinding f = failing(check(credential, list));
        assertThat(f.code().specError()).contains("STATUS_LIST_LENGTH_ERROR");
        StatusResult lowered = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list))).minimumEntries(100_000).build()
                .check(credential);
        assertThat(lowered.isRevoked()).isTrue();
        StatusResult relaxed = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list)))
                .policy(StatusPolicy.defaults().with(StatusCode.LIST_TOO_SHORT, StatusPolicy.Level.WARN)).build().check(credential);
        assertThat(relaxed.indication()).isEqualTo(Indication.INVALID);
        assertThat(relaxed.finding(StatusCode.LIST_TOO_SHORT).orElseThrow().level()).isEqualTo(StatusPolicy.Level.WARN);
    }

    @Test
    void notGzip_notBase64url_tooLarge_areMalformedValueErrors() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 3)));
        String notGzip = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16_384]);
        assertThat(failing(check(credential, list("revocation", notGzip, null))).code()).isEqualTo(StatusCode.MALFORMED_LIST);
        String base64 = "u" + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xfb, (byte) 0xff, 0x3e});
        StatusFinding f = failing(check(credential, list("revocation", base64, null)));
        assertThat(f.code()).isEqualTo(StatusCode.MALFORMED_LIST);
        assertThat(f.code().specError()).contains("MALFORMED_VALUE_ERROR");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 17; i++) {
                gzip.write(zeros);
            }
        }
        String bomb = "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        StatusFinding large = failing(check(credential, list("revocation", bomb, null)));
        assertThat(large.code()).isEqualTo(StatusCode.LIST_TOO_LARGE);
        assertThat(large.code().specError()).contains("MALFORMED_VALUE_ERROR");
    }

    @Test
    void statusSizeThatDoesNotDivide_isMalformed() throws Exception {
        List<StatusMessage> messages = List.of(StatusMessage.of(0, "a"), StatusMessage.of(1, "b"), StatusMessage.of(2, "c"),
                StatusMessage.of(3, "d"), StatusMessage.of(4, "e"), StatusMessage.of(5, "f"), StatusMessage.of(6, "g"),
                StatusMessage.of(7, "h"));
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.of(StatusPurpose.REVOCATION, LIST, 3)
                .withStatusMessages(3, messages)));
        StatusFinding f = failing(check(credential, list("revocation", StatusBitstring.builder(131_072, 1).build().encode(), null)));
        assertThat(f.code()).isEqualTo(StatusCode.STATUS_SIZE_MISMATCH);
        assertThat(f.code().specError()).contains("MALFORMED_VALUE_ERROR");
    }

    @Test
    void purposeThatDiffersFromTheList_isStatusVerificationError() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.suspension(LIST, 3)));
        StatusFinding f = failing(check(credential, list("revocation", StatusBitstring.builder(131_072, 1).set(3, 1).build().encode(), null)));
        assertThat(f.code()).isEqualTo(StatusCode.PURPOSE_MISMATCH);
        assertThat(f.code().specError()).contains("STATUS_VERIFICATION_ERROR");
    }

    @Test
    void expiredList_tamperedList_wrongType_areStatusVerificationErrors() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 3)));
        String bits = StatusBitstring.builder(131_072, 1).build().encode();
        assertThat(failing(check(credential, list("revocation", bits, "2026-02-01T00:00:00Z"))).code()).isEqualTo(StatusCode.LIST_EXPIRED);
        String signed = Issuer.text(list("revocation", bits, null));
        byte[] tampered = signed.replace(bits, StatusBitstring.builder(131_072, 1).set(3, 1).build().encode()).getBytes(StandardCharsets.UTF_8);
        assertThat(failing(check(credential, tampered)).code()).isEqualTo(StatusCode.LIST_PROOF_INVALID);
        StatusFinding type = failing(check(credential, list("revocation", bits, null, "VerifiablePresentation")));
        assertThat(type.code()).isEqualTo(StatusCode.LIST_TYPE_MISMATCH);
        validFrom = "2099-01-01T00:00:00Z";
        StatusResult future = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list("revocation", bits, null))))
                .build().check(credential);
        assertThat(failing(future).code()).isEqualTo(StatusCode.LIST_NOT_YET_VALID);
    }

    @Test
    void indexAsANumber_andOtherMalformedEntries_areMalformedValueErrors() throws Exception {
        String good = Issuer.text(issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 23))));
        byte[] number = good.replace("\"statusListIndex\": \"23\"", "\"statusListIndex\": 23").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(number, StandardCharsets.UTF_8)).contains("\"statusListIndex\": 23");
        StatusFinding f = failing(StatusChecker.builder(StatusListResolver.none()).build().check(number));
        assertThat(f.code()).isEqualTo(StatusCode.MALFORMED_ENTRY);
        assertThat(f.location()).isEqualTo("/credentialStatus/0/statusListIndex");
        assertThat(failing(StatusChecker.builder(StatusListResolver.none()).build().check("{\"credentialStatus\": 3}")).code())
                .isEqualTo(StatusCode.MALFORMED_CREDENTIAL);
        assertThat(failing(StatusChecker.builder(StatusListResolver.none()).build().check("{\"a\":1,\"a\":2}")).code())
                .isEqualTo(StatusCode.MALFORMED_CREDENTIAL);
        assertThat(failing(StatusChecker.builder(StatusListResolver.none()).build()
                .check("{\"credentialStatus\": {\"type\": \"CredentialStatusList2017\", \"id\": \"https://x.example/1\"}}")).code())
                .isEqualTo(StatusCode.UNSUPPORTED_STATUS_TYPE);
        assertThat(failing(StatusChecker.builder(StatusListResolver.none()).build().check(good.replace("\"statusListIndex\": \"23\",", "")
                .getBytes(StandardCharsets.UTF_8))).code()).isEqualTo(StatusCode.MALFORMED_ENTRY);
    }

    @Test
    void refreshNeverInvalidates_andMessagesAreReported() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.of(StatusPurpose.REFRESH, LIST, 5)));
        StatusResult set = check(credential, list("refresh", StatusBitstring.builder(131_072, 1).set(5, 1).build().encode(), null));
        assertThat(set.indication()).isEqualTo(Indication.VALID);
        assertThat(set.finding(StatusCode.REFRESH_AVAILABLE)).isPresent();
        StatusResult missing = StatusChecker.builder(StatusListResolver.none()).build().check(credential);
        assertThat(missing.indication()).as("a refresh list that cannot be read does not make the credential indeterminate")
                .isEqualTo(Indication.VALID);
        assertThat(missing.finding(StatusCode.LIST_NOT_FOUND).orElseThrow().level()).isEqualTo(StatusPolicy.Level.WARN);

        List<StatusMessage> messages = List.of(StatusMessage.of(0, "pending_review"), StatusMessage.of(1, "accepted"),
                StatusMessage.of(2, "rejected"), StatusMessage.of(3, "undefined"));
        byte[] withMessage = issuer.credential(List.of(BitstringStatusListEntry.of(StatusPurpose.MESSAGE, LIST, 2)
                .withStatusMessages(2, messages)));
        StatusResult message = check(withMessage, list("message", StatusBitstring.builder(131_072, 2).set(2, 2).build().encode(), null));
        assertThat(message.indication()).isEqualTo(Indication.VALID);
        assertThat(message.entries().get(0).status()).hasValue(2);
        assertThat(message.entries().get(0).message()).contains("rejected");
    }

    @Test
    void aListDecodedOnce_isReusedWhileTheResolverHandsOutTheSameDocument() throws Exception {
        byte[] credential = issuer.credential(List.of(BitstringStatusListEntry.revocation(LIST, 9)));
        byte[] list = list("revocation", StatusBitstring.builder(131_072, 1).set(9, 1).build().encode(), null);
        int[] verifications = {0};
        StatusListVerifier counting = bytes -> {
            verifications[0]++;
            return StatusListVerifier.dataIntegrity(io.github.microcredentials.signing.DataIntegrityVerifier.builder().build()).verify(bytes);
        };
        StatusChecker checker = StatusChecker.builder(StatusListResolver.of(Map.of(LIST, list))).listVerifier(counting).build();
        for (int i = 0; i < 5; i++) {
            assertThat(checker.check(credential).isRevoked()).isTrue();
        }
        assertThat(verifications[0]).isEqualTo(1);
    }
}
