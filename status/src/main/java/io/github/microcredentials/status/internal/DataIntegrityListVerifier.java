package io.github.microcredentials.status.internal;

import io.github.microcredentials.signing.DataIntegrityVerifier;
import io.github.microcredentials.signing.Failure;
import io.github.microcredentials.signing.FailureCode;
import io.github.microcredentials.signing.ProofResult;
import io.github.microcredentials.signing.VerificationReport;
import io.github.microcredentials.status.StatusListVerifier;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place where status lists meet the signing module's verifier. The list's own validity
 * period is left to the status checker (its codes, its clock): date failures of the document are
 * not proof failures here. When verification moves to the unified result, only this class changes.
 */
public final class DataIntegrityListVerifier implements StatusListVerifier {

    private static final Set<FailureCode> DATES = Set.of(FailureCode.CREDENTIAL_EXPIRED, FailureCode.CREDENTIAL_NOT_YET_VALID);

    private final DataIntegrityVerifier verifier;

    /**
     * Wraps a verifier.
     *
     * @param verifier the verifier
     */
    public DataIntegrityListVerifier(DataIntegrityVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public Outcome verify(byte[] listCredential) {
        VerificationReport report = verifier.verify(listCredential);
        List<Failure> documentFailures = report.failures().stream().filter(f -> !DATES.contains(f.code())).toList();
        boolean proofsValid = !report.proofs().isEmpty() && report.proofs().stream().allMatch(ProofResult::valid);
        if (documentFailures.isEmpty() && proofsValid) {
            return Outcome.verified(report.proofs().stream().map(ProofResult::method).collect(Collectors.joining(", ")));
        }
        List<Failure> all = new java.util.ArrayList<>(documentFailures);
        report.proofs().forEach(p -> all.addAll(p.failures()));
        String reason = all.isEmpty() ? "no proof" : all.get(0).toString() + (all.size() > 1 ? " (+" + (all.size() - 1) + " more)" : "");
        return Outcome.failed(reason);
    }
}
