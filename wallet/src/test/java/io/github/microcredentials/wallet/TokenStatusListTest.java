package io.github.microcredentials.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.status.InMemoryStatusStore;
import io.github.microcredentials.status.StatusException;
import io.github.microcredentials.wallet.internal.Digests;
import io.github.microcredentials.wallet.internal.Json;
import io.github.microcredentials.wallet.status.StatusListToken;
import io.github.microcredentials.wallet.status.StatusReference;
import io.github.microcredentials.wallet.status.TokenStatus;
import io.github.microcredentials.wallet.status.TokenStatusList;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TokenStatusListTest {

    private static final URI LIST = URI.create("https://www.ucn.dk/status/1");

    @Test
    void encoding_isLeastSignificantBitsFirst_asTheDraftsExample() throws Exception {
        // draft-ietf-oauth-status-list-14 §4.1, 1-bit example: statuses 1,0,0,1,1,1,0,1 then 1,1,0,0,0,1,0,1 -> bytes B9 A3.
        int[] statuses = {1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1};
        Map<String, Object> list = StatusListToken.encode(statuses, 1);
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(Digests.B64.decode((String) list.get("lst")));
        byte[] out = new byte[2];
        assertThat(inflater.inflate(out)).isEqualTo(2);
        assertThat(out).containsExactly((byte) 0xB9, (byte) 0xA3);
        // 2-bit example: 1,2,0,3 -> 0xC9
        Map<String, Object> two = StatusListToken.encode(new int[] {1, 2, 0, 3}, 2);
        StatusListToken token = StatusListToken.fromClaims(Map.of("sub", "https://x.example/1", "iat", 1L, "status_list", two));
        assertThat(List.of(token.status(0), token.status(1), token.status(2), token.status(3))).containsExactly(1, 2, 0, 3);
    }

    @Test
    void indexesAreRandomAndUnique() throws Exception {
        TokenStatusList list = TokenStatusList.create(new InMemoryStatusStore(), LIST);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertThat(seen.add(list.allocate().index())).isTrue();
        }
        assertThat(seen).doesNotContainSequence(0L, 1L, 2L);
        assertThat(seen.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(1000);
    }

    @Test
    void revokedAndSuspendedCredentials_areReportedByTheVerifier() throws Exception {
        TokenStatusList list = TokenStatusList.create(new InMemoryStatusStore(), LIST);
        SdJwtVcIssuer issuer = TestIssuer.INSTANCE.issuer().build();
        StatusReference good = list.allocate();
        StatusReference revoked = list.allocate();
        StatusReference suspended = list.allocate();
        String goodCredential = issuer.issue(Samples.microCredential(), null, good);
        String revokedCredential = issuer.issue(Samples.microCredential(), null, revoked);
        String suspendedCredential = issuer.issue(Samples.microCredential(), null, suspended);
        list.revoke(revoked.index());
        list.suspend(suspended.index());
        AtomicReference<String> published = new AtomicReference<>(token(list));
        SdJwtVerifier verifier = TestIssuer.INSTANCE.verifier().statusResolver(uri -> {
            assertThat(uri).isEqualTo(LIST);
            return published.get();
        }).build();

        assertThat(verifier.verify(goodCredential).isValid()).isTrue();
        assertThat(verifier.verify(goodCredential).status()).contains(TokenStatus.VALID);
        SdJwtVerification r = verifier.verify(revokedCredential);
        assertThat(r.indication()).isEqualTo(Indication.INVALID);
        assertThat(r.has(SdJwtCode.REVOKED)).isTrue();
        SdJwtVerification s = verifier.verify(suspendedCredential);
        assertThat(s.indication()).isEqualTo(Indication.INVALID);
        assertThat(s.has(SdJwtCode.SUSPENDED)).isTrue();

        list.reinstate(suspended.index());
        published.set(token(list));
        assertThat(verifier.verify(suspendedCredential).isValid()).isTrue();
        assertThatThrownBy(() -> list.suspend(revoked.index())).isInstanceOf(StatusException.class);
    }

    @Test
    void statusUnavailableOrForged_isIndeterminate() throws Exception {
        TokenStatusList list = TokenStatusList.create(new InMemoryStatusStore(), LIST);
        String credential = TestIssuer.INSTANCE.issuer().build().issue(Samples.microCredential(), null, list.allocate());

        assertThat(TestIssuer.INSTANCE.verifier().build().verify(credential).indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(TestIssuer.INSTANCE.verifier().statusResolver(uri -> {
            throw new StatusException("offline");
        }).build().verify(credential).has(SdJwtCode.STATUS_UNKNOWN)).isTrue();
        String forged = list.token(TestIssuer.OTHER.key.signer(), TestIssuer.OTHER.chain.subList(0, 1), Instant.now(),
                Duration.ofDays(1), Duration.ofHours(1));
        SdJwtVerification r = TestIssuer.INSTANCE.verifier().statusResolver(uri -> forged).build().verify(credential);
        assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(TestIssuer.INSTANCE.verifier().skipStatus().build().verify(credential).isValid()).isTrue();
    }

    @Test
    void token_isAStatusListJwt() throws Exception {
        TokenStatusList list = TokenStatusList.create(new InMemoryStatusStore(), LIST);
        String[] parts = token(list).split("\\.");
        Map<String, Object> header = Json.parseObject(Digests.B64.decode(parts[0]));
        Map<String, Object> payload = Json.parseObject(Digests.B64.decode(parts[1]));
        assertThat(header).containsEntry("typ", "statuslist+jwt");
        assertThat(payload).containsEntry("sub", LIST.toString()).containsKeys("iat", "exp", "ttl");
        assertThat(SdJwtVcTest.asMap(payload.get("status_list"))).containsEntry("bits", 2L);
        assertThat(parts[1].length()).as("131,072 zero entries compress well").isLessThan(1000);
    }

    private static String token(TokenStatusList list) throws StatusException {
        return list.token(TestIssuer.INSTANCE.key.signer(), TestIssuer.INSTANCE.chain.subList(0, 1), Instant.now(),
                Duration.ofDays(1), Duration.ofHours(1));
    }
}
