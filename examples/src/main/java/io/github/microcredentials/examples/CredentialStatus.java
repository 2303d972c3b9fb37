package io.github.microcredentials.examples;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.sample.Samples;
import io.github.microcredentials.openbadges.OpenBadgesWriter;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.status.FileStatusStore;
import io.github.microcredentials.status.ListDefinition;
import io.github.microcredentials.status.StatusChecker;
import io.github.microcredentials.status.StatusList;
import io.github.microcredentials.status.StatusListPublisher;
import io.github.microcredentials.status.StatusListResolver;
import io.github.microcredentials.status.StatusListSigner;
import io.github.microcredentials.status.VerificationWithStatus;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/** Issue a credential with a revocation entry, revoke it, publish the status list, and verify: INVALID, revoked. */
public final class CredentialStatus {

    private CredentialStatus() {
    }

    /**
     * The whole flow, with the status store in a directory.
     *
     * @param storeDirectory where the issuer keeps its status lists
     * @return the verification of the revoked credential
     * @throws Exception if a step fails
     */
    static VerificationWithStatus issueRevokeVerify(Path storeDirectory) throws Exception {
        // tag::status-issue[]
        SigningKey key = SigningKey.generate(KeyType.ED25519);
        DataIntegritySigner signer = DataIntegritySigner.builder(Cryptosuite.EDDSA_RDFC_2022, key.signer()).build();
        URI listUrl = URI.create("https://www.ucn.dk/status/revocation/1");

        FileStatusStore store = FileStatusStore.open(storeDirectory);       // crash-safe; JdbcStatusStore for several machines
        StatusList list = StatusList.create(store, ListDefinition.revocation(listUrl));
        MicroCredential credential = Samples.microCredential().toBuilder()
                .addCredentialStatus(list.allocate())                      // a random index, never given twice
                .build();
        String badge = OpenBadgesWriter.builder().issuerId(key.publicKey().did()).build().write(credential);
        String signed = signer.sign(badge);                                 // "credentialStatus": {"type": "BitstringStatusListEntry", …}
        // end::status-issue[]

        // tag::status-revoke[]
        list.revoke(credential.credentialStatus().get(0).statusListIndex()); // irreversible
        StatusListPublisher publisher = StatusListPublisher.builder(key.publicKey().did(),
                StatusListSigner.dataIntegrity(signer)).build();            // validUntil in 1 day, ttl 1 hour by default
        byte[] listCredential = publisher.publish(list);                     // serve it at listUrl
        // end::status-revoke[]
        store.close();

        // tag::status-verify[]
        StatusChecker checker = StatusChecker.builder(StatusListResolver.of(Map.of(listUrl, listCredential))).build();
        VerificationWithStatus result = VerificationWithStatus.verify(DataIntegrityVerifier.builder().build(), checker, signed);
        System.out.println(result.summary());                               // INVALID: revoked (revocation, index …)
        // end::status-verify[]
        return result;
    }
}
