package io.github.microcredentials.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.status.StatusResult.Indication;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The issue → revoke → verify flow of the issue's "Done when", end to end with real signatures. */
class StatusFlowTest {

    private static final URI REVOCATION = URI.create("https://example.edu/status/revocation/1");
    private static final URI SUSPENSION = URI.create("https://example.edu/status/suspension/1");

    private final Issuer issuer = new Issuer();
    private final InMemoryStatusStore store = new InMemoryStatusStore();
    private final Map<URI, byte[]> published = new HashMap<>();

    private StatusChecker checker() {
        return StatusChecker.builder(StatusListResolver.of(published)).build();
    }

    private void publish(StatusList... lists) throws Exception {
        for (StatusList list : lists) {
            published.put(list.url(), issuer.publisher().publish(list));
        }
    }

    @Test
    void issuedThenRevoked_isInvalidWithPurposeRevocation() throws Exception {
        StatusList list = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        BitstringStatusListEntry entry = list.allocate();
        byte[] credential = issuer.credential(List.of(entry));
        publish(list);
        VerificationWithStatus before = VerificationWithStatus.verify(DataIntegrityVerifier.builder().build(), checker(), credential);
        assertThat(before.indication()).as(before.summary()).isEqualTo(Indication.VALID);

        list.revoke(entry.statusListIndex());
        publish(list);
        VerificationWithStatus after = VerificationWithStatus.verify(DataIntegrityVerifier.builder().build(), checker(), credential);
        assertThat(after.indication()).isEqualTo(Indication.INVALID);
        StatusResult status = after.status().orElseThrow();
        assertThat(status.isRevoked()).isTrue();
        assertThat(status.entries().get(0).purpose()).contains("revocation");
        assertThat(status.entries().get(0).message()).contains("set");
        assertThat(status.finding(StatusCode.REVOKED)).isPresent();
        assertThat(after.summary()).startsWith("INVALID: revoked (revocation, index " + entry.statusListIndex());
    }

    @Test
    void suspendedThenReinstated_isValidAgain() throws Exception {
        StatusList revocation = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        StatusList suspension = StatusList.create(store, ListDefinition.suspension(SUSPENSION));
        BitstringStatusListEntry revocable = revocation.allocate();
        BitstringStatusListEntry suspendable = suspension.allocate();
        byte[] credential = issuer.credential(List.of(revocable, suspendable));

        suspension.suspend(suspendable.statusListIndex());
        publish(revocation, suspension);
        StatusResult suspended = checker().check(credential);
        assertThat(suspended.indication()).isEqualTo(Indication.INVALID);
        assertThat(suspended.isSuspended()).isTrue();
        assertThat(suspended.isRevoked()).isFalse();

        suspension.reinstate(suspendable.statusListIndex());
        publish(revocation, suspension);
        StatusResult reinstated = checker().check(credential);
        assertThat(reinstated.indication()).as(reinstated.summary()).isEqualTo(Indication.VALID);
        assertThat(reinstated.entries()).extracting(e -> e.status().getAsInt()).containsExactly(0, 0);
    }

    @Test
    void listUnavailable_isIndeterminateWithStatusRetrievalError() throws Exception {
        StatusList list = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        byte[] credential = issuer.credential(List.of(list.allocate()));
        StatusResult result = StatusChecker.builder(StatusListResolver.none()).build().check(credential);
        assertThat(result.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(StatusCode.LIST_NOT_FOUND);
            assertThat(f.code().specError()).contains("STATUS_RETRIEVAL_ERROR");
            assertThat(f.location()).isEqualTo("/credentialStatus/0/statusListCredential");
        });
        StatusResult failing = StatusChecker.builder(url -> {
            throw new StatusRetrievalException("connection refused");
        }).build().check(credential);
        assertThat(failing.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(failing.findings().get(0).code().specError()).contains("STATUS_RETRIEVAL_ERROR");
    }

    @Test
    void revocationIsIrreversible_andOnlySuspensionListsReinstate() throws Exception {
        StatusList revocation = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        StatusList suspension = StatusList.create(store, ListDefinition.suspension(SUSPENSION));
        long index = revocation.allocate().statusListIndex();
        revocation.revoke(index);
        revocation.revoke(index);
        assertThatThrownBy(() -> revocation.reinstate(index)).isInstanceOf(StatusException.class).hasMessageContaining("not a suspension list");
        assertThatThrownBy(() -> revocation.setStatus(index, 0)).isInstanceOf(StatusException.class).hasMessageContaining("irreversible");
        assertThatThrownBy(() -> revocation.suspend(index)).isInstanceOf(StatusException.class);
        assertThatThrownBy(() -> suspension.revoke(suspension.allocate().statusListIndex())).isInstanceOf(StatusException.class);
        assertThat(revocation.status(index)).isEqualTo(1);
    }

    @Test
    void indexesAreRandomDistinct_andNeverAllocatedOnesCannotBeChanged() throws Exception {
        StatusList list = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        Set<Long> seen = new HashSet<>();
        long ascending = 0;
        long previous = -1;
        for (int i = 0; i < 2000; i++) {
            long index = list.allocate().statusListIndex();
            assertThat(seen.add(index)).isTrue();
            assertThat(list.isAllocated(index)).isTrue();
            ascending += index > previous ? 1 : 0;
            previous = index;
        }
        // A counter would ascend 2000 times; a random order about half the time.
        assertThat(ascending).isBetween(800L, 1200L);
        long unused = 0;
        while (seen.contains(unused) || list.isAllocated(unused)) {
            unused++;
        }
        long free = unused;
        assertThatThrownBy(() -> list.revoke(free)).hasMessageContaining("never allocated");
    }

    @Test
    void publishedList_isSignedBitstringStatusListCredential_withValidUntilAndTtl() throws Exception {
        StatusList list = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        byte[] signed = issuer.publisher().publish(list);
        var root = io.github.microcredentials.status.internal.Json.object(signed);
        assertThat(root.get("type").toString()).contains("BitstringStatusListCredential");
        assertThat(root.get("validUntil").asText()).isNotBlank();
        assertThat(root.get("credentialSubject").get("ttl").asLong()).isEqualTo(3_600_000L);
        assertThat(root.get("credentialSubject").get("encodedList").asText()).startsWith("uH4sI");
        assertThat(DataIntegrityVerifier.builder().build().verify(signed).isValid()).isTrue();
        StatusBitstring bits = StatusBitstring.decode(root.get("credentialSubject").get("encodedList").asText());
        assertThat(bits.length()).isEqualTo(131_072);
    }

    @Test
    void listFromAnotherIssuer_isIndeterminateUnlessTrusted() throws Exception {
        StatusList list = StatusList.create(store, ListDefinition.revocation(REVOCATION));
        BitstringStatusListEntry entry = list.allocate();
        byte[] credential = issuer.credential(List.of(entry));
        Issuer statusService = new Issuer();
        list.revoke(entry.statusListIndex());
        published.put(REVOCATION, statusService.publisher().publish(list));
        StatusResult untrusted = checker().check(credential);
        assertThat(untrusted.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(untrusted.findings().get(0).code()).isEqualTo(StatusCode.LIST_ISSUER_UNTRUSTED);
        StatusResult trusted = StatusChecker.builder(StatusListResolver.of(published))
                .trust(ListIssuerTrust.sameIssuerOr(Set.of(statusService.did))).build().check(credential);
        assertThat(trusted.indication()).isEqualTo(Indication.INVALID);
        assertThat(trusted.isRevoked()).isTrue();
    }
}
