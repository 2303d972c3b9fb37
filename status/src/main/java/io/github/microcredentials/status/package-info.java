/**
 * Credential status with W3C Bitstring Status List v1.0 (W3C Recommendation, 15 May 2025).
 *
 * <h2>Issuer side</h2>
 * <pre>{@code
 * StatusStore store = FileStatusStore.open(Path.of("/var/lib/issuer/status"));
 * StatusList list = StatusList.create(store, ListDefinition.revocation(URI.create("https://example.edu/status/1")));
 * BitstringStatusListEntry entry = list.allocate();   // goes into the credential's credentialStatus
 * list.revoke(entry.statusListIndex());                // later, if needed
 * byte[] signedList = publisher.publish(list);          // serve it at https://example.edu/status/1
 * }</pre>
 *
 * <h2>Verifier side</h2>
 * <pre>{@code
 * StatusChecker checker = StatusChecker.builder(StatusListResolver.of(Map.of(listUrl, signedList))).build();
 * StatusResult result = checker.check(credentialJson);   // VALID, INVALID (revoked, suspended) or INDETERMINATE
 * }</pre>
 */
package io.github.microcredentials.status;
