package io.github.microcredentials.cli;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.status.HttpsStatusListResolver;
import io.github.microcredentials.status.ListIssuerTrust;
import io.github.microcredentials.status.StatusChecker;
import io.github.microcredentials.status.StatusListResolver;
import io.github.microcredentials.status.StatusListVerifier;
import io.github.microcredentials.status.StatusResult;
import io.github.microcredentials.signing.VerifiedCredential;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** verify's status options: where status lists come from, and whether to check at all. */
final class StatusOptions {

    @Option(names = "--status-list", paramLabel = "FILE|DIR",
            description = "Check the credential's status against these status list credentials (a file or a folder; repeatable).")
    List<Path> lists = List.of();

    @Option(names = "--fetch-status", description = "Fetch status lists over HTTPS (opt-in network access; cached by ttl).")
    boolean fetch;

    @Option(names = "--trust-status-issuer", paramLabel = "ID",
            description = "Also rely on status lists issued by this issuer (repeatable); by default only the credential's issuer.")
    List<URI> trusted = List.of();

    @Option(names = "--status-min-entries", paramLabel = "N", defaultValue = "131072",
            description = "The minimum number of entries of a status list (default 131072, the Recommendation's).")
    long minimumEntries;

    boolean requested() {
        return !lists.isEmpty() || fetch;
    }

    /** The status of a verified credential; without lists, a credential with a status is INDETERMINATE. */
    StatusResult check(VerifiedCredential credential, DataIntegrityVerifier verifier) {
        StatusListResolver resolver = StatusListResolver.none();
        for (Path list : lists) {
            resolver = resolver.orElse(StatusListResolver.local(list));
        }
        if (fetch) {
            resolver = resolver.orElse(HttpsStatusListResolver.builder().build());
        }
        StatusChecker checker = StatusChecker.builder(resolver)
                .listVerifier(StatusListVerifier.dataIntegrity(verifier))
                .trust(ListIssuerTrust.sameIssuerOr(Set.copyOf(trusted)))
                .minimumEntries(minimumEntries)
                .build();
        return checker.check(credential);
    }
}
