package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.microcredentials.status.StatusResult.Indication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The legacy forms read for verification: StatusList2021 and 1EdTech revocation lists. */
class LegacyStatusTest {

    @Test
    void oneEdTechRevocationList_revokesByCredentialId() {
        URI list = URI.create("https://issuer.example/revocations/1");
        String credential = "{\"id\":\"urn:uuid:1\",\"issuer\":{\"id\":\"https://issuer.example\"},"
                + "\"credentialStatus\":{\"id\":\"" + list + "\",\"type\":\"1EdTechRevocationList\"}}";
        String revoked = "{\"id\":\"" + list + "\",\"issuer\":\"https://issuer.example\",\"revokedCredential\":"
                + "[{\"id\":\"urn:uuid:0\"},{\"id\":\"urn:uuid:1\",\"revocationReason\":\"Awarded in error\"}]}";
        StatusResult result = StatusChecker.builder(StatusListResolver.of(Map.of(list, revoked.getBytes(StandardCharsets.UTF_8))))
                .build().check(credential);
        assertThat(result.indication()).isEqualTo(Indication.INVALID);
        assertThat(result.entries().get(0).message()).contains("Awarded in error");
        assertThat(result.finding(StatusCode.LIST_UNSIGNED).orElseThrow().level()).isEqualTo(StatusPolicy.Level.INFORM);

        String notRevoked = revoked.replace("urn:uuid:1", "urn:uuid:2");
        assertThat(StatusChecker.builder(StatusListResolver.of(Map.of(list, notRevoked.getBytes(StandardCharsets.UTF_8))))
                .build().check(credential).indication()).isEqualTo(Indication.VALID);
        String otherIssuer = revoked.replace("\"issuer\":\"https://issuer.example\"", "\"issuer\":\"https://evil.example\"");
        assertThat(StatusChecker.builder(StatusListResolver.of(Map.of(list, otherIssuer.getBytes(StandardCharsets.UTF_8))))
                .build().check(credential).indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void statusList2021_isCheckedLikeABitstringList() throws Exception {
        Issuer issuer = new Issuer();
        URI url = URI.create("https://issuer.example/sl2021/1");
        String encoded = StatusBitstring.builder(131_072, 1).set(42, 1).build().encode().substring(1);
        String unsigned = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"id\":\"" + url + "\","
                + "\"type\":[\"VerifiableCredential\",\"BitstringStatusListCredential\"],\"issuer\":\"" + issuer.did + "\","
                + "\"credentialSubject\":{\"id\":\"" + url + "#list\",\"type\":\"BitstringStatusList\","
                + "\"statusPurpose\":\"revocation\",\"encodedList\":\"u" + encoded + "\"}}";
        byte[] list = issuer.signer.sign(unsigned.getBytes(StandardCharsets.UTF_8));
        String credential = "{\"id\":\"urn:uuid:1\",\"issuer\":\"" + issuer.did + "\",\"credentialStatus\":{\"id\":\"" + url
                + "#42\",\"type\":\"StatusList2021Entry\",\"statusPurpose\":\"revocation\",\"statusListIndex\":\"42\","
                + "\"statusListCredential\":\"" + url + "\"}}";
        StatusResult result = StatusChecker.builder(StatusListResolver.of(Map.of(url, list))).build().check(credential);
        assertThat(result.indication()).as(result.summary()).isEqualTo(Indication.INVALID);
        assertThat(result.entries().get(0).type()).isEqualTo("StatusList2021Entry");
    }
}
